import { SpendSource } from '@slipway/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { RecordRow } from './base.entity';
import { OrganizationRow } from './cost.entity';

/**
 * The spend ledger and its daily rollups. Node, project, run, price: what a row names is kept as it
 * was when the spend happened (history outlives them), so only the organization and the corrected
 * row are foreign keys.
 */

export const SPEND_LEDGER_EVENT = 'spend_ledger_event_id';
/**
 * The rollup's key, NULLS NOT DISTINCT (a null node is one key) and INCLUDE the sums (aggregates
 * read the index alone): the migration says both, TypeORM cannot.
 */
export const SPEND_ROLLUP_KEY = 'spend_rollups_daily_key';
export const SPEND_ROLLUP_KEY_COLUMNS = [
  'org_id',
  'local_day',
  'node_id',
  'project_id',
  'provider',
  'model',
  'source',
  'user_id',
] as const;
/** (org_id, occurred_at) covering the sums and filtered columns: hour trends by index-only scans (INCLUDE: the migration's). */
export const SPEND_LEDGER_ORG_TIME = 'spend_ledger_org_occurred_at';

@Entity('spend_ledger')
@Index(['created_at', 'id'])
@Index(SPEND_LEDGER_ORG_TIME, { synchronize: false })
@Index(['org_id', 'local_day'])
@Index(['run_id'], { where: '"run_id" IS NOT NULL' })
@Index(['adjusts_id'], { where: '"adjusts_id" IS NOT NULL' })
@Unique(SPEND_LEDGER_EVENT, ['event_id'])
@Check(
  'spend_ledger_sign',
  `"source" = 'adjustment' OR ("amount" >= 0 AND ("quantity" IS NULL OR "quantity" >= 0))`,
)
@Check('spend_ledger_adjusts', `"adjusts_id" IS NULL OR "source" = 'adjustment'`)
export class SpendLedgerRow extends RecordRow {
  @Column({ type: 'varchar', length: 300 })
  event_id!: string;

  @Column({ type: 'uuid' })
  org_id!: string;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Column({ type: 'timestamptz', precision: 3 })
  occurred_at!: Date;

  /** The organization's calendar day of occurred_at (YYYY-MM-DD), computed by the writer. */
  @Column({ type: 'date' })
  local_day!: string;

  @Column({ type: 'enum', enum: SpendSource, enumName: 'spend_source' })
  source!: SpendSource;

  @Column({ type: 'uuid', nullable: true })
  node_id!: string | null;

  @Column({ type: 'uuid', nullable: true })
  project_id!: string | null;

  @Column({ type: 'varchar', length: 100 })
  provider!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  model!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  user_id!: string | null;

  @Column({ type: 'uuid', nullable: true })
  run_id!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  job_id!: string | null;

  @Column({ type: 'integer', default: 0 })
  input_tokens!: number;

  @Column({ type: 'integer', default: 0 })
  output_tokens!: number;

  @Column({ type: 'integer', default: 0 })
  cached_input_tokens!: number;

  @Column({ type: 'numeric', precision: 24, scale: 6, nullable: true })
  quantity!: string | null;

  @Column({ type: 'numeric', precision: 24, scale: 12 })
  amount!: string;

  @Column({ type: 'char', length: 3, default: 'USD' })
  currency!: string;

  @Column({ type: 'uuid', nullable: true })
  price_id!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  price_snapshot!: Record<string, unknown> | null;

  @Column({ type: 'uuid', nullable: true })
  adjusts_id!: string | null;

  @ManyToOne(() => SpendLedgerRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'adjusts_id' })
  adjusts?: SpendLedgerRow;
}

/** Sums of the ledger per key, written only in the transaction of the ledger rows they count. */
@Entity('spend_rollups_daily')
@Unique(SPEND_ROLLUP_KEY, [...SPEND_ROLLUP_KEY_COLUMNS])
export class SpendRollupDailyRow {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  org_id!: string;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Column({ type: 'date' })
  local_day!: string;

  @Column({ type: 'uuid', nullable: true })
  node_id!: string | null;

  @Column({ type: 'uuid', nullable: true })
  project_id!: string | null;

  @Column({ type: 'varchar', length: 100 })
  provider!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  model!: string | null;

  @Column({ type: 'enum', enum: SpendSource, enumName: 'spend_source' })
  source!: SpendSource;

  @Column({ type: 'varchar', length: 200, nullable: true })
  user_id!: string | null;

  @Column({ type: 'numeric', precision: 24, scale: 12, default: 0 })
  amount!: string;

  @Column({ type: 'bigint', default: 0 })
  input_tokens!: string;

  @Column({ type: 'bigint', default: 0 })
  output_tokens!: string;

  @Column({ type: 'bigint', default: 0 })
  cached_input_tokens!: string;

  @Column({ type: 'integer', default: 0 })
  events!: number;
}
