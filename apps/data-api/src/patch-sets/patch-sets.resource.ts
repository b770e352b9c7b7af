import {
  CreatePatchSetApplicationDto,
  CreatePatchSetRecordDto,
  PATCH_SET_APPLICATION_SORT,
  PATCH_SET_RECORD_SORT,
  PatchSetApplicationDto,
  PatchSetApplicationListQueryDto,
  PatchSetRecordDto,
  PatchSetRecordListQueryDto,
  UpdatePatchSetApplicationDto,
  UpdatePatchSetRecordDto,
} from '@slipway/contracts';
import type { PatchSetApplicationRow, PatchSetRow } from '../database/entities';
import { eq, isoOrNull, oneOf, type ResourceDefinition, withRecord } from '../resources/definition';
import { checkReferences, type Reference } from '../resources/references';

const PROJECT: Reference = { field: 'project_id', table: 'projects', noun: 'project', live: true };
const CHAT_SESSION: Reference = {
  field: 'chat_session_id',
  table: 'chat_sessions',
  noun: 'chat session',
  live: true,
  sameOwner: true,
};

/** The planner's PatchSets: people read their own, the planner writes them. */
export const patchSetsResource: ResourceDefinition<PatchSetRow, PatchSetRecordDto> = {
  path: 'patch_sets',
  label: 'PatchSet',
  table: 'patch_sets',
  dto: {
    create: CreatePatchSetRecordDto,
    update: UpdatePatchSetRecordDto,
    response: PatchSetRecordDto,
    list: PatchSetRecordListQueryDto,
  },
  access: 'owner',
  softDelete: false,
  serviceWritten: true,
  sortable: PATCH_SET_RECORD_SORT,
  filters: {
    status: oneOf('status'),
    endpoint: oneOf('endpoint'),
    owner_id: eq('owner_id'),
    project_id: eq('project_id'),
    chat_session_id: eq('chat_session_id'),
  },
  toResponse: (row) =>
    withRecord(row, {
      owner_id: row.owner_id,
      project_id: row.project_id,
      status: row.status,
      endpoint: row.endpoint,
      format_version: row.format_version,
      base: row.base,
      source: row.source,
      ops: row.ops,
      rationale: row.rationale,
      warnings: row.warnings,
      validation: row.validation,
      result: row.result,
      chat_session_id: row.chat_session_id,
      chat_message_id: row.chat_message_id,
      applied_at: isoOrNull(row.applied_at),
    }),
  prepareCreate: async (values, _actor, tx) => {
    await checkReferences(tx, values, [PROJECT, CHAT_SESSION]);
    return values;
  },
  prepareUpdate: async (values, _actor, tx) => {
    await checkReferences(tx, values, [PROJECT]);
    return values;
  },
};

/** The audit of every apply and undo of a PatchSet: append-only, written by the planner. */
export const patchSetApplicationsResource: ResourceDefinition<
  PatchSetApplicationRow,
  PatchSetApplicationDto
> = {
  path: 'patch_set_applications',
  label: 'PatchSet application',
  table: 'patch_set_applications',
  dto: {
    create: CreatePatchSetApplicationDto,
    update: UpdatePatchSetApplicationDto,
    response: PatchSetApplicationDto,
    list: PatchSetApplicationListQueryDto,
  },
  access: 'owner',
  softDelete: false,
  serviceWritten: true,
  appendOnly: true,
  sortable: PATCH_SET_APPLICATION_SORT,
  filters: { patch_set_id: eq('patch_set_id'), kind: oneOf('kind') },
  toResponse: (row) =>
    withRecord(row, {
      patch_set_id: row.patch_set_id,
      owner_id: row.owner_id,
      kind: row.kind,
      operations: row.operations,
      inverse_ops: row.inverse_ops,
      refs: row.refs,
      request_id: row.request_id,
    }),
  prepareCreate: async (values, _actor, tx) => {
    await checkReferences(tx, values, [
      { field: 'patch_set_id', table: 'patch_sets', noun: 'PatchSet', sameOwner: true },
    ]);
    return values;
  },
};
