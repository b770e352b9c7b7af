import { ApiProperty } from '@nestjs/swagger';
import { RecordDto } from '../../common/base.dto';
import { Enum, Text, Uuid } from '../../common/fields';
import { ListQueryDto, QueryBool, QueryEnum, QuerySort, QueryText, QueryUuid } from '../../common/query';
import { OrgMemberRole } from '../enums';
import { Instant, KEY_HASH_PATTERN, OptionalText, Pattern } from './fields';

// ── organization members ───────────────────────────────────────────────────────────────────────

export class CreateOrgMemberRecordDto {
  @Uuid(true) org_id!: string;
  @Uuid(true, 'The registry user.') user_id!: string;
  @Enum(OrgMemberRole, true) role!: OrgMemberRole;
}
export class UpdateOrgMemberRecordDto {
  @Enum(OrgMemberRole, false) role?: OrgMemberRole;
}
export class OrgMemberRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) org_id!: string;
  @ApiProperty({ format: 'uuid' }) user_id!: string;
  @ApiProperty({ enum: Object.values(OrgMemberRole) }) role!: OrgMemberRole;
}
export const ORG_MEMBER_RECORD_SORT = ['created_at', 'updated_at'] as const;
export class OrgMemberRecordListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by organization.') org_id?: string;
  @QueryUuid('Filter by user.') user_id?: string;
  @QueryEnum(OrgMemberRole, 'Filter by role.') role?: OrgMemberRole[];
  @QuerySort(ORG_MEMBER_RECORD_SORT) sort?: string;
}

// ── organization API keys (only the SHA-256 of a key is stored) ───────────────────────────────

export class CreateOrgApiKeyRecordDto {
  @Uuid(true) org_id!: string;
  @Text(true, 100) name!: string;
  @Text(true, 24, 'The key’s visible beginning, to find it by.') key_prefix!: string;
  @Pattern(KEY_HASH_PATTERN, 64, true, 'Hex SHA-256 of the whole key.') key_hash!: string;
  @Enum(OrgMemberRole, false, 'Defaults to admin.') role?: OrgMemberRole;
  @OptionalText(200, 'Who made the key.') created_by?: string;
  @Instant(false, 'When the key stops working.') expires_at?: string;
}
export class UpdateOrgApiKeyRecordDto {
  @Text(false, 100) name?: string;
  @Enum(OrgMemberRole, false) role?: OrgMemberRole;
  @Instant(false) last_used_at?: string;
  @Instant(false, 'Null: never expires.', true) expires_at?: string | null;
  @Instant(false, 'Set: the key no longer works.', true) revoked_at?: string | null;
}
export class OrgApiKeyRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) org_id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() key_prefix!: string;
  @ApiProperty() key_hash!: string;
  @ApiProperty({ enum: Object.values(OrgMemberRole) }) role!: OrgMemberRole;
  @ApiProperty({ type: String, nullable: true }) created_by!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) last_used_at!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expires_at!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revoked_at!: string | null;
}
export const ORG_API_KEY_RECORD_SORT = ['created_at', 'updated_at', 'name'] as const;
export class OrgApiKeyRecordListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by organization.') org_id?: string;
  @QueryText('Exact key hash.') key_hash?: string;
  @QueryText('Exact key prefix.') key_prefix?: string;
  @QueryBool('Only revoked (true) or only unrevoked (false) keys.') revoked?: boolean;
  @QuerySort(ORG_API_KEY_RECORD_SORT) sort?: string;
}
