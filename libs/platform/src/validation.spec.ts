import 'reflect-metadata';
import type { ValidationError } from '@nestjs/common';
import { Type, plainToInstance } from 'class-transformer';
import {
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateNested,
  validate,
} from 'class-validator';
import { ProblemException } from './problem';
import { createValidationPipe, fieldErrors, validationOptions } from './validation';

class LimitsDto {
  @IsInt()
  @Min(1)
  max!: number;
}

class ServiceConfigDto {
  @IsInt()
  @Min(1)
  @Max(65535)
  port!: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => LimitsDto)
  limits?: LimitsDto;
}

class ModuleDto {
  @IsString()
  @IsNotEmpty()
  title!: string;
}

class ProjectDto {
  @IsString()
  @IsNotEmpty()
  name!: string;

  @ValidateNested()
  @Type(() => ServiceConfigDto)
  config!: ServiceConfigDto;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ModuleDto)
  modules!: ModuleDto[];
}

const VALID = { name: 'alpha', config: { port: 8080 }, modules: [{ title: 'a' }] };

async function errorsFor(
  plain: object,
  options: { whitelist?: boolean; forbidNonWhitelisted?: boolean } = {},
): Promise<ValidationError[]> {
  return validate(plainToInstance(ProjectDto, plain), options);
}

describe('fieldErrors', () => {
  it('returns nothing for no errors', async () => {
    expect(await errorsFor(VALID)).toEqual([]);
    expect(fieldErrors([])).toEqual([]);
  });

  it('names a top-level property by its name, one entry per failed constraint', async () => {
    const fields = fieldErrors(await errorsFor({ ...VALID, name: 42 }));
    expect(fields.every((f) => f.field === 'name')).toBe(true);
    expect(fields.map((f) => f.message)).toEqual(expect.arrayContaining(['name must be a string']));
  });

  it('joins nested object properties with a dot', async () => {
    const fields = fieldErrors(await errorsFor({ ...VALID, config: { port: 0 } }));
    expect(fields).toEqual([{ field: 'config.port', message: 'port must not be less than 1' }]);
  });

  it('joins deeper nesting with dots', async () => {
    const fields = fieldErrors(await errorsFor({ ...VALID, config: { port: 80, limits: { max: 0 } } }));
    expect(fields).toEqual([{ field: 'config.limits.max', message: 'max must not be less than 1' }]);
  });

  it('writes array elements as [index] after their array', async () => {
    const fields = fieldErrors(
      await errorsFor({ ...VALID, modules: [{ title: 'a' }, { title: 'b' }, { title: 5 }] }),
    );
    expect(fields).toEqual([{ field: 'modules[2].title', message: 'title must be a string' }]);
  });

  it('starts a path with [index] when the errors are of an array itself', async () => {
    const [modules] = await errorsFor({ ...VALID, modules: [{ title: 'a' }, { title: 'b' }, { title: '' }] });
    expect(modules.property).toBe('modules');
    expect(fieldErrors(modules.children ?? [])).toEqual([
      { field: '[2].title', message: 'title should not be empty' },
    ]);
  });

  it('continues a given parent path', async () => {
    const [config] = await errorsFor({ ...VALID, config: { port: 0 } });
    expect(fieldErrors(config.children ?? [], 'body.config')).toEqual([
      { field: 'body.config.port', message: 'port must not be less than 1' },
    ]);
  });

  it('flattens several errors at different depths into one list', async () => {
    const fields = fieldErrors(
      await errorsFor({
        name: '',
        config: { port: 'x', limits: { max: 0 } },
        modules: [{ title: '' }, { title: 'ok' }],
      }),
    );
    const paths = new Set(fields.map((f) => f.field));
    expect([...paths].sort()).toEqual(['config.limits.max', 'config.port', 'modules[0].title', 'name']);
    expect(fields.every((f) => typeof f.message === 'string' && f.message.length > 0)).toBe(true);
  });

  it('says a non-whitelisted property is not allowed, at its full path', async () => {
    const fields = fieldErrors(
      await errorsFor(
        { ...VALID, extra: 1, config: { port: 80, debug: true } },
        { whitelist: true, forbidNonWhitelisted: true },
      ),
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'extra', message: 'extra is not allowed here' },
        { field: 'config.debug', message: 'config.debug is not allowed here' },
      ]),
    );
    expect(fields).toHaveLength(2);
  });
});

describe('validation pipe', () => {
  const pipe = createValidationPipe();
  const transform = (value: unknown): Promise<unknown> =>
    pipe.transform(value, { type: 'body', metatype: ProjectDto });

  async function rejection(value: unknown): Promise<ProblemException> {
    try {
      await transform(value);
    } catch (error) {
      if (error instanceof ProblemException) return error;
      throw error;
    }
    throw new Error('the pipe accepted the value');
  }

  it('turns a valid body into an instance of the DTO', async () => {
    const result = await transform(VALID);
    expect(result).toBeInstanceOf(ProjectDto);
    expect(result).toEqual(plainToInstance(ProjectDto, VALID));
  });

  it('rejects an invalid body with a validation_failed problem listing field paths', async () => {
    const problem = await rejection({
      ...VALID,
      config: { port: 0 },
      modules: [{ title: 'a' }, { title: 'b' }, { title: '' }],
    });
    expect(problem.code).toBe('validation_failed');
    expect(problem.status).toBe(422);
    expect(problem.errors).toEqual([
      { field: 'config.port', message: 'port must not be less than 1' },
      { field: 'modules[2].title', message: 'title should not be empty' },
    ]);
    expect(problem.detail).toBe('port must not be less than 1; title should not be empty');
  });

  it('rejects unknown properties instead of dropping them', async () => {
    const problem = await rejection({ ...VALID, owner_id: 'me' });
    expect(problem.errors).toEqual([{ field: 'owner_id', message: 'owner_id is not allowed here' }]);
  });

  it('does not convert types implicitly', async () => {
    const problem = await rejection({ ...VALID, config: { port: '8080' } });
    expect(problem.errors?.map((e) => e.field)).toContain('config.port');
  });

  it('refuses an array or a primitive for a body class, one without any rule too', async () => {
    class NothingToChangeDto {}
    for (const value of ['text', 42, true, []]) {
      await expect(transform(value)).rejects.toMatchObject({ code: 'validation_failed' });
      await expect(
        pipe.transform(value, { type: 'body', metatype: NothingToChangeDto }),
      ).rejects.toMatchObject({
        code: 'validation_failed',
        errors: [{ field: 'body', message: 'Validation failed (object is expected)' }],
      });
    }
    const empty = { type: 'body', metatype: NothingToChangeDto } as const;
    await expect(pipe.transform([{}], empty)).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(pipe.transform({}, empty)).resolves.toEqual({});
    await expect(pipe.transform(undefined, empty)).resolves.toEqual({});
  });

  it('does not echo the rejected value or the target in the errors', async () => {
    expect(validationOptions.validationError).toEqual({ target: false, value: false });
    const problem = await rejection({ ...VALID, config: { port: 'secret-value-123' } });
    expect(JSON.stringify(problem.errors)).not.toContain('secret-value-123');
    expect(problem.detail).not.toContain('secret-value-123');
  });
});
