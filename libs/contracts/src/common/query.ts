import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  buildMessage,
} from 'class-validator';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_OFFSET = 1_000_000;
/** The last `page` whose rows `offset` can still reach at the largest page size. */
export const MAX_PAGE = MAX_OFFSET / MAX_PAGE_SIZE + 1;

const toBool = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
const toList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.split(',').map((v) => v.trim()) : value;

/** An optional `true|false` query parameter. */
export const QueryBool = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: Boolean, description }),
    IsOptional(),
    Transform(toBool),
    IsBoolean(),
  );

/** An optional whole-number query parameter within bounds. */
export const QueryInt = (description: string, min: number, max?: number) =>
  applyDecorators(
    ApiPropertyOptional({ type: Number, description, minimum: min, maximum: max }),
    IsOptional(),
    Transform(toInt),
    IsInt(),
    Min(min),
    ...(max === undefined ? [] : [Max(max)]),
  );

/** An optional filter matching one value or a comma-separated list of an enum's values. */
export const QueryEnum = (values: Record<string, string>, description: string) =>
  applyDecorators(
    ApiPropertyOptional({ enum: Object.values(values), isArray: true, description }),
    IsOptional(),
    Transform(toList),
    IsEnum(values, { each: true }),
  );

export const QueryUuid = (description: string) =>
  applyDecorators(ApiPropertyOptional({ format: 'uuid', description }), IsOptional(), IsUUID('all'));

export const QueryText = (description: string) =>
  applyDecorators(ApiPropertyOptional({ description }), IsOptional(), IsString(), MaxLength(200));

export const QueryTime = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ format: 'date-time', description }),
    IsOptional(),
    IsISO8601({ strict: true }),
  );

/** `?sort=-created_at,name`: a comma-separated list of whitelisted fields, `-` for descending. */
export const QuerySort = (fields: readonly string[]) =>
  applyDecorators(
    ApiPropertyOptional({
      description: `Comma-separated fields, \`-\` prefix for descending. Allowed: ${fields.join(', ')}. Default: -created_at.`,
      example: `-${fields[0]}`,
    }),
    IsOptional(),
    IsString(),
    ValidateBy({
      name: 'isSort',
      constraints: [fields],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseSort(value, fields) !== null,
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must list distinct fields among: ${fields.join(', ')}, each optionally prefixed by -`,
        ),
      },
    }),
  );

export interface SortKey {
  field: string;
  descending: boolean;
}

/** Parses a sort expression; null when it names a field outside the whitelist or repeats one. */
export function parseSort(value: string, allowed: readonly string[]): SortKey[] | null {
  const keys = value.split(',').map((raw) => {
    const term = raw.trim();
    const descending = term.startsWith('-');
    return { field: descending ? term.slice(1) : term, descending };
  });
  const names = keys.map((k) => k.field);
  if (names.some((n) => !allowed.includes(n)) || new Set(names).size !== names.length) return null;
  return keys;
}

/** Paging, counting and time-window parameters every list accepts. */
export class ListQueryDto {
  @QueryInt(`Page size, 1 to ${MAX_PAGE_SIZE}.`, 1, MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from a previous page’s `next_cursor`.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  cursor?: string;

  @QueryInt('Rows to skip (offset paging; prefer `cursor`).', 0, MAX_OFFSET)
  offset?: number;

  @QueryInt(
    'Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.',
    1,
    MAX_PAGE,
  )
  page?: number;

  @QueryInt(
    `Page size, 1 to ${MAX_PAGE_SIZE}: the seed’s name for \`limit\` (give one of the two).`,
    1,
    MAX_PAGE_SIZE,
  )
  per_page?: number;

  @QueryBool('Also return `total`, the number of matching rows.')
  count?: boolean;

  @QueryTime('Only rows created at or after this instant.')
  created_after?: string;

  @QueryTime('Only rows created before this instant.')
  created_before?: string;

  @QueryTime('Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).')
  updated_since?: string;
}

/** Lists of entities that are soft-deleted also accept `include_deleted`. */
export class SoftDeleteListQueryDto extends ListQueryDto {
  @QueryBool('Include soft-deleted rows (they carry `deleted_at`).')
  include_deleted?: boolean;
}

export class GetQueryDto {}

export class SoftDeleteGetQueryDto {
  @QueryBool('Return the row even when it is soft-deleted.')
  include_deleted?: boolean;
}
