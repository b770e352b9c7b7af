import { ProjectStatus, UserRole } from '@slipway/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { RecordRow, SoftDeletedRow } from './base.entity';

@Entity('users')
@Index(['created_at', 'id'])
// One user per email address whatever its case: a unique index on lower(email) where set. TypeORM
// cannot declare an expression index, so the migration (UsersWithoutTelegram) keeps it.
@Index('UQ_users_email_lower', { synchronize: false })
export class UserRow extends RecordRow {
  /** Unique where set; people who sign in by key or OIDC may have none. */
  @Column({ type: 'bigint', unique: true, nullable: true })
  telegram_id!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  username!: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  @Column({ type: 'enum', enum: UserRole, enumName: 'user_role', default: UserRole.member })
  role!: UserRole;

  @Column({ type: 'boolean', default: true })
  is_active!: boolean;
}

@Entity('projects')
@Index(['created_at', 'id'])
@Index(['updated_at'])
export class ProjectRow extends SoftDeletedRow {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'enum', enum: ProjectStatus, enumName: 'project_status', default: ProjectStatus.created })
  status!: ProjectStatus;

  @Index()
  @Column({ type: 'uuid' })
  owner_id!: string;

  @ManyToOne(() => UserRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserRow;

  @Column({ type: 'text', array: true })
  modules!: string[];

  @Column({ type: 'varchar', length: 2000, nullable: true })
  repo_url!: string | null;

  @Column({ type: 'jsonb', default: {} })
  config!: Record<string, unknown>;
}

@Entity('api_keys')
@Index(['created_at', 'id'])
export class ApiKeyRow extends RecordRow {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Index()
  @Column({ type: 'uuid' })
  owner_id!: string;

  @ManyToOne(() => UserRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserRow;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  scopes!: string[];

  @Column({ type: 'varchar', length: 32, unique: true })
  key_prefix!: string;

  @Column({ type: 'char', length: 64 })
  key_hash!: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  expires_at!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  last_used_at!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revoked_at!: Date | null;
}
