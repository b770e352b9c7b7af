import { PhaseStatus, RunMode, RunPhase, RunStatus, UsageSource } from '@slipway/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ProjectRow } from './access.entity';
import { TaskRow } from './work.entity';
import { RecordRow } from './base.entity';

/** A run's calls name their run and phase; only the planner's may go without. */
const LLM_USAGE_RUN_CALLS = 'llm_usage_run_calls';

/** A delivery run; `owner_id` is the orchestrator's user id (from the gateway), not a registry user. */
@Entity('runs')
@Index(['created_at', 'id'])
@Index(['updated_at'])
export class RunRow extends RecordRow {
  @Column({ type: 'varchar', length: 100 })
  profile!: string;

  @Column({ type: 'text', nullable: true })
  intake!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  project_name!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  project_id!: string | null;

  @ManyToOne(() => ProjectRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectRow;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  owner_id!: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  owner_email!: string | null;

  @Index()
  @Column({ type: 'enum', enum: RunStatus, enumName: 'run_status', default: RunStatus.created })
  status!: RunStatus;

  @Column({ type: 'enum', enum: RunPhase, enumName: 'run_phase', default: RunPhase.planning })
  current_phase!: RunPhase;

  @Column({ type: 'enum', enum: RunMode, enumName: 'run_mode', default: RunMode.manual })
  mode!: RunMode;

  @Column({ type: 'numeric', precision: 20, scale: 10, nullable: true })
  budget_usd!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parent_run_id!: string | null;

  @ManyToOne(() => RunRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_run_id' })
  parent?: RunRow;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  root_run_id!: string | null;

  /** The caller's own key-value data; nothing the orchestrator decides by. */
  @Column({ type: 'jsonb', default: {} })
  metadata!: Record<string, unknown>;

  /** The engineering task the run delivers; the orchestrator reports the run's end on it. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  task_id!: string | null;

  @ManyToOne(() => TaskRow, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'task_id' })
  task?: TaskRow;

  /** Why the run waits in awaiting_approval ({reason, phase, detail}); null otherwise. */
  @Column({ type: 'jsonb', nullable: true })
  approval!: Record<string, unknown> | null;

  /** The phase a person let pass its governance checks, kept across a re-dispatch. */
  @Column({ type: 'enum', enum: RunPhase, enumName: 'run_phase', nullable: true })
  skip_validation_phase!: RunPhase | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  started_at!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completed_at!: Date | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** The sequence number of the run's last event; events take theirs by incrementing it. */
  @Column({ type: 'integer', default: 0 })
  last_event_seq!: number;
}

@Entity('run_phases')
@Index(['created_at', 'id'])
@Index(['status', 'lease_until'])
@Unique('run_phases_run_phase', ['run_id', 'phase'])
export class RunPhaseRow extends RecordRow {
  @Column({ type: 'uuid' })
  run_id!: string;

  @ManyToOne(() => RunRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: RunRow;

  @Column({ type: 'enum', enum: RunPhase, enumName: 'run_phase' })
  phase!: RunPhase;

  @Column({ type: 'enum', enum: PhaseStatus, enumName: 'phase_status', default: PhaseStatus.pending })
  status!: PhaseStatus;

  @Column({ type: 'integer', default: 0 })
  attempt!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  lease_owner!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lease_until!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  started_at!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completed_at!: Date | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  agent_ids!: string[];

  @Column({ type: 'jsonb', nullable: true })
  governance!: Record<string, unknown> | null;
}

@Entity('run_events')
@Index(['created_at', 'id'])
@Unique('run_events_run_seq', ['run_id', 'seq'])
export class RunEventRow extends RecordRow {
  @Column({ type: 'uuid' })
  run_id!: string;

  @ManyToOne(() => RunRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: RunRow;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 100 })
  type!: string;

  @Column({ type: 'enum', enum: RunPhase, enumName: 'run_phase', nullable: true })
  phase!: RunPhase | null;

  @Column({ type: 'jsonb', default: {} })
  payload!: Record<string, unknown>;
}

@Entity('artifacts')
@Index(['created_at', 'id'])
@Unique('artifacts_run_phase_name', ['run_id', 'phase', 'name'])
export class ArtifactRow extends RecordRow {
  @Column({ type: 'uuid' })
  run_id!: string;

  @ManyToOne(() => RunRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: RunRow;

  @Column({ type: 'enum', enum: RunPhase, enumName: 'run_phase' })
  phase!: RunPhase;

  @Column({ type: 'varchar', length: 500 })
  name!: string;

  @Column({ type: 'varchar', length: 1000 })
  path!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'integer' })
  size_bytes!: number;

  @Column({ type: 'varchar', length: 50 })
  artifact_type!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  agent_id!: string | null;
}

/** The ledger of model calls: a run's (with its run and phase) or the planner's (with neither). */
@Entity('llm_usage')
@Index(['created_at', 'id'])
@Index(['run_id', 'phase'])
@Check(LLM_USAGE_RUN_CALLS, `"source" <> 'run' OR ("run_id" IS NOT NULL AND "phase" IS NOT NULL)`)
export class LlmUsageRow extends RecordRow {
  @Column({ type: 'enum', enum: UsageSource, enumName: 'usage_source', default: UsageSource.run })
  source!: UsageSource;

  @Column({ type: 'uuid', nullable: true })
  run_id!: string | null;

  @ManyToOne(() => RunRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: RunRow;

  @Column({ type: 'enum', enum: RunPhase, enumName: 'run_phase', nullable: true })
  phase!: RunPhase | null;

  /** The user the call was made for (a run's owner, or the planner's caller). */
  @Index()
  @Column({ type: 'varchar', length: 200 })
  owner_id!: string;

  /** The planner endpoint that made the call. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  endpoint!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  patch_set_id!: string | null;

  @Column({ type: 'uuid', nullable: true })
  chat_session_id!: string | null;

  @Column({ type: 'varchar', length: 100 })
  agent_id!: string;

  @Column({ type: 'varchar', length: 100 })
  provider!: string;

  @Column({ type: 'varchar', length: 200 })
  model!: string;

  @Column({ type: 'varchar', length: 300, unique: true })
  provider_response_id!: string;

  @Column({ type: 'integer' })
  input_tokens!: number;

  @Column({ type: 'integer' })
  output_tokens!: number;

  @Column({ type: 'integer', default: 0 })
  cached_input_tokens!: number;

  @Column({ type: 'integer', default: 0 })
  reasoning_tokens!: number;

  @Column({ type: 'numeric', precision: 27, scale: 15 })
  cost_usd!: string;

  @Column({ type: 'jsonb' })
  price_snapshot!: Record<string, unknown>;

  @Column({ type: 'boolean', default: false })
  estimated!: boolean;
}
