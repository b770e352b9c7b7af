import {
  ChatRole,
  PATCH_SET_ENDPOINTS,
  PATCH_SET_STATUSES,
  PatchSetApplicationKind,
  type PatchSetEndpoint,
  type PatchSetStatus,
} from '@slipway/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';
import { ProjectRow } from './access.entity';
import { RecordRow, SoftDeletedRow } from './base.entity';
import { TaskRow } from './work.entity';

/** One task waiting for another of the same project. */
@Entity('task_dependencies')
@Index(['created_at', 'id'])
@Unique('task_dependencies_task_depends_on', ['task_id', 'depends_on_id'])
@Check('task_dependencies_not_itself', '"task_id" <> "depends_on_id"')
export class TaskDependencyRow extends RecordRow {
  @Index()
  @Column({ type: 'uuid' })
  project_id!: string;

  @ManyToOne(() => ProjectRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectRow;

  @Column({ type: 'uuid' })
  task_id!: string;

  @ManyToOne(() => TaskRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: TaskRow;

  @Index()
  @Column({ type: 'uuid' })
  depends_on_id!: string;

  @ManyToOne(() => TaskRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'depends_on_id' })
  depends_on?: TaskRow;
}

/** A conversation with the planner; `owner_id` is the user's id as the gateway forwards it. */
@Entity('chat_sessions')
@Index(['created_at', 'id'])
export class ChatSessionRow extends SoftDeletedRow {
  @Index()
  @Column({ type: 'varchar', length: 200 })
  owner_id!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  project_id!: string | null;

  @ManyToOne(() => ProjectRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectRow;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  /** How many turns the summary folds in. */
  @Column({ type: 'integer', default: 0 })
  summary_turn!: number;

  @Column({ type: 'integer', default: 0 })
  turn_count!: number;
}

@Entity('chat_messages')
@Index(['created_at', 'id'])
@Index(['session_id', 'turn'])
export class ChatMessageRow extends RecordRow {
  @Column({ type: 'uuid' })
  session_id!: string;

  @ManyToOne(() => ChatSessionRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: ChatSessionRow;

  @Column({ type: 'varchar', length: 200 })
  owner_id!: string;

  @Column({ type: 'integer' })
  turn!: number;

  @Column({ type: 'enum', enum: ChatRole, enumName: 'chat_role' })
  role!: ChatRole;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'jsonb', default: [] })
  tool_calls!: Record<string, unknown>[];

  @Column({ type: 'jsonb', default: [] })
  patch_set_ids!: string[];

  @Column({ type: 'jsonb', nullable: true })
  usage!: Record<string, unknown> | null;
}

/** A PatchSet of the planner: its operations as proposed, and what checking and applying them found. */
@Entity('patch_sets')
@Index(['created_at', 'id'])
export class PatchSetRow extends RecordRow {
  @Index()
  @Column({ type: 'varchar', length: 200 })
  owner_id!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  project_id!: string | null;

  @ManyToOne(() => ProjectRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectRow;

  @Column({ type: 'enum', enum: PATCH_SET_STATUSES, enumName: 'patch_set_status', default: 'proposed' })
  status!: PatchSetStatus;

  @Column({ type: 'enum', enum: PATCH_SET_ENDPOINTS, enumName: 'patch_set_endpoint' })
  endpoint!: PatchSetEndpoint;

  @Column({ type: 'integer', default: 1 })
  format_version!: number;

  @Column({ type: 'jsonb', nullable: true })
  base!: Record<string, unknown> | null;

  @Column({ type: 'jsonb' })
  source!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  ops!: Record<string, unknown>[];

  @Column({ type: 'text', nullable: true })
  rationale!: string | null;

  @Column({ type: 'jsonb', default: [] })
  warnings!: Record<string, unknown>[];

  @Column({ type: 'jsonb', nullable: true })
  validation!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  result!: Record<string, unknown> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  chat_session_id!: string | null;

  @ManyToOne(() => ChatSessionRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chat_session_id' })
  chat_session?: ChatSessionRow;

  @Column({ type: 'uuid', nullable: true })
  chat_message_id!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  applied_at!: Date | null;
}

/** The audit of one apply or undo of a PatchSet: what went to POST /api/batch and what undoes it. */
@Entity('patch_set_applications')
@Index(['created_at', 'id'])
export class PatchSetApplicationRow extends RecordRow {
  @Index()
  @Column({ type: 'uuid' })
  patch_set_id!: string;

  @ManyToOne(() => PatchSetRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patch_set_id' })
  patch_set?: PatchSetRow;

  @Column({ type: 'varchar', length: 200 })
  owner_id!: string;

  @Column({ type: 'enum', enum: PatchSetApplicationKind, enumName: 'patch_set_application_kind' })
  kind!: PatchSetApplicationKind;

  @Column({ type: 'jsonb' })
  operations!: Record<string, unknown>[];

  @Column({ type: 'jsonb', default: [] })
  inverse_ops!: Record<string, unknown>[];

  @Column({ type: 'jsonb', default: {} })
  refs!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 200, nullable: true })
  request_id!: string | null;
}

/**
 * The answer of a `POST /api/batch` sent with an Idempotency-Key, written in the batch's own
 * transaction: a repeat of the key (by the same caller) answers it instead of writing again, even
 * after the caller lost the first answer. Kept 24 hours.
 */
@Entity('batch_receipts')
export class BatchReceiptRow {
  /** The caller's subject and their key. */
  @PrimaryColumn({ type: 'varchar', length: 500 })
  key!: string;

  @Column({ type: 'char', length: 64 })
  request_hash!: string;

  @Column({ type: 'jsonb', nullable: true })
  response!: Record<string, unknown> | null;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  created_at!: Date;
}
