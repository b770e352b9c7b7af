import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { RecordDto } from '../../common/base.dto';
import { Int, JsonObject, Text, Uuid } from '../../common/fields';
import { ListQueryDto, QueryBool, QueryInt, QuerySort, QueryText, QueryUuid } from '../../common/query';
import { BudgetEnforcement } from '../enums';
import { Amount, MONEY_PATTERN, NullableEnum, Pattern } from './fields';
import { HIERARCHY_LEVEL_PATTERN } from './organizations.dto';

export const HIERARCHY_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
export const MAX_HIERARCHY_DEPTH = 10;

/** A reference that an update may clear with null. */
const NullableUuid = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description }),
    IsOptional(),
    ValidateIf((_, value) => value !== null),
    IsUUID('all'),
  );

// ── hierarchy nodes (departments, teams, projects… of an organization) ────────────────────────

export class CreateHierarchyNodeRecordDto {
  @Uuid(false, 'The node’s id, to create parents and children in one bulk call; generated when left out.')
  id?: string;
  @Uuid(true) org_id!: string;
  @Uuid(false, 'The parent node; left out, the node is a root.') parent_id?: string;
  @Pattern(HIERARCHY_LEVEL_PATTERN, 50, true, 'One of the organization’s hierarchy_levels.') level!: string;
  @Pattern(HIERARCHY_CODE_PATTERN, 100, true, 'Unique in the organization.') code!: string;
  @Text(true, 200) name!: string;
  @Int(true, 0, MAX_HIERARCHY_DEPTH, 'Distance from the root (a root is 0).') depth!: number;
  @Amount(MONEY_PATTERN, false, 'In the organization’s currency.', true) daily_budget?: string | null;
  @Amount(MONEY_PATTERN, false, 'In the organization’s currency.', true) monthly_budget?: string | null;
  @NullableEnum(BudgetEnforcement, 'hard: refuse past the budget; soft: warn.')
  budget_enforcement?: BudgetEnforcement | null;
  @JsonObject(false) metadata?: Record<string, unknown>;
}
export class UpdateHierarchyNodeRecordDto {
  @NullableUuid('The parent node; null makes the node a root.') parent_id?: string | null;
  @Pattern(HIERARCHY_LEVEL_PATTERN, 50, false) level?: string;
  @Pattern(HIERARCHY_CODE_PATTERN, 100, false) code?: string;
  @Text(false, 200) name?: string;
  @Int(false, 0, MAX_HIERARCHY_DEPTH) depth?: number;
  @Amount(MONEY_PATTERN, false, undefined, true) daily_budget?: string | null;
  @Amount(MONEY_PATTERN, false, undefined, true) monthly_budget?: string | null;
  @NullableEnum(BudgetEnforcement) budget_enforcement?: BudgetEnforcement | null;
  @JsonObject(false) metadata?: Record<string, unknown>;
}
export class HierarchyNodeRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) org_id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parent_id!: string | null;
  @ApiProperty() level!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer' }) depth!: number;
  @ApiProperty({ type: String, nullable: true }) daily_budget!: string | null;
  @ApiProperty({ type: String, nullable: true }) monthly_budget!: string | null;
  @ApiProperty({ enum: Object.values(BudgetEnforcement), nullable: true })
  budget_enforcement!: BudgetEnforcement | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) metadata!: Record<string, unknown>;
}
export const HIERARCHY_NODE_RECORD_SORT = ['created_at', 'updated_at', 'depth', 'code'] as const;
export class HierarchyNodeRecordListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by organization.') org_id?: string;
  @QueryUuid('Children of this node.') parent_id?: string;
  @QueryBool('Only roots (true) or only children (false).') root?: boolean;
  @QueryText('Exact level.') level?: string;
  @QueryText('Exact code.') code?: string;
  @QueryInt('Exact depth.', 0, MAX_HIERARCHY_DEPTH) depth?: number;
  @QuerySort(HIERARCHY_NODE_RECORD_SORT) sort?: string;
}

// ── organization projects: a registry project counted in an organization, under a node ───────

export class CreateOrgProjectRecordDto {
  @Uuid(true, 'The registry project; in one organization at most.') project_id!: string;
  @Uuid(true) org_id!: string;
  @Uuid(false, 'The hierarchy node the project sits under.') node_id?: string;
}
export class UpdateOrgProjectRecordDto {
  @NullableUuid('The hierarchy node; null: directly under the organization.') node_id?: string | null;
}
export class OrgProjectRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) project_id!: string;
  @ApiProperty({ format: 'uuid' }) org_id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) node_id!: string | null;
}
export const ORG_PROJECT_RECORD_SORT = ['created_at', 'updated_at'] as const;
export class OrgProjectRecordListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by organization.') org_id?: string;
  @QueryUuid('Filter by registry project.') project_id?: string;
  @QueryUuid('Filter by hierarchy node.') node_id?: string;
  @QuerySort(ORG_PROJECT_RECORD_SORT) sort?: string;
}
