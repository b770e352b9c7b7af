import { ExecutionStatus, Priority, RagStatus, TaskStatus, TaskType } from '@slipway/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProjectRow } from './access.entity';
import { RecordRow, SoftDeletedRow, TimestampedRow } from './base.entity';

@Entity('tasks')
@Index(['created_at', 'id'])
@Index(['updated_at'])
export class TaskRow extends SoftDeletedRow {
  @Index()
  @Column({ type: 'uuid' })
  project_id!: string;

  @ManyToOne(() => ProjectRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectRow;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parent_id!: string | null;

  @ManyToOne(() => TaskRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: TaskRow;

  @Column({ type: 'enum', enum: TaskType, enumName: 'task_type' })
  type!: TaskType;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'enum', enum: TaskStatus, enumName: 'task_status', default: TaskStatus.todo })
  status!: TaskStatus;

  @Column({ type: 'enum', enum: Priority, enumName: 'priority', default: Priority.medium })
  priority!: Priority;

  @Column({ type: 'varchar', length: 200, nullable: true })
  assignee!: string | null;

  @Column({ type: 'jsonb', default: {} })
  payload!: Record<string, unknown>;

  @Column({ type: 'jsonb', nullable: true })
  result!: Record<string, unknown> | null;

  @Column({ type: 'integer', default: 0 })
  position!: number;
}

@Entity('rag_indices')
@Index(['created_at', 'id'])
export class RagIndexRow extends RecordRow {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Index()
  @Column({ type: 'uuid' })
  project_id!: string;

  @ManyToOne(() => ProjectRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectRow;

  @Column({ type: 'varchar', length: 200 })
  embedding_model!: string;

  @Column({ type: 'integer' })
  dimension!: number;

  @Column({ type: 'integer', default: 0 })
  document_count!: number;

  @Column({ type: 'enum', enum: RagStatus, enumName: 'rag_status', default: RagStatus.pending })
  status!: RagStatus;

  @Column({ type: 'jsonb', default: {} })
  config!: Record<string, unknown>;
}

@Entity('task_executions')
@Index(['created_at', 'id'])
export class TaskExecutionRow extends TimestampedRow {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  id!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  task_id!: string | null;

  @ManyToOne(() => TaskRow, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'task_id' })
  task?: TaskRow;

  @Column({ type: 'varchar', length: 200 })
  worker_id!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  started_at!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  finished_at!: Date;

  @Column({ type: 'integer' })
  duration_ms!: number;

  @Column({ type: 'integer' })
  exit_code!: number;

  @Column({ type: 'jsonb', nullable: true })
  result_data!: Record<string, unknown> | null;

  @Column({ type: 'enum', enum: ExecutionStatus, enumName: 'execution_status' })
  status!: ExecutionStatus;
}
