import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  ValidateIf,
} from 'class-validator';
import { RecordDto } from '../../common/base.dto';
import { Bool, Enum, Int, Text, Uuid } from '../../common/fields';
import { ListQueryDto, QueryBool, QueryEnum, QuerySort, QueryText, QueryUuid } from '../../common/query';
import { AuditActorType, OrgStatus } from '../enums';
import {
  Amount,
  COUNTRY_PATTERN,
  Currency,
  Instant,
  LimitOverrides,
  MONEY_PATTERN,
  OptionalText,
  Pattern,
  SLUG_PATTERN,
  TimeZone,
} from './fields';

export const PLAN_NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,49}$/;
export const HIERARCHY_LEVEL_PATTERN = /^[a-z][a-z0-9_]{0,49}$/;
export const DEFAULT_HIERARCHY_LEVELS = ['department', 'team', 'project'] as const;

// ── organizations ──────────────────────────────────────────────────────────────────────────────

export class CreateOrganizationRecordDto {
  @Pattern(SLUG_PATTERN, 63, true, 'Lowercase, 3 to 63 characters; names the organization in URLs.')
  slug!: string;
  @Text(true, 200) name!: string;
  @Currency(true) currency!: string;
  @TimeZone(true) timezone!: string;
  @Pattern(COUNTRY_PATTERN, 2, true, 'ISO 3166-1 alpha-2 code, e.g. FR.') country!: string;
  @Int(false, 1, 12, 'Month the fiscal year starts; defaults to 1.') fiscal_year_start?: number;
  @Pattern(PLAN_NAME_PATTERN, 50, true, 'The org_plans name the organization is on.') plan!: string;
  @Pattern(PLAN_NAME_PATTERN, 50, false, 'The plan taking over at pending_plan_from.', true)
  pending_plan?: string | null;
  @Instant(false, 'When pending_plan takes over.', true) pending_plan_from?: string | null;
  @LimitOverrides(false) limit_overrides?: Record<string, number>;
  @ApiProperty({
    required: false,
    type: [String],
    minItems: 1,
    maxItems: 10,
    description: `Names of the hierarchy's levels, top first; defaults to ${DEFAULT_HIERARCHY_LEVELS.join(', ')}.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Matches(HIERARCHY_LEVEL_PATTERN, { each: true })
  hierarchy_levels?: string[];
  @Enum(OrgStatus, false, 'Defaults to active.') status?: OrgStatus;
}
export class UpdateOrganizationRecordDto extends PartialType(CreateOrganizationRecordDto) {}
export class OrganizationRecordDto extends RecordDto {
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty() currency!: string;
  @ApiProperty() timezone!: string;
  @ApiProperty() country!: string;
  @ApiProperty({ type: 'integer' }) fiscal_year_start!: number;
  @ApiProperty() plan!: string;
  @ApiProperty({ type: String, nullable: true }) pending_plan!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) pending_plan_from!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  limit_overrides!: Record<string, number>;
  @ApiProperty({ type: [String] }) hierarchy_levels!: string[];
  @ApiProperty({ enum: Object.values(OrgStatus) }) status!: OrgStatus;
}
export const ORGANIZATION_RECORD_SORT = ['created_at', 'updated_at', 'slug', 'name'] as const;
export class OrganizationRecordListQueryDto extends ListQueryDto {
  @QueryText('Exact slug.') slug?: string;
  @QueryEnum(OrgStatus, 'Filter by status.') status?: OrgStatus[];
  @QueryText('Exact plan.') plan?: string;
  @QuerySort(ORGANIZATION_RECORD_SORT) sort?: string;
}

// ── organization plans (shipped by the cost service's bootstrap) ──────────────────────────────

export class CreateOrgPlanRecordDto {
  @Pattern(PLAN_NAME_PATTERN, 50, true) name!: string;
  @Text(true, 100) label!: string;
  @Int(true, 0, 2_147_483_647) daily_pipelines!: number;
  @Int(true, 0, 2_147_483_647) monthly_pipelines!: number;
  @Int(true, 0, 2_147_483_647) concurrent_pipelines!: number;
  @Int(true, 0, 2_147_483_647, 'Integrations an organization may configure.') providers!: number;
  @Int(true, 0, 2_147_483_647, 'Members an organization may have.') seats!: number;
  @Amount(MONEY_PATTERN, true) price_monthly!: string;
  @Currency(true) currency!: string;
  @Bool(false, 'True for the plans the service ships; defaults to false.') shipped?: boolean;
  @Int(false, 0, 2_147_483_647, 'Version of the shipped definition; defaults to 0.') shipped_version?: number;
}
export class UpdateOrgPlanRecordDto extends PartialType(
  OmitType(CreateOrgPlanRecordDto, ['name'] as const),
) {}
export class OrgPlanRecordDto extends RecordDto {
  @ApiProperty() name!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: 'integer' }) daily_pipelines!: number;
  @ApiProperty({ type: 'integer' }) monthly_pipelines!: number;
  @ApiProperty({ type: 'integer' }) concurrent_pipelines!: number;
  @ApiProperty({ type: 'integer' }) providers!: number;
  @ApiProperty({ type: 'integer' }) seats!: number;
  @ApiProperty({ example: '49' }) price_monthly!: string;
  @ApiProperty() currency!: string;
  @ApiProperty() shipped!: boolean;
  @ApiProperty({ type: 'integer' }) shipped_version!: number;
}
export const ORG_PLAN_RECORD_SORT = ['created_at', 'updated_at', 'name'] as const;
export class OrgPlanRecordListQueryDto extends ListQueryDto {
  @QueryText('Exact name.') name?: string;
  @QueryBool('Only shipped (true) or only custom (false) plans.') shipped?: boolean;
  @QuerySort(ORG_PLAN_RECORD_SORT) sort?: string;
}

// ── organization audit log (append-only) ───────────────────────────────────────────────────────

/** A JSON object or null: the record as it was before, or is after, the audited change. */
const Snapshot = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true, description }),
    IsOptional(),
    ValidateIf((_, value) => value !== null),
    IsObject(),
  );

export class CreateOrgAuditLogRecordDto {
  @Uuid(true) org_id!: string;
  @ApiProperty({ enum: Object.values(AuditActorType) })
  @IsIn(Object.values(AuditActorType))
  actor_type!: AuditActorType;
  @Text(true, 200, 'The user id, key id, `root` or the service’s name.') actor_id!: string;
  @Text(true, 100, 'What was done, e.g. organization.updated.') action!: string;
  @Text(true, 50, 'The kind of record acted on.') target_type!: string;
  @OptionalText(200) target_id?: string;
  @Snapshot('The record before the change.')
  before?: Record<string, unknown> | null;
  @Snapshot('The record after the change.')
  after?: Record<string, unknown> | null;
  @OptionalText(200, 'The request that made the change.') request_id?: string;
}
export class UpdateOrgAuditLogRecordDto {}
export class OrgAuditLogRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) org_id!: string;
  @ApiProperty({ enum: Object.values(AuditActorType) }) actor_type!: AuditActorType;
  @ApiProperty() actor_id!: string;
  @ApiProperty() action!: string;
  @ApiProperty() target_type!: string;
  @ApiProperty({ type: String, nullable: true }) target_id!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) before!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) after!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ type: String, nullable: true }) request_id!: string | null;
}
export const ORG_AUDIT_LOG_RECORD_SORT = ['created_at'] as const;
export class OrgAuditLogRecordListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by organization.') org_id?: string;
  @QueryText('Exact action.') action?: string;
  @QueryText('Exact target type.') target_type?: string;
  @QueryText('Exact target id.') target_id?: string;
  @QuerySort(ORG_AUDIT_LOG_RECORD_SORT) sort?: string;
}
