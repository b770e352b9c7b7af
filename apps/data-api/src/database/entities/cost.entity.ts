import {
  AuditActorType,
  BillingPeriod,
  BudgetEnforcement,
  IntegrationStatus,
  OrgMemberRole,
  OrgStatus,
  PipelineKind,
  PipelineStatus,
  PriceSource,
  PricingModel,
  SubscriptionStatus,
} from '@slipway/contracts';
import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ProjectRow, UserRow } from './access.entity';
import { RecordRow, SoftDeletedRow } from './base.entity';

/** The cost service's records: organizations and what they own. Only services read or write them. */

@Entity('organizations')
@Index(['created_at', 'id'])
export class OrganizationRow extends RecordRow {
  @Column({ type: 'varchar', length: 63, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'varchar', length: 64 })
  timezone!: string;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'smallint', default: 1 })
  fiscal_year_start!: number;

  @Column({ type: 'varchar', length: 50 })
  plan!: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  pending_plan!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  pending_plan_from!: Date | null;

  @Column({ type: 'jsonb', default: {} })
  limit_overrides!: Record<string, number>;

  @Column({ type: 'text', array: true, default: () => "'{department,team,project}'" })
  hierarchy_levels!: string[];

  @Index()
  @Column({ type: 'enum', enum: OrgStatus, enumName: 'org_status', default: OrgStatus.active })
  status!: OrgStatus;
}

@Entity('org_plans')
@Index(['created_at', 'id'])
export class OrgPlanRow extends RecordRow {
  @Column({ type: 'varchar', length: 50, unique: true })
  name!: string;

  @Column({ type: 'varchar', length: 100 })
  label!: string;

  @Column({ type: 'integer' })
  daily_pipelines!: number;

  @Column({ type: 'integer' })
  monthly_pipelines!: number;

  @Column({ type: 'integer' })
  concurrent_pipelines!: number;

  @Column({ type: 'integer' })
  providers!: number;

  @Column({ type: 'integer' })
  seats!: number;

  @Column({ type: 'numeric', precision: 18, scale: 6 })
  price_monthly!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'boolean', default: false })
  shipped!: boolean;

  @Column({ type: 'integer', default: 0 })
  shipped_version!: number;
}

@Entity('org_members')
@Index(['created_at', 'id'])
@Unique('org_members_org_user', ['org_id', 'user_id'])
export class OrgMemberRow extends RecordRow {
  @Column({ type: 'uuid' })
  org_id!: string;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Index()
  @Column({ type: 'uuid' })
  user_id!: string;

  @ManyToOne(() => UserRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserRow;

  @Column({ type: 'enum', enum: OrgMemberRole, enumName: 'org_role' })
  role!: OrgMemberRole;
}

@Entity('org_api_keys')
@Index(['created_at', 'id'])
export class OrgApiKeyRow extends RecordRow {
  @Index()
  @Column({ type: 'uuid' })
  org_id!: string;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Index()
  @Column({ type: 'varchar', length: 24 })
  key_prefix!: string;

  @Column({ type: 'char', length: 64, unique: true })
  key_hash!: string;

  @Column({ type: 'enum', enum: OrgMemberRole, enumName: 'org_role', default: OrgMemberRole.admin })
  role!: OrgMemberRole;

  @Column({ type: 'varchar', length: 200, nullable: true })
  created_by!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  last_used_at!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  expires_at!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revoked_at!: Date | null;
}

@Entity('org_audit_logs')
@Index(['created_at', 'id'])
@Index(['org_id', 'created_at'])
@Index(['target_type', 'target_id'])
export class OrgAuditLogRow extends RecordRow {
  @Column({ type: 'uuid' })
  org_id!: string;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Column({ type: 'varchar', length: 20 })
  actor_type!: AuditActorType;

  @Column({ type: 'varchar', length: 200 })
  actor_id!: string;

  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Column({ type: 'varchar', length: 50 })
  target_type!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  target_id!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  request_id!: string | null;
}

@Entity('org_integrations')
@Index(['created_at', 'id'])
@Unique('org_integrations_org_provider', ['org_id', 'provider'])
export class OrgIntegrationRow extends RecordRow {
  @Column({ type: 'uuid' })
  org_id!: string;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Column({ type: 'varchar', length: 40 })
  provider!: string;

