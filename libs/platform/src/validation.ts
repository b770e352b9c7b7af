import {
  type ArgumentMetadata,
  type PipeTransform,
  type Type,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FieldErrorDto } from '@slipway/contracts';
import { ProblemException } from './problem';

/** Flattens class-validator's tree into `field` paths: `name`, `config.port`, `[2].title`. */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldErrorDto[] {
  return errors.flatMap((error) => {
    const segment = /^\d+$/.test(error.property) ? `[${error.property}]` : error.property;
    const path =
      parent === '' ? segment : segment.startsWith('[') ? `${parent}${segment}` : `${parent}.${segment}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field: path,
      message: error.constraints?.whitelistValidation === message ? `${path} is not allowed here` : message,
    }));
    return [...own, ...fieldErrors(error.children ?? [], path)];
  });
}

const NUL = '\u0000';
/** A UTF-16 surrogate standing alone: no character, so not storable as UTF-8 text. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Field errors reported for unstorable text, at most. */
const MAX_TEXT_ERRORS = 20;

/** Why PostgreSQL cannot store `text` as it is (and validator.js's checks throw on it), if it cannot. */
function unstorable(text: string): string | undefined {
  if (text.includes(NUL)) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode (it holds a lone surrogate)';
  return undefined;
}

/**
 * The strings (and keys) of a body, query or path parameter that PostgreSQL cannot store: a NUL
 * character (text and jsonb refuse it) or a lone surrogate (it would be stored as U+FFFD, and
 * validator.js throws on it). Refused here, where every request passes.
 */
export function unstorableText(value: unknown, path: string, found: FieldErrorDto[] = []): FieldErrorDto[] {
  if (found.length >= MAX_TEXT_ERRORS) return found;
  const name = (key: string) => key.replaceAll(NUL, '\\u0000');
  if (typeof value === 'string') {
    const problem = unstorable(value);
    if (problem) found.push({ field: path || 'body', message: `${path || 'body'} ${problem}` });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unstorableText(item, `${path}[${index}]`, found));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const field = path === '' ? name(key) : `${path}.${name(key)}`;
      const problem = unstorable(key);
      if (problem) found.push({ field, message: `the key of ${field} ${problem}` });
      unstorableText(item, field, found);
    }
  }
  return found.slice(0, MAX_TEXT_ERRORS);
}

function refuseUnstorableText(value: unknown, metadata: ArgumentMetadata): void {
  if (metadata.type !== 'body' && metadata.type !== 'query' && metadata.type !== 'param') return;
  const errors = unstorableText(value, metadata.data ?? '');
  if (errors.length) throw ProblemException.validation(errors);
}

/**
 * ValidationPipe refuses an array or a primitive where a body class is expected, unless the class
 * has no rule at all (an empty update contract): then it lets it through. Refused here the same way.
 */
function refuseNonObjectBody(result: unknown, metadata: ArgumentMetadata): unknown {
  const object = typeof result === 'object' && !Array.isArray(result);
  if (metadata.type !== 'body' || result === null || result === undefined || object) return result;
  throw ProblemException.validation([{ field: 'body', message: 'Validation failed (object is expected)' }]);
}

export const validationOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: false,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  validationError: { target: false, value: false },
  exceptionFactory: (errors: ValidationError[]) => ProblemException.validation(fieldErrors(errors)),
};

/**
 * The global pipe. It runs on every parameter of every request, so what needs no class is answered
 * here: a value with no class to validate against (a custom decorator's, a string path parameter)
 * takes ValidationPipe's own primitive conversion without its second async round. An empty query
 * object is by far the most common input (GET /:id); its validation result depends only on the
 * class, so it is computed once per class and reused.
 */
class SlipwayValidationPipe extends ValidationPipe {
  private readonly emptyIsValid = new Map<Type, boolean>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    refuseUnstorableText(value, metadata);
    const type = metadata.metatype;
    if (type === undefined || !this.toValidate(metadata)) return this.transformPrimitive(value, metadata);
    const empty =
      metadata.type === 'query' &&
      typeof value === 'object' &&
      value !== null &&
      Object.keys(value).length === 0;
    if (!empty) return refuseNonObjectBody(await super.transform(value, metadata), metadata);
    if (this.emptyIsValid.get(type) !== true) {
      const result: unknown = await super.transform(value, metadata);
      this.emptyIsValid.set(type, true);
      return result;
    }
    return plainToInstance(type, {});
  }
}

export function createValidationPipe(): ValidationPipe {
  return new SlipwayValidationPipe(validationOptions);
}

/**
 * Validates a plain object against a contract class with the global pipe's options, for bodies that
 * arrive inside another (array items, batch operations): the instance, and its field errors named
 * under `path` (`[3].port`, `operations[2].body.title`).
 */
export async function validateAgainst<T extends object>(
  type: Type<T>,
  value: object,
  path: string,
): Promise<{ instance: T; errors: FieldErrorDto[] }> {
  const instance = plainToInstance(type, value, validationOptions.transformOptions);
  return { instance, errors: fieldErrors(await validate(instance, validationOptions), path) };
}

/** Validates a JSON array body item by item, naming failures by index: `[3].port`. */
export class ArrayBodyPipe implements PipeTransform<unknown, Promise<object[]>> {
  constructor(
    private readonly itemType: Type,
    private readonly maxItems: number,
  ) {}

  async transform(value: unknown): Promise<object[]> {
    if (!Array.isArray(value))
      throw ProblemException.validation([{ field: 'body', message: 'the body must be a JSON array' }]);
    if (value.length === 0 || value.length > this.maxItems) {
      throw ProblemException.validation([
        { field: 'body', message: `the array must hold 1 to ${this.maxItems} items` },
      ]);
    }
    const items: object[] = [];
    const errors = [];
    for (const [index, item] of value.entries()) {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        errors.push({ field: `[${index}]`, message: `item ${index} must be a JSON object` });
        continue;
      }
      const { instance, errors: found } = await validateAgainst(this.itemType, item, `[${index}]`);
      errors.push(...found);
      items.push(instance);
    }
    if (errors.length) throw ProblemException.validation(errors);
    return items;
  }
}
