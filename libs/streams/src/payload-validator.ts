import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import type { FieldErrorDto } from '@slipway/contracts';
import { fieldErrors } from '@slipway/platform';
import type { ContractClass } from './contracts';
import { transformsPlain } from './contract-transforms';
import { cacheValidationRules } from './validation-rules-cache';

export type ValidatedPayload<T extends object> =
  { ok: true; payload: T } | { ok: false; errors: FieldErrorDto[] };

/**
 * How a contract's payloads become instances, decided once per contract: through class-transformer
 * when it declares a transform (a nested `@Type`, `@Transform`, `@Expose`, `@Exclude`); otherwise
 * a copy of the properties it validates, which is what plainToInstance followed by the whitelist
 * leaves of such a contract, without a walk through class-transformer for every message.
 */
type Instantiation<T extends object> = (payload: object) => T;

const instantiations = new WeakMap<ContractClass, Instantiation<object>>();

function instantiationOf<T extends object>(contract: ContractClass<T>): Instantiation<T> {
  let known = instantiations.get(contract) as Instantiation<T> | undefined;
  if (known === undefined) {
    const properties = new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(contract, '', false, false)
        .map((rule) => rule.propertyName),
    );
    known = transformsPlain(contract, [...properties])
      ? (payload) => plainToInstance(contract, payload, { enableImplicitConversion: false })
      : (payload) => {
          const instance = new contract() as Record<string, unknown>;
          for (const [key, value] of Object.entries(payload)) if (properties.has(key)) instance[key] = value;
          return instance as T;
        };
    instantiations.set(contract, known as Instantiation<object>);
  }
  return known;
}

/**
 * Checks a received payload against its contract class. Unknown properties are dropped, not
 * refused: a newer producer may add fields before every consumer knows them.
 */
export async function validatePayload<T extends object>(
  contract: ContractClass<T>,
  payload: unknown,
): Promise<ValidatedPayload<T>> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    return { ok: false, errors: [{ field: 'payload', message: 'payload must be an object' }] };
  cacheValidationRules();
  const instance = instantiationOf(contract)(payload);
  const errors = await validate(instance, {
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
  });
  return errors.length === 0 ? { ok: true, payload: instance } : { ok: false, errors: fieldErrors(errors) };
}