  @Column({ type: 'text' })
  ciphertext!: string;

  @Column({ type: 'varchar', length: 64 })
  key_id!: string;

  @Column({ type: 'varchar', length: 64 })
  fingerprint!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  base_url!: string | null;

  /** Non-secret settings only; the credentials are in `ciphertext`. */
  @Column({ type: 'jsonb', default: {} })
  settings!: Record<string, unknown>;

  @Column({
    type: 'enum',
    enum: IntegrationStatus,
    enumName: 'integration_status',
    default: IntegrationStatus.pending,
  })
  status!: IntegrationStatus;

  @Column({ type: 'text', nullable: true })
  status_reason!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  validated_at!: Date | null;
}

/** The nil uuid stands for "global" in the overlap constraint, whose equality would never match NULL. */
export const MODEL_PRICES_NO_OVERLAP = 'model_prices_no_overlap';

@Entity('model_prices')
@Index(['created_at', 'id'])
@Index(['provider', 'model', 'valid_from'])
@Index(['org_id'])
@Check('model_prices_valid_period', '"valid_to" IS NULL OR "valid_to" > "valid_from"')
// One price per scope, provider and model at any instant (needs btree_gist, created by the migration).
@Exclusion(
  MODEL_PRICES_NO_OVERLAP,
  `USING gist (COALESCE("org_id", '00000000-0000-0000-0000-000000000000'::uuid) WITH =, "provider" WITH =, "model" WITH =, tstzrange("valid_from", "valid_to") WITH &&)`,
)
export class ModelPriceRow extends RecordRow {
  @Column({ type: 'uuid', nullable: true })
  org_id!: string | null;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Column({ type: 'varchar', length: 100 })
  provider!: string;

  @Column({ type: 'varchar', length: 200 })
  model!: string;

  @Column({ type: 'numeric', precision: 20, scale: 10 })
  input_per_1m!: string;

  @Column({ type: 'numeric', precision: 20, scale: 10 })
  output_per_1m!: string;

  @Column({ type: 'numeric', precision: 20, scale: 10, nullable: true })
  cached_input_per_1m!: string | null;

  @Column({ type: 'numeric', precision: 20, scale: 10, nullable: true })
  cache_write_per_1m!: string | null;

  @Column({ type: 'numeric', precision: 20, scale: 10, nullable: true })
  reasoning_per_1m!: string | null;

  @Column({ type: 'numeric', precision: 20, scale: 10, nullable: true })
  per_request!: string | null;

  @Column({ type: 'char', length: 3, default: 'USD' })
  currency!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  valid_from!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  valid_to!: Date | null;

  @Column({ type: 'enum', enum: PriceSource, enumName: 'price_source' })
  source!: PriceSource;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}

@Entity('saas_subscriptions')
@Index(['created_at', 'id'])
@Check('saas_subscriptions_period', '"end_date" IS NULL OR "end_date" >= "start_date"')
export class SaasSubscriptionRow extends SoftDeletedRow {
  @Index()
  @Column({ type: 'uuid' })
  org_id!: string;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Column({ type: 'varchar', length: 100 })
  provider!: string;

  @Column({ type: 'varchar', length: 200 })
  plan_name!: string;

  @Column({ type: 'enum', enum: PricingModel, enumName: 'pricing_model' })
  pricing_model!: PricingModel;

  @Column({ type: 'numeric', precision: 18, scale: 6 })
  unit_price!: string;

  @Column({ type: 'integer', nullable: true })
  seats!: number | null;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'enum', enum: BillingPeriod, enumName: 'billing_period' })
  billing_period!: BillingPeriod;

  /** Calendar dates travel as YYYY-MM-DD strings (db.ts leaves `date` unparsed). */
  @Column({ type: 'date' })
  start_date!: string;

  @Column({ type: 'date', nullable: true })
  end_date!: string | null;

  @Column({
    type: 'enum',
    enum: SubscriptionStatus,
    enumName: 'subscription_status',
    default: SubscriptionStatus.active,
  })
  status!: SubscriptionStatus;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;
}

