import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

/** Body field helpers: each pairs the validation with its OpenAPI description, required or optional. */
const doc = (required: boolean, options: Parameters<typeof ApiProperty>[0]) =>
  required ? ApiProperty(options) : ApiPropertyOptional(options);
const presence = (required: boolean) => (required ? [] : [IsOptional()]);

export const Text = (required: boolean, max: number, description?: string, min = required ? 1 : 0) =>
  applyDecorators(
    doc(required, { description, maxLength: max }),
    ...presence(required),
    IsString(),
    MinLength(min),
    MaxLength(max),
  );

export const Uuid = (required: boolean, description?: string) =>
  applyDecorators(doc(required, { format: 'uuid', description }), ...presence(required), IsUUID('all'));

export const Int = (required: boolean, min: number, max: number, description?: string) =>
  applyDecorators(
    doc(required, { type: 'integer', minimum: min, maximum: max, description }),
    ...presence(required),
    IsInt(),
    Min(min),
    Max(max),
  );

export const Bool = (required: boolean, description?: string) =>
  applyDecorators(doc(required, { type: Boolean, description }), ...presence(required), IsBoolean());

export const Enum = (values: Record<string, string>, required: boolean, description?: string) =>
  applyDecorators(
    doc(required, { enum: Object.values(values), description }),
    ...presence(required),
    IsEnum(values),
  );

export const Timestamp = (required: boolean, description?: string) =>
  applyDecorators(
    doc(required, { format: 'date-time', description }),
    ...presence(required),
    IsISO8601({ strict: true }),
  );

export const JsonObject = (required: boolean, description?: string) =>
  applyDecorators(
    doc(required, { type: 'object', additionalProperties: true, description }),
    ...presence(required),
    IsObject(),
  );

export const StringList = (required: boolean, maxItems: number, maxLength: number, description?: string) =>
  applyDecorators(
    doc(required, { type: [String], maxItems, description }),
    ...presence(required),
    IsString({ each: true }),
    MaxLength(maxLength, { each: true }),
    ArrayMaxSize(maxItems),
  );

/** A JSON array of objects whose shape the record's writer knows; only that it is one is checked here. */
export const JsonObjectList = (required: boolean, maxItems: number, description?: string) =>
  applyDecorators(
    doc(required, {
      type: 'array',
      items: { type: 'object', additionalProperties: true },
      maxItems,
      description,
    }),
    ...presence(required),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsObject({ each: true }),
  );

export const UuidList = (required: boolean, maxItems: number, description?: string) =>
  applyDecorators(
    doc(required, { type: 'array', items: { type: 'string', format: 'uuid' }, maxItems, description }),
    ...presence(required),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsUUID('all', { each: true }),
  );

const DECIMAL = /^\d{1,10}(\.\d{1,10})?$/;
/** Amounts computed from prices (tokens × price per 1,000) need three more fractional digits. */
const FINE_DECIMAL = /^\d{1,12}(\.\d{1,15})?$/;

/** A JSON number written out without exponent (1e-7 → "0.0000001"), at most 10 fractional digits. */
const plainDecimal = (value: number): string => value.toFixed(10).replace(/\.?0+$/, '');

/** An exact decimal amount, answered as a string; a JSON number is accepted and kept digit for digit. */
export const Decimal = (required: boolean, description?: string, fine = false) =>
  applyDecorators(
    doc(required, {
      type: String,
      example: '0.0025',
      pattern: (fine ? FINE_DECIMAL : DECIMAL).source,
      description,
    }),
    ...presence(required),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'number' && Number.isFinite(value) ? plainDecimal(value) : value,
    ),
    IsString(),
    Matches(fine ? FINE_DECIMAL : DECIMAL, {
      message: `$property must be a non-negative decimal with at most ${fine ? 15 : 10} fractional digits`,
    }),
  );
