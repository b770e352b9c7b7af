import {
  CostAlertKind,
  CostAlertState,
  DeliveryStatus,
  NotificationChannelKind,
  NotificationEvent,
} from '@slipway/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { RecordRow, SoftDeletedRow } from './base.entity';
import { OrganizationRow } from './cost.entity';

/** The cost service's notification channels, rules and deliveries, and its cost alerts with their history. */

@Entity('notification_channels')
@Index(['created_at', 'id'])
@Index(['org_id'])
@Index('notification_channels_org_name', ['org_id', 'name'], { unique: true, where: '"deleted_at" IS NULL' })
@Check('notification_channels_sealed_secret', '("secret_ciphertext" IS NULL) = ("secret_key_id" IS NULL)')
export class NotificationChannelRow extends SoftDeletedRow {
  @Column({ type: 'uuid' })
  org_id!: string;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: NotificationChannelKind, enumName: 'notification_channel_kind' })
  kind!: NotificationChannelKind;

  /** Non-secret settings only; the secret is in `secret_ciphertext`. */
  @Column({ type: 'jsonb', default: {} })
  config!: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  secret_ciphertext!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  secret_key_id!: string | null;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;
}

@Entity('notification_rules')
@Index(['created_at', 'id'])
@Index(['org_id', 'event'])
@Index('notification_rules_org_name', ['org_id', 'name'], { unique: true, where: '"deleted_at" IS NULL' })
export class NotificationRuleRow extends SoftDeletedRow {
  @Column({ type: 'uuid' })
  org_id!: string;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: NotificationEvent, enumName: 'notification_event' })
  event!: NotificationEvent;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  channel_ids!: string[];

  @Column({ type: 'jsonb', default: {} })
  filters!: Record<string, unknown>;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;
}

export const NOTIFICATION_DELIVERY_KEY = 'notification_deliveries_channel_event_key';

@Entity('notification_deliveries')
@Index(['created_at', 'id'])
@Index(['org_id', 'created_at'])
@Index(['status', 'updated_at'])
@Index(['rule_id'])
@Unique(NOTIFICATION_DELIVERY_KEY, ['channel_id', 'event_key'])
export class NotificationDeliveryRow extends RecordRow {
  @Column({ type: 'uuid' })
  org_id!: string;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Column({ type: 'uuid', nullable: true })
  rule_id!: string | null;

  @ManyToOne(() => NotificationRuleRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rule_id' })
  rule?: NotificationRuleRow;

  @Column({ type: 'uuid' })
  channel_id!: string;

  @ManyToOne(() => NotificationChannelRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'channel_id' })
  channel?: NotificationChannelRow;

  @Column({ type: 'varchar', length: 300 })
  event_key!: string;

  @Column({
    type: 'enum',
    enum: DeliveryStatus,
    enumName: 'delivery_status',
    default: DeliveryStatus.pending,
  })
  status!: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  last_error!: string | null;

  @Column({ type: 'jsonb', default: {} })
  payload!: Record<string, unknown>;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  sent_at!: Date | null;
}

@Entity('cost_alerts')
@Index(['created_at', 'id'])
@Index(['org_id', 'state'])
@Index('cost_alerts_org_name', ['org_id', 'name'], { unique: true, where: '"deleted_at" IS NULL' })
export class CostAlertRow extends SoftDeletedRow {
  @Column({ type: 'uuid' })
  org_id!: string;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: CostAlertKind, enumName: 'cost_alert_kind' })
  kind!: CostAlertKind;

  @Column({ type: 'numeric', precision: 18, scale: 6 })
  threshold!: string;

  @Column({ type: 'jsonb', default: {} })
  params!: Record<string, unknown>;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  channel_ids!: string[];

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ type: 'enum', enum: CostAlertState, enumName: 'cost_alert_state', default: CostAlertState.ok })
  state!: CostAlertState;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  state_changed_at!: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  last_window!: string | null;

  @Column({ type: 'numeric', precision: 18, scale: 6, nullable: true })
  last_threshold!: string | null;
}

@Entity('cost_alert_events')
@Index(['created_at', 'id'])
@Index(['alert_id', 'created_at'])
@Index(['org_id', 'created_at'])
export class CostAlertEventRow extends RecordRow {
  @Column({ type: 'uuid' })
  alert_id!: string;

  @ManyToOne(() => CostAlertRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'alert_id' })
  alert?: CostAlertRow;

  @Column({ type: 'uuid' })
  org_id!: string;

  @ManyToOne(() => OrganizationRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationRow;

  @Column({ type: 'enum', enum: CostAlertState, enumName: 'cost_alert_state' })
  from_state!: CostAlertState;

  @Column({ type: 'enum', enum: CostAlertState, enumName: 'cost_alert_state' })
  to_state!: CostAlertState;

  @Column({ type: 'varchar', length: 100 })
  window!: string;

  @Column({ type: 'numeric', precision: 24, scale: 12 })
  value!: string;

  @Column({ type: 'numeric', precision: 18, scale: 6 })
  threshold!: string;

  @Column({ type: 'jsonb', default: {} })
  detail!: Record<string, unknown>;
}
