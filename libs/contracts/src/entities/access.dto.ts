import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { RecordDto } from '../common/base.dto';
import { StringList, Text, Timestamp, Uuid } from '../common/fields';
import { ListQueryDto, QueryBool, QuerySort, QueryUuid } from '../common/query';
import { UserRole } from './enums';

export class CreateApiKeyDto {
  @Text(true, 200) name!: string;
  @Uuid(false, 'Owner; defaults to the caller. Only admins may name another user.') owner_id?: string;
  @StringList(false, 50, 100, 'Scopes granted, e.g. runs:write.') scopes?: string[];
  @Timestamp(false, 'When the key stops working; never when absent.') expires_at?: string;
}
export class UpdateApiKeyDto extends PartialType(OmitType(CreateApiKeyDto, ['owner_id'] as const)) {
  @Timestamp(false, 'Set to revoke the key; revocation cannot be undone by clearing it.') revoked_at?: string;
}
export class ApiKeyDto extends RecordDto {
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) owner_id!: string;
  @ApiProperty({ type: [String] }) scopes!: string[];
  @ApiProperty({ description: 'Public part of the key, shown to tell keys apart.' }) key_prefix!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expires_at!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) last_used_at!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revoked_at!: string | null;
}
export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ example: 'slw_a1b2c3d4_…', description: 'The key itself: shown once, never again.' })
  key!: string;
}
export const API_KEY_SORT = ['created_at', 'updated_at', 'name'] as const;
export class ApiKeyListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by owner.') owner_id?: string;
  @QueryBool('true: only revoked keys; false: only keys not revoked.') revoked?: boolean;
  @QuerySort(API_KEY_SORT) sort?: string;
}

export class VerifyApiKeyDto {
  @ApiProperty({ example: 'slw_a1b2c3d4_…' })
  @IsString()
  @MaxLength(200)
  @Matches(/^slw_[A-Za-z0-9]+_[A-Za-z0-9]+$/, { message: 'key must look like slw_<prefix>_<secret>' })
  key!: string;
}
export class VerifiedApiKeyDto {
  @ApiProperty({ format: 'uuid' }) key_id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) owner_id!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The owner’s Telegram id, if any.' })
  telegram_id!: number | null;
  @ApiProperty({ type: String, format: 'email', nullable: true, description: 'The owner’s email, if any.' })
  email!: string | null;
  @ApiProperty({ enum: Object.values(UserRole) }) role!: UserRole;
  @ApiProperty({ type: [String] }) scopes!: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expires_at!: string | null;
}
