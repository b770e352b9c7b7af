import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { RUN_PHASE_ORDER, UsageSource, type RunPhase } from '../entities/enums';
import { NotificationEvent } from './enums';
import { MAX_EVENT_KEY_LENGTH } from './records/notifications.dto';

/**
 * Stream `cost.usage`: one priced model call, for the cost service (dedupe on provider_response_id):
 * a run phase's agent (`source: run`, with run_id and phase) or the planner (`source: planner`,
 * with the endpoint).
 */
export class UsageRecorded {
  @ApiProperty() @IsString() @MaxLength(300) provider_response_id!: string;
  @ApiPropertyOptional({ enum: Object.values(UsageSource), default: 'run' })
  @IsOptional()
  @IsIn(Object.values(UsageSource))
  source?: UsageSource;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Calls of a run: required unless the source is planner.',
  })
  @ValidateIf((usage: UsageRecorded) => usage.source !== 'planner' || usage.run_id !== undefined)
  @IsUUID('all')
  run_id?: string;
  @ApiPropertyOptional({ description: 'Planner calls: generate, refine, decompose or chat.' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  endpoint?: string;
  @ApiProperty() @IsString() @MaxLength(200) owner_id!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') project_id?: string;
  @ApiPropertyOptional({
    enum: RUN_PHASE_ORDER,
    description: 'Calls of a run: required unless the source is planner.',
  })
  @ValidateIf((usage: UsageRecorded) => usage.source !== 'planner' || usage.phase !== undefined)
  @IsIn(RUN_PHASE_ORDER)
  phase?: RunPhase;
  @ApiProperty() @IsString() @MaxLength(100) agent_id!: string;
  @ApiProperty() @IsString() @MaxLength(100) provider!: string;
  @ApiProperty() @IsString() @MaxLength(200) model!: string;
  @ApiProperty() @IsInt() @Min(0) input_tokens!: number;
  @ApiProperty() @IsInt() @Min(0) output_tokens!: number;
  @ApiProperty() @IsInt() @Min(0) cached_input_tokens!: number;
  @ApiProperty() @IsInt() @Min(0) reasoning_tokens!: number;
  @ApiProperty({ description: 'Exact decimal USD.' }) @Matches(/^\d+(\.\d+)?$/) cost_usd!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) @IsObject() price_snapshot!: Record<
    string,
    unknown
  >;
  @ApiProperty({ format: 'date-time' }) @IsString() occurred_at!: string;
}

/**
 * Stream `notifications.outbox`: one notification for one channel, from a rule (`rule_id`) or sent
 * directly (an alert's own channels). The cost-worker claims the delivery of (channel_id,
 * event_key) before sending, so a redelivered or repeated message sends once.
 */
export class NotificationRequested {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') org_id!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') channel_id!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The rule that chose the channel; none when direct.' })
  @IsOptional()
  @IsUUID('all')
  rule_id?: string;
  @ApiProperty({ enum: Object.values(NotificationEvent) })
  @IsIn(Object.values(NotificationEvent))
  event!: NotificationEvent;
  @ApiProperty({
    description: 'What is notified, the same for every channel: alert:<id>:<window>:<threshold>:…',
  })
  @IsString()
  @MaxLength(MAX_EVENT_KEY_LENGTH)
  event_key!: string;
  @ApiProperty({ description: 'One line: the email subject, the first line elsewhere.' })
  @IsString()
  @MaxLength(300)
  title!: string;
  @ApiProperty({ description: 'Plain text, lines separated by \\n.' })
  @IsString()
  @MaxLength(20_000)
  text!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The event’s figures, for webhooks.',
  })
  @IsObject()
  data!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true }) occurred_at!: string;
}

/** The streams of the cost domain (its cost-worker consumes them) and what each carries. */
export const COST_STREAMS = {
  'cost.usage': UsageRecorded,
  'notifications.outbox': NotificationRequested,
} as const;
