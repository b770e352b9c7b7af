import { ApiProperty } from '@nestjs/swagger';
import { ListQueryDto, QueryText } from '../common/query';

/** One change of an organization's records: who, what, from what to what, under which request. */
export class AuditLogEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['user', 'api_key', 'root', 'service'] }) actor_type!: string;
  @ApiProperty({ description: 'The user’s or key’s id; `root` or `service` for those.' }) actor_id!: string;
  @ApiProperty({ example: 'api_key.create' }) action!: string;
  @ApiProperty({ example: 'api_key' }) target_type!: string;
  @ApiProperty({ type: String, nullable: true }) target_id!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  before!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  after!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) request_id!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

export class AuditLogQueryDto extends ListQueryDto {
  @QueryText('Only this action, e.g. `api_key.revoke`.') action?: string;
  @QueryText('Only changes of this kind of record.') target_type?: string;
  @QueryText('Only changes of this record.') target_id?: string;
}