@Entity('hierarchy_nodes')
@Index(['created_at', 'id'])
@Unique('hierarchy_nodes_org_code', ['org_id', 'code'])
export class HierarchyNodeRow extends RecordRow {
  @Column({ type: 'uuid' })
  org_id!: string;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parent_id!: string | null;

  @ManyToOne(() => HierarchyNodeRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: HierarchyNodeRow;

  @Column({ type: 'varchar', length: 50 })
  level!: string;

  @Column({ type: 'varchar', length: 100 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'smallint' })
  depth!: number;

  @Column({ type: 'numeric', precision: 18, scale: 6, nullable: true })
  daily_budget!: string | null;

  @Column({ type: 'numeric', precision: 18, scale: 6, nullable: true })
  monthly_budget!: string | null;

  @Column({ type: 'enum', enum: BudgetEnforcement, enumName: 'budget_enforcement', nullable: true })
  budget_enforcement!: BudgetEnforcement | null;

  @Column({ type: 'jsonb', default: {} })
  metadata!: Record<string, unknown>;
}

@Entity('org_projects')
@Index(['created_at', 'id'])
export class OrgProjectRow extends RecordRow {
  @Column({ type: 'uuid', unique: true })
  project_id!: string;

  @ManyToOne(() => ProjectRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectRow;

  @Index()
  @Column({ type: 'uuid' })
  org_id!: string;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  node_id!: string | null;

  @ManyToOne(() => HierarchyNodeRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'node_id' })
  node?: HierarchyNodeRow;
}

@Entity('pipeline_runs')
@Index(['created_at', 'id'])
@Index(['org_id', 'quota_day'])
@Index(['org_id', 'quota_month'])
@Index(['status', 'lease_expires_at'])
@Unique('pipeline_runs_org_kind_pipeline', ['org_id', 'kind', 'pipeline_id'])
export class PipelineRunRow extends RecordRow {
  @Column({ type: 'uuid' })
  org_id!: string;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Column({ type: 'enum', enum: PipelineKind, enumName: 'pipeline_kind' })
  kind!: PipelineKind;

  @Column({ type: 'varchar', length: 200 })
  pipeline_id!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  project_id!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  profile!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  provider!: string | null;

  @Column({
    type: 'enum',
    enum: PipelineStatus,
    enumName: 'pipeline_status',
    default: PipelineStatus.admitted,
  })
  status!: PipelineStatus;

  /** The organization's calendar day the run counts against (YYYY-MM-DD). */
  @Column({ type: 'date' })
  quota_day!: string;

  @Column({ type: 'char', length: 7 })
  quota_month!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  lease_expires_at!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completed_at!: Date | null;

  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  @Column({ type: 'jsonb', default: [] })
  steps!: Record<string, unknown>[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  requested_by!: string | null;
}

@Entity('pipeline_state_transitions')
@Index(['created_at', 'id'])
export class PipelineStateTransitionRow extends RecordRow {
  @Index()
  @Column({ type: 'uuid' })
  pipeline_run_id!: string;

  @ManyToOne(() => PipelineRunRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pipeline_run_id' })
  pipeline_run?: PipelineRunRow;

  @Column({ type: 'enum', enum: PipelineStatus, enumName: 'pipeline_status', nullable: true })
  from_status!: PipelineStatus | null;

  @Column({ type: 'enum', enum: PipelineStatus, enumName: 'pipeline_status' })
  to_status!: PipelineStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}

@Entity('alert_presets')
@Index(['created_at', 'id'])
export class AlertPresetRow extends RecordRow {
  @Column({ type: 'varchar', length: 100, unique: true })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  label!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'jsonb' })
  definition!: Record<string, unknown>;

  @Column({ type: 'integer', default: 0 })
  shipped_version!: number;
}
