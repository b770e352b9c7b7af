/** The PatchSet (format 1): a reviewed, atomic change of a project and its tasks, and what checking it finds. */
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  Matches,
  ValidateNested,
} from 'class-validator';
import { Decimal, Int, Text } from '../common/fields';
import {
  CANONICAL_UUID,
  MAX_PATCH_OPS,
  PATCH_OP_CLASSES,
  PATCH_OP_KINDS,
  PatchOpBase,
  type PatchOp,
  type PatchOpKind,
} from './patch-ops.dto';

export const PATCH_SET_FORMAT_VERSION = 1;

export const PATCH_SET_ENDPOINTS = ['generate', 'refine', 'decompose', 'chat', 'manual'] as const;
export type PatchSetEndpoint = (typeof PATCH_SET_ENDPOINTS)[number];

export const PATCH_SET_STATUSES = [
  'proposed',
  'validated',
  'applying',
  'applied',
  'rejected',
  'conflicted',
  'superseded',
  'undone',
] as const;
export type PatchSetStatus = (typeof PATCH_SET_STATUSES)[number];

/** The project state a PatchSet was proposed against; null for one that creates its project. */
export class PatchSetBaseDto {
  @ApiProperty({ format: 'uuid' })
  @Matches(CANONICAL_UUID, { message: 'project_id must be a canonical (lower-case) UUID' })
  project_id!: string;
  @Int(true, 1, 2_147_483_647, 'The project version seen when the PatchSet was proposed.')
  project_version!: number;
}

/** Tokens and cost of the model calls behind a proposal (or a request). */
export class PlannerUsageDto {
  @Int(true, 0, 2_147_483_647) input_tokens!: number;
  @Int(true, 0, 2_147_483_647) output_tokens!: number;
  @Int(true, 0, 2_147_483_647) cached_input_tokens!: number;
  @Decimal(true, 'USD, exact (sub-cent amounts kept).', true) cost_usd!: string;
  @Int(true, 0, 100, 'Model calls made (a repair retry is a second call).') calls!: number;
}

/** Who proposed the PatchSet: the endpoint, the provider and model, their usage. */
export class PatchSourceDto {
  @ApiProperty({ enum: PATCH_SET_ENDPOINTS, description: 'manual: written or edited by a person.' })
  @IsIn(PATCH_SET_ENDPOINTS)
  endpoint!: PatchSetEndpoint;
  @Text(false, 100, 'offline (the built-in planner) or openai.') provider?: string;
  @Text(false, 200) model?: string;
  @ApiPropertyOptional({ type: PlannerUsageDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlannerUsageDto)
  usage?: PlannerUsageDto;
}

const isKind = (value: unknown): value is PatchOpKind =>
  typeof value === 'string' && (PATCH_OP_KINDS as readonly string[]).includes(value);

/**
 * Each operation as its kind's class (an unknown kind as the base class, whose `op` check names it);
 * anything that is no object is left as it is, for ValidateNested to refuse. class-transformer's own
 * discriminator reads `op` of every item, and a null item would throw.
 */
function toOps(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    const kind = (item as { op?: unknown }).op;
    return plainToInstance(isKind(kind) ? PATCH_OP_CLASSES[kind] : PatchOpBase, item);
  });
}

/** A PatchSet as proposed, validated and applied: `POST /api/agent/validate` and `/api/planner/apply` take it. */
@ApiExtraModels(...Object.values(PATCH_OP_CLASSES))
export class PatchSetDto {
  @ApiProperty({ format: 'uuid', description: 'Applying the same id twice applies it once.' })
  @Matches(CANONICAL_UUID, { message: 'id must be a canonical (lower-case) UUID' })
  id!: string;

  @ApiProperty({ enum: [PATCH_SET_FORMAT_VERSION] })
  @IsInt()
  @IsIn([PATCH_SET_FORMAT_VERSION], { message: `format_version must be ${PATCH_SET_FORMAT_VERSION}` })
  format_version!: number;

