import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateIf,
  buildMessage,
} from 'class-validator';
import { PLAN_LIMITS } from '../enums';

/** Field helpers of the cost records: formats the cost service relies on, each with its OpenAPI description. */

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9_-]{2,62}$/;
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const KEY_HASH_PATTERN = /^[0-9a-f]{64}$/;
/** numeric(18,6): budgets, plan and subscription prices. */
export const MONEY_PATTERN = /^\d{1,12}(\.\d{1,6})?$/;
/** numeric(20,10): prices per million tokens or per request. */
export const UNIT_PRICE_PATTERN = /^\d{1,10}(\.\d{1,10})?$/;
/** An IANA zone name: region/city segments, never a bare offset. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

const doc = (required: boolean, options: Parameters<typeof ApiProperty>[0]) =>
  required ? ApiProperty(options) : ApiPropertyOptional(options);
const presence = (required: boolean) => (required ? [] : [IsOptional()]);
/** Optional and clearable: absent or null passes, anything else is checked. */
const clearable = (nullable: boolean) => (nullable ? [ValidateIf((_, value) => value !== null)] : []);

/** A text field that must match a pattern; `nullable` lets an update clear it with null. */
export const Pattern = (
  pattern: RegExp,
  max: number,
  required: boolean,
  description?: string,
  nullable = false,
) =>
  applyDecorators(
    doc(required, { type: String, pattern: pattern.source, maxLength: max, description, nullable }),
    ...presence(required),
    ...clearable(nullable),
    IsString(),
    MaxLength(max),
    Matches(pattern, { message: `$property must match ${pattern.source}` }),
  );

export const Currency = (required: boolean, description = 'ISO 4217 code, e.g. EUR.') =>
  Pattern(CURRENCY_PATTERN, 3, required, description);

/** A calendar date, YYYY-MM-DD. */
export const CalendarDate = (required: boolean, description?: string, nullable = false) =>
  applyDecorators(
    doc(required, { type: String, format: 'date', description, nullable }),
    ...presence(required),
    ...clearable(nullable),
    IsString(),
    Matches(DATE_PATTERN, { message: '$property must be a date, YYYY-MM-DD' }),
    IsISO8601({ strict: true }),
  );

/** An instant, ISO 8601; `nullable` lets an update clear it with null. */
export const Instant = (required: boolean, description?: string, nullable = false) =>
  applyDecorators(
    doc(required, { type: String, format: 'date-time', description, nullable }),
    ...presence(required),
    ...clearable(nullable),
    IsISO8601({ strict: true }),
  );

/** Free text; `nullable` lets an update clear it with null. */
export const OptionalText = (max: number, description?: string, nullable = false) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, maxLength: max, description, nullable }),
    IsOptional(),
    ...clearable(nullable),
    IsString(),
    MaxLength(max),
  );

export const NullableEnum = (values: Record<string, string>, description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ enum: Object.values(values), nullable: true, description }),
    IsOptional(),
    ValidateIf((_, value) => value !== null),
    IsEnum(values),
  );

const plainDecimal = (value: number): string => value.toFixed(10).replace(/\.?0+$/, '');

/** An exact decimal amount as a string of the column's precision (a JSON number is accepted digit for digit). */
export const Amount = (pattern: RegExp, required: boolean, description?: string, nullable = false) =>
  applyDecorators(
    doc(required, { type: String, example: '0.0025', pattern: pattern.source, description, nullable }),
    ...presence(required),
    ...clearable(nullable),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'number' && Number.isFinite(value) ? plainDecimal(value) : value,
    ),
    IsString(),
    Matches(pattern, { message: `$property must be a non-negative decimal matching ${pattern.source}` }),
  );

export function isTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 64 || !ZONE_NAME.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name the runtime knows (Europe/Paris, UTC). */
export const TimeZone = (required: boolean) =>
  applyDecorators(
    doc(required, { type: String, maxLength: 64, example: 'Europe/Paris', description: 'IANA time zone.' }),
    ...presence(required),
    ValidateBy({
      name: 'isTimeZone',
      validator: {
        validate: isTimeZone,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be an IANA time zone, e.g. Europe/Paris`,
        ),
      },
    }),
  );

export function isLimitOverrides(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([key, limit]) =>
      (PLAN_LIMITS as readonly string[]).includes(key) &&
      Number.isInteger(limit) &&
      (limit as number) >= 0 &&
      (limit as number) <= 2_147_483_647,
  );
}

/** Plan limits an organization overrides: each key a plan limit, each value a whole number ≥ 0. */
export const LimitOverrides = (required: boolean) =>
  applyDecorators(
    doc(required, {
      type: 'object',
      additionalProperties: { type: 'integer', minimum: 0 },
      description: `Keys among ${PLAN_LIMITS.join(', ')}; values whole numbers ≥ 0.`,
    }),
    ...presence(required),
    ValidateBy({
      name: 'isLimitOverrides',
      validator: {
        validate: isLimitOverrides,
        defaultMessage: buildMessage(
          (each) => `${each}$property must map plan limits (${PLAN_LIMITS.join(', ')}) to whole numbers ≥ 0`,
        ),
      },
    }),
  );
