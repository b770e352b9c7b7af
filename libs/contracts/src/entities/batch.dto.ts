import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  ValidateBy,
  ValidateNested,
  buildMessage,
} from 'class-validator';
import { Int, JsonObject, Uuid } from '../common/fields';

/** How an operation names the record it creates or targets, for later operations of the batch. */
export const BATCH_REF_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
/** A router path of data-api, as in /api/<resource>. */
export const BATCH_RESOURCE_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;
/** A field of a record's body, as `refs` names it. */
const FIELD_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;
export const MAX_BATCH_OPERATIONS = 500;

export const BATCH_METHODS = ['create', 'update', 'delete', 'restore'] as const;
export type BatchMethod = (typeof BATCH_METHODS)[number];

const RefName = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ pattern: BATCH_REF_PATTERN.source, maxLength: 40, description }),
    IsOptional(),
    IsString(),
    Matches(BATCH_REF_PATTERN, {
      message: '$property must be a letter and up to 39 letters, digits or _',
    }),
  );

export function isRefMap(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([field, ref]) => FIELD_PATTERN.test(field) && typeof ref === 'string' && BATCH_REF_PATTERN.test(ref),
  );
}

/** One write of a batch: a create, a change, a delete or a restore of one record of one resource. */
export class BatchOperationDto {
  @RefName('Names the record this operation creates or targets, for later operations.') ref?: string;

  @ApiProperty({ enum: BATCH_METHODS })
  @IsIn(BATCH_METHODS, { message: `method must be one of ${BATCH_METHODS.join(', ')}` })
  method!: BatchMethod;

  @ApiProperty({
    pattern: BATCH_RESOURCE_PATTERN.source,
    example: 'tasks',
    description: 'The resource, as its path under /api (projects, tasks, task_dependencies…).',
  })
  @IsString()
  @Matches(BATCH_RESOURCE_PATTERN, { message: '$property must be a resource path such as tasks' })
  resource!: string;

  @Uuid(false, 'The record an update, delete or restore targets (or give id_ref).') id?: string;

  @RefName('The ref of the earlier operation whose record an update, delete or restore targets.')
  id_ref?: string;

  @Int(false, 1, 2_147_483_647, 'The version the record must be at, as If-Match; another answers 412.')
  if_match?: number;

  @JsonObject(false, 'A create’s or update’s body, as POST or PATCH /api/<resource> takes it.')
  body?: Record<string, unknown>;

  @JsonObject(false, 'A delete’s query, as DELETE /api/<resource>/{id} takes it (e.g. cascade).')
  query?: Record<string, unknown>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', pattern: BATCH_REF_PATTERN.source },
    example: { project_id: 'p', parent_id: 't1' },
    description: 'Body fields set to the id of the record an earlier operation named by that ref.',
  })
  @IsOptional()
  @ValidateBy({
    name: 'isRefMap',
    validator: {
      validate: isRefMap,
      defaultMessage: buildMessage(
        (each) => `${each}$property must map body fields (snake_case) to refs of earlier operations`,
      ),
    },
  })
  refs?: Record<string, string>;
}

export class BatchRequestDto {
  @ApiProperty({
    type: [BatchOperationDto],
    minItems: 1,
    maxItems: MAX_BATCH_OPERATIONS,
    description: `1 to ${MAX_BATCH_OPERATIONS} operations, run in order in one transaction: all or none.`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_OPERATIONS)
  @ValidateNested({ each: true })
  @Type(() => BatchOperationDto)
  operations!: BatchOperationDto[];
}

export class BatchResultDto {
  @ApiProperty({ type: 'integer', description: 'The operation’s position in the request, from 0.' })
  index!: number;
  @ApiPropertyOptional({ description: 'The operation’s ref, when it named one.' }) ref?: string;
  @ApiProperty() resource!: string;
  @ApiProperty({ enum: BATCH_METHODS }) method!: BatchMethod;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The record’s version after the operation; null when it was deleted outright.',
  })
  version!: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The record as GET /api/<resource>/{id} answers it; null when it was deleted outright.',
  })
  record!: Record<string, unknown> | null;
}

export class BatchResponseDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'uuid' },
    description: 'The id of the record each ref named.',
  })
  refs!: Record<string, string>;
  @ApiProperty({ type: [BatchResultDto] }) results!: BatchResultDto[];
}