  @ApiProperty({ type: PatchSetBaseDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PatchSetBaseDto)
  base!: PatchSetBaseDto | null;

  @ApiProperty({ type: PatchSourceDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PatchSourceDto)
  source!: PatchSourceDto;

  @ApiProperty({
    type: 'array',
    maxItems: MAX_PATCH_OPS,
    items: { oneOf: Object.values(PATCH_OP_CLASSES).map((op) => ({ $ref: getSchemaPath(op) })) },
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'ops must hold at least one operation' })
  @ArrayMaxSize(MAX_PATCH_OPS)
  @ValidateNested({ each: true })
  @Transform(({ obj }: { obj: Record<string, unknown> }) => toOps(obj.ops), { toClassOnly: true })
  ops!: PatchOp[];

  @Text(false, 10_000, 'Why the change: the plan in a few sentences.') rationale?: string;
}

export const OP_RESULT_STATUSES = ['ok', 'error', 'warning'] as const;

/** What checking found about one operation (index -1: the PatchSet as a whole). */
export class OpResultDto {
  @ApiProperty() index!: number;
  @ApiProperty({ enum: OP_RESULT_STATUSES }) status!: (typeof OP_RESULT_STATUSES)[number];
  @ApiProperty({ example: 'unknown_ref' }) code!: string;
  @ApiProperty({ example: 'ops[3].parent' }) path!: string;
  @ApiProperty() message!: string;
}

export const DIFF_RECORDS = ['project', 'task', 'dependency'] as const;
export type DiffRecord = (typeof DIFF_RECORDS)[number];

/** One record the PatchSet creates, changes, moves or deletes. */
export class DiffEntryDto {
  @ApiProperty() index!: number;
  @ApiProperty({ enum: DIFF_RECORDS }) record!: DiffRecord;
  @ApiProperty({ type: String, nullable: true, description: 'Existing records.' }) id!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Records the PatchSet creates.' }) ref!:
    string | null;
  @ApiProperty({ description: 'The title (name) of the record, or "A → B" for a dependency.' })
  title!: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object', properties: { from: {}, to: {} } },
    description: 'Changed fields, each from → to.',
  })
  changes?: Record<string, { from: unknown; to: unknown }>;
  @ApiPropertyOptional({ type: String, nullable: true }) from_parent?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) to_parent?: string | null;
}

export class PatchDiffDto {
  @ApiProperty({ type: [DiffEntryDto] }) created!: DiffEntryDto[];
  @ApiProperty({ type: [DiffEntryDto] }) updated!: DiffEntryDto[];
  @ApiProperty({ type: [DiffEntryDto] }) moved!: DiffEntryDto[];
  @ApiProperty({ type: [DiffEntryDto] }) deleted!: DiffEntryDto[];
}

/** A record changed since the PatchSet was proposed. */
export class ConflictDto {
  @ApiProperty() index!: number;
  @ApiProperty({ enum: DIFF_RECORDS }) record!: DiffRecord;
  @ApiProperty() id!: string;
  @ApiProperty({ type: Number, nullable: true }) expected_version!: number | null;
  @ApiProperty({ type: Number, nullable: true }) actual_version!: number | null;
  @ApiProperty() message!: string;
}

/** The answer of POST /api/agent/validate; apply runs the same checks and refuses what this refuses. */
export class PatchValidationDto {
  @ApiProperty({ format: 'uuid' }) patch_set_id!: string;
  @ApiProperty({ description: 'No error and no conflict: applying it would write every operation.' })
  valid!: boolean;
  @ApiProperty({ type: [OpResultDto] }) results!: OpResultDto[];
  @ApiProperty({ type: PatchDiffDto }) diff!: PatchDiffDto;
  @ApiProperty({ type: [ConflictDto] }) conflicts!: ConflictDto[];
}

/** A stored PatchSet: the proposal, its lifecycle, what checking and applying it found. */
export class StoredPatchSetDto extends PatchSetDto {
  @ApiProperty({ enum: PATCH_SET_STATUSES }) status!: PatchSetStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) project_id!: string | null;
  @ApiProperty() owner_id!: string;
  @ApiProperty({ type: [OpResultDto] }) warnings!: OpResultDto[];
  @ApiProperty({ type: PatchValidationDto, nullable: true }) validation!: PatchValidationDto | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'ref → id once applied.',
  })
  refs!: Record<string, string>;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) chat_session_id!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) applied_at!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

/** The answer of POST /api/planner/apply (and of a repeat of it: the first result). */
export class ApplyResultDto {
  @ApiProperty({ format: 'uuid' }) patch_set_id!: string;
  @ApiProperty({ enum: ['applied'] }) status!: 'applied';
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) project_id!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) refs!: Record<string, string>;
  @ApiProperty({ format: 'date-time' }) applied_at!: string;
  @ApiProperty({ type: PatchDiffDto }) diff!: PatchDiffDto;
  @ApiProperty({ type: [String], description: 'Engineering tasks announced on engineering:queue.' })
  runs_requested!: string[];
  @ApiProperty({ type: [OpResultDto] }) warnings!: OpResultDto[];
}

/** The answer of POST /api/planner/patchsets/{id}/undo. */
export class UndoResultDto {
  @ApiProperty({ format: 'uuid' }) patch_set_id!: string;
  @ApiProperty({ enum: ['undone'] }) status!: 'undone';
  @ApiProperty({ format: 'date-time' }) undone_at!: string;
  @ApiProperty({ type: PatchDiffDto, description: 'What undoing changed.' }) diff!: PatchDiffDto;
}

/** POST /api/planner/patchsets/{id}/reject. */
export class RejectPatchSetRequest {
  @Text(false, 2_000, 'Why, kept with the PatchSet (the chat reads it).') reason?: string;
}
