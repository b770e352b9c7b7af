import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
import { RecordDto } from '../common/base.dto';
import { Enum, Int, JsonObject, JsonObjectList, Text, Timestamp, Uuid } from '../common/fields';
import { ListQueryDto, QueryEnum, QuerySort, QueryText, QueryUuid } from '../common/query';
import {
  PATCH_SET_ENDPOINTS,
  PATCH_SET_STATUSES,
  type PatchSetEndpoint,
  type PatchSetStatus,
} from '../planner/patch-set.dto';
import { PatchSetApplicationKind } from './enums';

/** The most operations a PatchSet (and one POST /api/batch) holds. */
export const MAX_PATCH_SET_OPS = 500;
const MAX_WARNINGS = 500;
/** The planner's lifecycle and endpoints (libs/contracts/src/planner) as enum objects. */
const STATUSES = Object.fromEntries(PATCH_SET_STATUSES.map((s) => [s, s])) as Record<
  PatchSetStatus,
  PatchSetStatus
>;
const ENDPOINTS = Object.fromEntries(PATCH_SET_ENDPOINTS.map((e) => [e, e])) as Record<
  PatchSetEndpoint,
  PatchSetEndpoint
>;

// ── patch sets: the planner's proposed changes, kept until applied, undone or set aside ────────

export class CreatePatchSetRecordDto {
  @Uuid(false, 'The PatchSet’s id, chosen by the planner so it can name it first; generated when left out.')
  id?: string;
  @Text(true, 200, 'The user the PatchSet belongs to.') owner_id!: string;
  @Uuid(false, 'The project it changes; none for a plan that creates its project.') project_id?: string;
  @Enum(STATUSES, false, 'Defaults to proposed.') status?: PatchSetStatus;
  @Enum(ENDPOINTS, true, 'The planner endpoint that produced it.') endpoint!: PatchSetEndpoint;
  @Int(false, 1, 1000, 'The version of the operations’ format; defaults to 1.') format_version?: number;
  @JsonObject(false, 'The versions of the records the operations were made against.')
  base?: Record<string, unknown>;
  @JsonObject(true, 'What produced it: the request, model and prompt.') source!: Record<string, unknown>;
  @JsonObjectList(true, MAX_PATCH_SET_OPS, 'The operations in order; their shape is the planner’s.')
  ops!: Record<string, unknown>[];
  @Text(false, 20_000) rationale?: string;
  @JsonObjectList(false, MAX_WARNINGS, 'Defaults to [].') warnings?: Record<string, unknown>[];
  @JsonObject(false, 'The outcome of checking the operations against the records.')
  validation?: Record<string, unknown>;
  @JsonObject(false, 'The outcome of applying it.') result?: Record<string, unknown>;
  @Uuid(false, 'The chat session it was proposed in.') chat_session_id?: string;
  @Uuid(false, 'The chat message that proposed it.') chat_message_id?: string;
  @Timestamp(false) applied_at?: string;
}
export class UpdatePatchSetRecordDto extends PartialType(
  PickType(CreatePatchSetRecordDto, [
    'project_id',
    'status',
    'rationale',
    'warnings',
    'validation',
    'result',
    'chat_message_id',
    'applied_at',
  ] as const),
) {}
export class PatchSetRecordDto extends RecordDto {
  @ApiProperty() owner_id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) project_id!: string | null;
  @ApiProperty({ enum: PATCH_SET_STATUSES }) status!: PatchSetStatus;
  @ApiProperty({ enum: PATCH_SET_ENDPOINTS }) endpoint!: PatchSetEndpoint;
  @ApiProperty({ type: 'integer' }) format_version!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) base!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) source!: Record<string, unknown>;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  ops!: Record<string, unknown>[];
  @ApiProperty({ type: String, nullable: true }) rationale!: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  warnings!: Record<string, unknown>[];
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) validation!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) result!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) chat_session_id!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) chat_message_id!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) applied_at!: string | null;
}
export const PATCH_SET_RECORD_SORT = ['created_at'] as const;
export class PatchSetRecordListQueryDto extends ListQueryDto {
  @QueryEnum(STATUSES, 'Filter by status.') status?: PatchSetStatus[];
  @QueryEnum(ENDPOINTS, 'Filter by endpoint.') endpoint?: PatchSetEndpoint[];
  @QueryText('Exact owner.') owner_id?: string;
  @QueryUuid('Filter by project.') project_id?: string;
  @QueryUuid('Filter by chat session.') chat_session_id?: string;
  @QuerySort(PATCH_SET_RECORD_SORT) sort?: string;
}

// ── patch set applications: the audit of every apply and undo (append-only) ──────────────────

export class CreatePatchSetApplicationDto {
  @Uuid(true) patch_set_id!: string;
  @Text(true, 200, 'The PatchSet’s owner.') owner_id!: string;
  @Enum(PatchSetApplicationKind, true) kind!: PatchSetApplicationKind;
  @JsonObjectList(true, MAX_PATCH_SET_OPS, 'The operations sent to POST /api/batch.')
  operations!: Record<string, unknown>[];
  @JsonObjectList(false, MAX_PATCH_SET_OPS, 'The operations that undo them; defaults to [].')
  inverse_ops?: Record<string, unknown>[];
  @JsonObject(false, 'The ids the batch answered, by ref; defaults to {}.') refs?: Record<string, unknown>;
  @Text(false, 200, 'The request id of the batch.') request_id?: string;
}
export class UpdatePatchSetApplicationDto {}
export class PatchSetApplicationDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) patch_set_id!: string;
  @ApiProperty() owner_id!: string;
  @ApiProperty({ enum: Object.values(PatchSetApplicationKind) }) kind!: PatchSetApplicationKind;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  operations!: Record<string, unknown>[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  inverse_ops!: Record<string, unknown>[];
  @ApiProperty({ type: 'object', additionalProperties: true }) refs!: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true }) request_id!: string | null;
}
export const PATCH_SET_APPLICATION_SORT = ['created_at'] as const;
export class PatchSetApplicationListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by PatchSet.') patch_set_id?: string;
  @QueryEnum(PatchSetApplicationKind, 'Filter by kind.') kind?: PatchSetApplicationKind[];
  @QuerySort(PATCH_SET_APPLICATION_SORT) sort?: string;
}
