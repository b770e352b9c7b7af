import type {
  OpResultDto,
  PatchOp,
  PatchSetBaseDto,
  PatchSetDto,
  PatchSetStatus,
  PatchSourceDto,
  PatchValidationDto,
  StoredPatchSetDto,
} from '@slipway/contracts';
import type { PatchSetRecord } from '../records/patch-set-records';

/** data-api keeps the PatchSet's parts as JSON; these are the shapes the planner wrote into them. */
const base = (record: PatchSetRecord) => record.base as PatchSetBaseDto | null;
const source = (record: PatchSetRecord) => record.source as unknown as PatchSourceDto;

/** The PatchSet as it was proposed (the format validate and apply take). */
export function toPatchSet(record: PatchSetRecord): PatchSetDto {
  return {
    id: record.id,
    format_version: record.format_version,
    base: base(record),
    source: source(record),
    ops: record.ops as unknown as PatchOp[],
    ...(record.rationale === null ? {} : { rationale: record.rationale }),
  };
}

export function toStoredPatchSet(record: PatchSetRecord): StoredPatchSetDto {
  const result = record.result as { refs?: Record<string, string> } | null;
  return {
    ...toPatchSet(record),
    rationale: record.rationale ?? '',
    status: record.status as PatchSetStatus,
    project_id: record.project_id,
    owner_id: record.owner_id,
    warnings: record.warnings as unknown as OpResultDto[],
    validation: record.validation as unknown as PatchValidationDto | null,
    refs: result?.refs ?? {},
    chat_session_id: record.chat_session_id,
    applied_at: record.applied_at,
    created_at: record.created_at,
    updated_at: record.updated_at,
  };
}

/** JSON with every object's keys sorted (PostgreSQL's jsonb keeps its own key order). */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
