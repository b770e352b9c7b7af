import { Column, Entity, Index, Unique } from 'typeorm';
import { RecordRow } from './base.entity';

@Entity('agent_configs')
@Index(['created_at', 'id'])
export class AgentConfigRow extends RecordRow {
  @Column({ type: 'varchar', length: 100, unique: true })
  name!: string;

  @Column({ type: 'varchar', length: 100 })
  provider!: string;

  @Column({ type: 'varchar', length: 200 })
  model!: string;

  @Column({ type: 'text', nullable: true })
  system_prompt!: string | null;

  @Column({ type: 'numeric', precision: 3, scale: 2, nullable: true })
  temperature!: string | null;

  @Column({ type: 'integer', nullable: true })
  max_tokens!: number | null;

  @Column({ type: 'jsonb', default: [] })
  tools!: Record<string, unknown>[];

  @Column({ type: 'boolean', default: true })
  is_active!: boolean;
}

@Entity('cli_agent_configs')
@Index(['created_at', 'id'])
export class CliAgentConfigRow extends RecordRow {
  @Column({ type: 'varchar', length: 100, unique: true })
  name!: string;

  @Column({ type: 'varchar', length: 500 })
  command!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  args!: string[];

  @Column({ type: 'jsonb', default: {} })
  env!: Record<string, string>;

  @Column({ type: 'integer', default: 600 })
  timeout_seconds!: number;

  @Column({ type: 'boolean', default: true })
  is_active!: boolean;
}

@Entity('available_models')
@Index(['created_at', 'id'])
@Unique('available_models_provider_model_name', ['provider', 'model_name'])
export class AvailableModelRow extends RecordRow {
  @Column({ type: 'varchar', length: 100 })
  provider!: string;

  @Column({ type: 'varchar', length: 200 })
  model_name!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  display_name!: string | null;

  @Column({ type: 'integer', nullable: true })
  context_window!: number | null;

  @Column({ type: 'numeric', precision: 20, scale: 10 })
  input_price_per_1k!: string;

  @Column({ type: 'numeric', precision: 20, scale: 10 })
  output_price_per_1k!: string;

  @Column({ type: 'numeric', precision: 20, scale: 10, nullable: true })
  cached_input_price_per_1k!: string | null;

  @Column({ type: 'boolean', default: true })
  is_active!: boolean;
}
