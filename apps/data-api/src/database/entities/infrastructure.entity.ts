import { DeploymentStatus, IncidentStatus, Protocol, ServerStatus, Severity } from '@slipway/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ProjectRow } from './access.entity';
import { RecordRow } from './base.entity';

@Entity('servers')
@Index(['created_at', 'id'])
export class ServerRow extends RecordRow {
  @Column({ type: 'varchar', length: 100, unique: true })
  name!: string;

  @Column({ type: 'varchar', length: 255 })
  host!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  provider!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  region!: string | null;

  @Column({ type: 'enum', enum: ServerStatus, enumName: 'server_status', default: ServerStatus.active })
  status!: ServerStatus;

  @Column({ type: 'integer', nullable: true })
  cpu_cores!: number | null;

  @Column({ type: 'integer', nullable: true })
  ram_mb!: number | null;

  @Column({ type: 'integer', nullable: true })
  disk_gb!: number | null;

  @Column({ type: 'jsonb', default: {} })
  labels!: Record<string, unknown>;
}

@Entity('port_allocations')
@Index(['created_at', 'id'])
@Unique('port_allocations_server_port_protocol', ['server_id', 'port', 'protocol'])
export class AllocationRow extends RecordRow {
  @Column({ type: 'uuid' })
  server_id!: string;

  @ManyToOne(() => ServerRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'server_id' })
  server?: ServerRow;

  @Column({ type: 'integer' })
  port!: number;

  @Column({ type: 'enum', enum: Protocol, enumName: 'protocol', default: Protocol.tcp })
  protocol!: Protocol;

  @Column({ type: 'varchar', length: 200 })
  service_name!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  project_id!: string | null;

  @ManyToOne(() => ProjectRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectRow;
}

@Entity('incidents')
@Index(['created_at', 'id'])
export class IncidentRow extends RecordRow {
  @Index()
  @Column({ type: 'uuid' })
  server_id!: string;

  @ManyToOne(() => ServerRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'server_id' })
  server?: ServerRow;

  @Column({ type: 'varchar', length: 100 })
  type!: string;

  @Column({ type: 'enum', enum: Severity, enumName: 'severity', default: Severity.medium })
  severity!: Severity;

  @Column({ type: 'enum', enum: IncidentStatus, enumName: 'incident_status', default: IncidentStatus.open })
  status!: IncidentStatus;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  detected_at!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resolved_at!: Date | null;
}

@Entity('service_deployments')
@Index(['created_at', 'id'])
export class ServiceDeploymentRow extends RecordRow {
  @Index()
  @Column({ type: 'uuid' })
  project_id!: string;

  @ManyToOne(() => ProjectRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectRow;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  server_id!: string | null;

  @ManyToOne(() => ServerRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'server_id' })
  server?: ServerRow;

  @Column({ type: 'varchar', length: 200 })
  service_name!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  image!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  app_version!: string | null;

  @Column({
    type: 'enum',
    enum: DeploymentStatus,
    enumName: 'deployment_status',
    default: DeploymentStatus.pending,
  })
  status!: DeploymentStatus;

  @Column({ type: 'integer', nullable: true })
  port!: number | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deployed_at!: Date | null;
}
