import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  getMetadataStorage,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Min,
  validate,
  ValidateNested,
} from 'class-validator';
import { fieldErrors } from '@slipway/platform';
import { validatePayload } from './payload-validator';

class Call {
  @IsString() model!: string;
  @IsInt() @Min(0) tokens!: number;
  @IsOptional() @IsString() note?: string;
  @IsObject() snapshot!: Record<string, unknown>;
}

class Step {
  @IsString() name!: string;
}

class Job {
  @IsString() id!: string;
  @ValidateNested({ each: true }) @Type(() => Step) steps!: Step[];
}

class Trimmed {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  name!: string;
}

/** What the validator did before it had a fast path: plainToInstance, then class-validator. */
async function reference(contract: new () => object, payload: object) {
  const instance = plainToInstance(contract, payload, { enableImplicitConversion: false });
  const errors = await validate(instance, {
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
  });
  return errors.length === 0 ? { ok: true, payload: instance } : { ok: false, errors: fieldErrors(errors) };
}

describe('validatePayload', () => {
  it('answers an instance of the contract, unknown properties dropped', async () => {
    const result = await validatePayload(Call, {
      model: 'gpt',
      tokens: 3,
      snapshot: { a: 1 },
      added_later: true,
      ['__proto__']: { polluted: true },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.payload).toBeInstanceOf(Call);
    expect(result.payload).toEqual(
      Object.assign(new Call(), { model: 'gpt', tokens: 3, snapshot: { a: 1 } }),
    );
    expect('added_later' in result.payload).toBe(false);
    expect(Object.getPrototypeOf(result.payload)).toBe(Call.prototype);
  });

  it('names every field that breaks the contract', async () => {
    const result = await validatePayload(Call, { model: 7, tokens: -1, snapshot: 'no' });
    expect(result).toEqual({
      ok: false,
      errors: expect.arrayContaining([
        expect.objectContaining({ field: 'model' }),
        expect.objectContaining({ field: 'tokens' }),
        expect.objectContaining({ field: 'snapshot' }),
      ]) as unknown,
    });
  });

  it('refuses what is not an object', async () => {
    await expect(validatePayload(Call, [1])).resolves.toEqual({
      ok: false,
      errors: [{ field: 'payload', message: 'payload must be an object' }],
    });
  });

  it.each([
    { model: 'gpt', tokens: 3, snapshot: {} },
    { model: 'gpt', tokens: 3, snapshot: {}, note: 'n', extra: [1, 2] },
    { model: 'gpt', tokens: 1.5, snapshot: [] },
    { tokens: '3', snapshot: null, note: 4 },
    {},
  ])('decides as plainToInstance and class-validator did: %j', async (payload) => {
    expect(await validatePayload(Call, payload)).toEqual(await reference(Call, payload));
  });

  it('goes through class-transformer for a contract with a nested type', async () => {
    const valid = await validatePayload(Job, { id: 'j', steps: [{ name: 'build' }] });
    expect(valid.ok && valid.payload.steps[0]).toBeInstanceOf(Step);
    const invalid = { id: 'j', steps: [{ name: 1 }] };
    expect(await validatePayload(Job, invalid)).toEqual(await reference(Job, invalid));
    expect((await validatePayload(Job, invalid)).ok).toBe(false);
  });

  it('goes through class-transformer for a contract with a transform', async () => {
    expect(await validatePayload(Trimmed, { name: '  a  ' })).toEqual({
      ok: true,
      payload: Object.assign(new Trimmed(), { name: 'a' }),
    });
  });

  it('looks a contract’s rules up once, and again when a class is declared later', async () => {
    const storage = getMetadataStorage();
    await validatePayload(Call, { model: 'gpt', tokens: 1, snapshot: {} });
    const group = jest.spyOn(storage, 'groupByPropertyName');
    for (let i = 0; i < 3; i += 1) await validatePayload(Call, { model: 'gpt', tokens: i, snapshot: {} });
    const rules = group.mock.calls.map(([metadata]) => metadata);
    expect(new Set(rules).size).toBe(1);
    group.mockRestore();

    class Later {
      @IsInt() count!: number;
    }
    expect((await validatePayload(Later, { count: 'x' })).ok).toBe(false);
    expect((await validatePayload(Call, { model: 'gpt', tokens: 'x', snapshot: {} })).ok).toBe(false);
  });
});
