import { ApiProperty } from '@nestjs/swagger';
import { Enum, Int, Text, Uuid } from '../common/fields';
import { ListQueryDto, QueryText } from '../common/query';
import { OrgMemberRole, OrgStatus } from './enums';
import { COUNTRY_PATTERN, Currency, Instant, Pattern, SLUG_PATTERN, TimeZone } from './records/fields';
import { PLAN_NAME_PATTERN } from './records/organizations.dto';

/** What an organization's plan allows, after its own overrides. */
export class PlanLimitsDto {
  @ApiProperty({ type: 'integer' }) daily_pipelines!: number;
  @ApiProperty({ type: 'integer' }) monthly_pipelines!: number;
  @ApiProperty({ type: 'integer' }) concurrent_pipelines!: number;
  @ApiProperty({ type: 'integer' }) providers!: number;
  @ApiProperty({ type: 'integer' }) seats!: number;
}

export class OrgLocaleDto {
  @ApiProperty({ example: 'EUR', description: 'ISO 4217' }) currency!: string;
  @ApiProperty({ example: 'Europe/Paris', description: 'IANA timezone: quota days and months follow it' })
  timezone!: string;
  @ApiProperty({ example: 'FR', description: 'ISO 3166-1 alpha-2' }) country!: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 12 }) fiscal_year_start!: number;
}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: OrgLocaleDto }) locale!: OrgLocaleDto;
  @ApiProperty() plan!: string;
  @ApiProperty({ type: String, nullable: true }) pending_plan!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) pending_plan_from!: string | null;
  @ApiProperty({ type: PlanLimitsDto, description: 'The limits in force now (plan and overrides).' })
  limits!: PlanLimitsDto;
  @ApiProperty({ enum: Object.values(OrgStatus) }) status!: OrgStatus;
  @ApiProperty({ type: [String] }) hierarchy_levels!: string[];
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

export class OnboardOrganizationDto {
  @Pattern(SLUG_PATTERN, 63, true, 'Lowercase letters, digits, - and _, 3 to 63 characters.') slug!: string;
  @Text(true, 200) name!: string;
  @Currency(true) currency!: string;
  @TimeZone(true) timezone!: string;
  @Pattern(COUNTRY_PATTERN, 2, true, 'ISO 3166-1 alpha-2 code, e.g. FR.') country!: string;
  @Int(false, 1, 12, 'Month the fiscal year starts; 1 when left out.') fiscal_year_start?: number;
  @Pattern(PLAN_NAME_PATTERN, 50, false, 'A plan of GET /api/v1/plans; `starter` when left out.')
  plan?: string;
}

/** A key as created: the secret is in this answer and nowhere else, ever. */
export class CreatedOrgApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Send as X-API-Key. Shown once: only its hash is kept.' }) key!: string;
  @ApiProperty({ description: 'The first characters of the key, to tell it in lists.' }) prefix!: string;
  @ApiProperty({ enum: Object.values(OrgMemberRole) }) role!: OrgMemberRole;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expires_at!: string | null;
}

export class OnboardedOrganizationDto {
  @ApiProperty({ type: OrganizationDto }) organization!: OrganizationDto;
  @ApiProperty({ type: CreatedOrgApiKeyDto, description: 'The organization’s first key (owner).' })
  api_key!: CreatedOrgApiKeyDto;
}

export class UpdateLocaleDto {
  @Currency(false) currency?: string;
  @TimeZone(false) timezone?: string;
  @Pattern(COUNTRY_PATTERN, 2, false, 'ISO 3166-1 alpha-2 code.') country?: string;
  @Int(false, 1, 12) fiscal_year_start?: number;
}

export class ChangeSubscriptionDto {
  @Pattern(PLAN_NAME_PATTERN, 50, true, 'The plan to move to.') plan!: string;
  @Instant(false, 'When the new plan takes over; now when left out or past.') effective_date?: string;
}

export class SubscriptionDto {
  @ApiProperty() plan!: string;
  @ApiProperty({ type: PlanLimitsDto }) limits!: PlanLimitsDto;
  @ApiProperty({ type: String, nullable: true }) pending_plan!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) pending_plan_from!: string | null;
}

export class AddMemberDto {
  @Uuid(true, 'A registry user (GET /api/users).') user_id!: string;
  @Enum(OrgMemberRole, true) role!: OrgMemberRole;
}

export class ChangeMemberDto {
  @Enum(OrgMemberRole, true) role!: OrgMemberRole;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) user_id!: string;
  @ApiProperty({ enum: Object.values(OrgMemberRole) }) role!: OrgMemberRole;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

export class CreateOrgApiKeyDto {
  @Text(true, 100) name!: string;
  @Enum(OrgMemberRole, false, 'What the key may do; admin when left out, never above the caller’s role.')
  role?: OrgMemberRole;
  @Instant(false, 'When the key stops working; never when left out.') expires_at?: string;
}

export class OrgApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() prefix!: string;
  @ApiProperty({ enum: Object.values(OrgMemberRole) }) role!: OrgMemberRole;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expires_at!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revoked_at!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

export class OrgApiKeyListQueryDto extends ListQueryDto {
  @QueryText('Keys whose prefix is this (e.g. `slwo_AbC`).') prefix?: string;
}

/** What a repair found and set: each counter before and after. */
export class QuotaRepairDto {
  @ApiProperty() org!: string;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      properties: {
        counter: { type: 'string' },
        before: { type: 'integer', nullable: true },
        after: { type: 'integer' },
      },
    },
  })
  changes!: { counter: string; before: number | null; after: number }[];
  @ApiProperty({ type: 'integer', description: 'Leases of pipelines no longer running, released.' })
  released!: number;
}

export class PlanDto extends PlanLimitsDto {
  @ApiProperty() name!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ example: '49', description: 'Exact decimal, per month.' }) price_monthly!: string;
  @ApiProperty() currency!: string;
}
