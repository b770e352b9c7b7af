import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FieldErrorDto } from '@slipway/contracts';
import { fieldErrors } from '@slipway/platform';
import type { ContractClass } from './contracts';

export type ValidatedPayload<T extends object> =
  { ok: true; payload: T } | { ok: false; errors: FieldErrorDto[] };

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
  const instance = plainToInstance(contract, payload, { enableImplicitConversion: false });
  const errors = await validate(instance, {
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
  });
  return errors.length === 0 ? { ok: true, payload: instance } : { ok: false, errors: fieldErrors(errors) };
}
