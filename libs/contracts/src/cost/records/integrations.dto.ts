import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsUrl, MaxLength, ValidateIf } from 'class-validator';
import { RecordDto } from '../../common/base.dto';
import { Enum, JsonObject, Text, Uuid } from '../../common/fields';
import { ListQueryDto, QueryEnum, QuerySort, QueryText, QueryUuid } from '../../common/query';
import { IntegrationStatus } from '../enums';
import { Instant, OptionalText, Pattern } from './fields';

export const INTEGRATION_PROVIDER_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,39}$/;

/** A provider's base URL; null (on update) returns to the provider's default. */
const BaseUrl = () =>
  applyDecorators(
    ApiProperty({ required: false, type: String, format: 'uri', maxLength: 2000, nullable: true }),
    IsOptional(),
    ValidateIf((_, value) => value !== null),
    IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }),
    MaxLength(2000),
  );

// ── organization integrations (a provider's credentials, encrypted by the cost service) ────────

export class CreateOrgIntegrationRecordDto {
  @Uuid(true) org_id!: string;
  @Pattern(INTEGRATION_PROVIDER_PATTERN, 40, true, 'e.g. openai, anthropic.') provider!: string;
  @Text(true, 20_000, 'The encrypted credentials.') ciphertext!: string;
  @Text(true, 64, 'The encryption key that sealed them.') key_id!: string;
  @Text(true, 64, 'A digest identifying the credentials without revealing them.') fingerprint!: string;
  @BaseUrl() base_url?: string | null;
  @JsonObject(false, 'Non-secret settings.') settings?: Record<string, unknown>;
  @Enum(IntegrationStatus, false, 'Defaults to pending.') status?: IntegrationStatus;
  @OptionalText(2000, 'Why the last validation failed.', true) status_reason?: string | null;
  @Instant(false, 'When the credentials were last checked.', true) validated_at?: string | null;
}
export class UpdateOrgIntegrationRecordDto {
  @Text(false, 20_000) ciphertext?: string;
  @Text(false, 64) key_id?: string;
  @Text(false, 64) fingerprint?: string;
  @BaseUrl() base_url?: string | null;
  @JsonObject(false, 'Non-secret settings.') settings?: Record<string, unknown>;
  @Enum(IntegrationStatus, false) status?: IntegrationStatus;
  @OptionalText(2000, 'Why the last validation failed.', true) status_reason?: string | null;
  @Instant(false, 'When the credentials were last checked.', true) validated_at?: string | null;
}
export class OrgIntegrationRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) org_id!: string;
  @ApiProperty() provider!: string;
  @ApiProperty() ciphertext!: string;
  @ApiProperty() key_id!: string;
  @ApiProperty() fingerprint!: string;
  @ApiProperty({ type: String, nullable: true }) base_url!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) settings!: Record<string, unknown>;
  @ApiProperty({ enum: Object.values(IntegrationStatus) }) status!: IntegrationStatus;
  @ApiProperty({ type: String, nullable: true }) status_reason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) validated_at!: string | null;
}
export const ORG_INTEGRATION_RECORD_SORT = ['created_at', 'updated_at', 'provider'] as const;
export class OrgIntegrationRecordListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by organization.') org_id?: string;
  @QueryText('Exact provider.') provider?: string;
  @QueryEnum(IntegrationStatus, 'Filter by status.') status?: IntegrationStatus[];
  @QuerySort(ORG_INTEGRATION_RECORD_SORT) sort?: string;
}
