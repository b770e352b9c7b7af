import {
  CreateSpendLedgerRecordDto,
  SPEND_LEDGER_RECORD_SORT,
  SpendLedgerRecordDto,
  SpendLedgerRecordListQueryDto,
  UpdateSpendLedgerRecordDto,
} from '@slipway/contracts';
import type { SpendLedgerRow } from '../database/entities';
import {
  above,
  below,
  decimal,
  decimalOrNull,
  eq,
  iso,
  oneOf,
  type ResourceDefinition,
  withRecord,
} from '../resources/definition';

export const toSpendLedgerRecord = (row: SpendLedgerRow): SpendLedgerRecordDto =>
  withRecord(row, {
    event_id: row.event_id,
    org_id: row.org_id,
    occurred_at: iso(row.occurred_at),
    local_day: row.local_day,
    source: row.source,
    node_id: row.node_id,
    project_id: row.project_id,
    provider: row.provider,
    model: row.model,
    user_id: row.user_id,
    run_id: row.run_id,
    job_id: row.job_id,
    input_tokens: row.input_tokens,
    output_tokens: row.output_tokens,
    cached_input_tokens: row.cached_input_tokens,
    quantity: decimalOrNull(row.quantity),
    amount: decimal(row.amount),
    currency: row.currency,
    price_id: row.price_id,
    price_snapshot: row.price_snapshot,
    adjusts_id: row.adjusts_id,
  });

/**
 * The spend ledger: one priced event per row, append-only. Its creates are SpendLedgerController's
 * (idempotent on event_id, each with its rollups in the same transaction); lists and reads are the
 * generic ones.
 */
export const spendLedgerResource: ResourceDefinition<SpendLedgerRow, SpendLedgerRecordDto> = {
  path: 'spend_ledger',
  label: 'Spend ledger row',
  table: 'spend_ledger',
  dto: {
    create: CreateSpendLedgerRecordDto,
    update: UpdateSpendLedgerRecordDto,
    response: SpendLedgerRecordDto,
    list: SpendLedgerRecordListQueryDto,
  },
  access: 'service',
  softDelete: false,
  serviceWritten: true,
  appendOnly: true,
  ownCreates: true,
  sortable: SPEND_LEDGER_RECORD_SORT,
  filters: {
    org_id: eq('org_id'),
    source: oneOf('source'),
    event_id: eq('event_id'),
    run_id: eq('run_id'),
    adjusts_id: eq('adjusts_id'),
    occurred_after: above('occurred_at'),
    occurred_before: below('occurred_at'),
  },
  toResponse: toSpendLedgerRecord,
};
