/** cost-api's Hierarchy router, /api/v1/hierarchy/{org}/…: an organization's tree of cost centres. */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateIf,
  buildMessage,
} from 'class-validator';
import { RecordDto } from '../common/base.dto';
import { Enum, JsonObject, Text, Uuid } from '../common/fields';
import { ListQueryDto, QueryBool, QueryText, QueryUuid } from '../common/query';
import { BudgetEnforcement } from './enums';
import { MONEY_PATTERN, NullableEnum, Pattern } from './records/fields';
import { HIERARCHY_CODE_PATTERN } from './records/hierarchy.dto';
import { HIERARCHY_LEVEL_PATTERN } from './records/organizations.dto';

/** A level's name, as organizations.hierarchy_levels holds it. */
export const HIERARCHY_LEVEL_NAME_PATTERN = HIERARCHY_LEVEL_PATTERN;
/** A budget: numeric(18,6), an exact decimal string. */
export const HIERARCHY_BUDGET_PATTERN = MONEY_PATTERN;
/** The columns of an import or export file, in their order. */
export const HIERARCHY_COLUMNS = [
  'code',
  'name',
  'level',
  'parent_code',
  'daily_budget',
  'monthly_budget',
  'budget_enforcement',
] as const;
export type HierarchyColumn = (typeof HIERARCHY_COLUMNS)[number];
/** Nodes one import may create: they go to data-api in one all-or-none bulk call. */
export const MAX_HIERARCHY_IMPORT_ROWS = 500;
/** How many levels an organization may name. */
export const MAX_HIERARCHY_LEVELS = 10;

const Code = (required: boolean, description: string) =>
  Pattern(HIERARCHY_CODE_PATTERN, 100, required, description);
/** A budget: an exact decimal string (never a JSON number); null clears it, left out keeps it. */
const Budget = (period: string, required = false) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({
      type: String,
      nullable: true,
      pattern: MONEY_PATTERN.source,
      example: '120.50',
      description: `${period} budget in the organization's currency, a decimal string; null: none.`,
    }),
    ...(required ? [] : [IsOptional()]),
    ValidateIf((_, value) => value !== null),
    IsString({ message: '$property must be a decimal string (or null), not a number' }),
    Matches(MONEY_PATTERN, {
      message: `$property must be a non-negative decimal matching ${MONEY_PATTERN.source}`,
    }),
  );
/** Optional, but never null: left out keeps the value, null is refused. */
const Kept = () => ValidateIf((_, value) => value !== undefined);

export class CreateHierarchyNodeDto {
  @Code(true, 'Unique in the organization; import files name parents by it. Never changes.') code!: string;
  @Text(true, 200) name!: string;
  @Pattern(HIERARCHY_LEVEL_PATTERN, 50, true, 'One of the organization’s levels (GET …/levels).')
  level!: string;
  @Uuid(false, 'The parent node; left out or null, the node is a root.') parent_id?: string | null;
  @Budget('Daily') daily_budget?: string | null;
  @Budget('Monthly') monthly_budget?: string | null;
  @NullableEnum(
    BudgetEnforcement,
    'hard refuses model calls over the budget, soft admits them and notifies (budget reservations); unset: hard.',
  )
  budget_enforcement?: BudgetEnforcement | null;
  @JsonObject(false, 'Free-form labels for people; nothing the system decides on.')
  metadata?: Record<string, unknown>;
}

/** PATCH …/nodes/{id}: a field left out stays; budgets and enforcement clear with null. */
export class UpdateHierarchyNodeDto {
  @ApiPropertyOptional({ maxLength: 200 }) @Kept() @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ pattern: HIERARCHY_LEVEL_PATTERN.source })
  @Kept()
  @IsString()
  @Matches(HIERARCHY_LEVEL_PATTERN, { message: `$property must match ${HIERARCHY_LEVEL_PATTERN.source}` })
  level?: string;
  @Budget('Daily') daily_budget?: string | null;
  @Budget('Monthly') monthly_budget?: string | null;
  @NullableEnum(BudgetEnforcement) budget_enforcement?: BudgetEnforcement | null;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Replaces the labels whole.',
  })
  @Kept()
  @IsObject()
  metadata?: Record<string, unknown>;
}

export class MoveHierarchyNodeDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The new parent; null: a root.' })
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all')
  parent_id!: string | null;
}

/** PUT …/nodes/{id}/budget: both budgets and their enforcement, whole. */
export class PutHierarchyBudgetDto {
  @Budget('Daily', true) daily_budget!: string | null;
  @Budget('Monthly', true) monthly_budget!: string | null;
  @Enum(
    BudgetEnforcement,
    true,
    'hard refuses model calls over the budget, soft admits them and notifies (budget reservations).',
  )
  enforcement!: BudgetEnforcement;
}

export class HierarchyNodeDto extends RecordDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parent_id!: string | null;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() level!: string;
  @ApiProperty({ description: 'A root’s is 0, a child’s its parent’s + 1.' }) depth!: number;
  @ApiProperty({ type: String, nullable: true, example: '120.5' }) daily_budget!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '3000' }) monthly_budget!: string | null;
  @ApiProperty({ enum: Object.values(BudgetEnforcement), nullable: true })
  budget_enforcement!: BudgetEnforcement | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) metadata!: Record<string, unknown>;
}

export class HierarchyTreeNodeDto extends HierarchyNodeDto {
  @ApiProperty({ type: [String], description: 'Codes from the root down to this node.' }) path!: string[];
  @ApiProperty({ type: () => [HierarchyTreeNodeDto], description: 'By code.' })
  children!: HierarchyTreeNodeDto[];
}

export class HierarchyTreeDto {
  @ApiProperty({ type: [String], description: 'The organization’s levels, top first.' }) levels!: string[];
  @ApiProperty({ type: [HierarchyTreeNodeDto], description: 'The roots, by code.' })
  roots!: HierarchyTreeNodeDto[];
  @ApiProperty({ description: 'Nodes in the whole tree.' }) total!: number;
}

/** GET …/nodes/{id}/path: what spend attribution reads, the node's ancestors root first and the node last. */
export class HierarchyPathDto {
  @ApiProperty({ format: 'uuid' }) node_id!: string;
  @ApiProperty({ type: [String] }) codes!: string[];
  @ApiProperty({ type: [HierarchyNodeDto] }) nodes!: HierarchyNodeDto[];
}

const isLevelRenames = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.entries(value).every(
    ([from, to]) =>
      HIERARCHY_LEVEL_PATTERN.test(from) && typeof to === 'string' && HIERARCHY_LEVEL_PATTERN.test(to),
  );

export class HierarchyLevelsDto {
  @ApiProperty({ type: [String], example: ['department', 'team', 'project'] }) levels!: string[];
  @ApiProperty({
    description: 'HIERARCHY_MAX_DEPTH: the deepest depth a node may have (a root is at depth 0).',
  })
  max_depth!: number;
}

export class PutHierarchyLevelsDto {
  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_HIERARCHY_LEVELS, example: ['division', 'team'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_HIERARCHY_LEVELS)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(HIERARCHY_LEVEL_PATTERN, {
    each: true,
    message: `each of $property must match ${HIERARCHY_LEVEL_PATTERN.source}`,
  })
  levels!: string[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { department: 'division' },
    description: 'Old level → new level: the nodes of the old level take the new one.',
  })
  @IsOptional()
  @ValidateBy({
    name: 'isLevelRenames',
    validator: {
      validate: isLevelRenames,
      defaultMessage: buildMessage((each) => `${each}$property must map level names to level names`),
    },
  })
  rename?: Record<string, string>;
}

export const HIERARCHY_NODE_SORT = ['created_at', 'updated_at', 'code', 'name', 'depth'] as const;

export class HierarchyNodeListQueryDto extends ListQueryDto {
  @QueryText('Only nodes of this level.') level?: string;
  @QueryUuid('Only the children of this node.') parent_id?: string;
  @QueryText('The node with this code.') code?: string;
}

export class HierarchyNodeDeleteQueryDto {
  @QueryBool('Delete the whole subtree, detaching its projects.') cascade?: boolean;
}

export class HierarchyImportQueryDto {
  @QueryBool('Check the file and report what would be created; write nothing.') dry_run?: boolean;
}

export class HierarchyExportQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'json'], description: 'Defaults to json.' })
  @IsOptional()
  @IsIn(['csv', 'json'])
  format?: 'csv' | 'json';
}

/** One node of an import or export file; parents are named by code. */
export class HierarchyFileNodeDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() level!: string;
  @ApiProperty({ type: String, nullable: true }) parent_code!: string | null;
  @ApiProperty({ type: String, nullable: true }) daily_budget!: string | null;
  @ApiProperty({ type: String, nullable: true }) monthly_budget!: string | null;
  @ApiProperty({ enum: Object.values(BudgetEnforcement), nullable: true })
  budget_enforcement!: BudgetEnforcement | null;
}

export class HierarchyFileDto {
  @ApiProperty({ type: [HierarchyFileNodeDto], maxItems: MAX_HIERARCHY_IMPORT_ROWS })
  nodes!: HierarchyFileNodeDto[];
}

export class HierarchyRowErrorDto {
  @ApiProperty({
    description: 'The node’s place in the file from 1 (CSV: after the header); 0 for the file.',
  })
  row!: number;
  @ApiProperty({ example: 'parent_code' }) field!: string;
  @ApiProperty() message!: string;
}

export class HierarchyImportedNodeDto {
  @ApiProperty() row!: number;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ type: String, nullable: true }) parent_code!: string | null;
  @ApiProperty() level!: string;
  @ApiProperty() depth!: number;
}

export class HierarchyImportReportDto {
  @ApiProperty() dry_run!: boolean;
  @ApiProperty({ description: 'No row has an error.' }) valid!: boolean;
  @ApiProperty({ description: 'Nodes written: 0 on a dry run.' }) created!: number;
  @ApiProperty({ type: [HierarchyImportedNodeDto], description: 'In creation order, parents first.' })
  nodes!: HierarchyImportedNodeDto[];
  @ApiProperty({ type: [HierarchyRowErrorDto] }) errors!: HierarchyRowErrorDto[];
}

export class AttachHierarchyProjectDto {
  @Uuid(true, 'A data-api project; it belongs to one organization at a time.') project_id!: string;
}

export class HierarchyProjectDto {
  @ApiProperty({ format: 'uuid' }) project_id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) node_id!: string | null;
  @ApiProperty({ format: 'date-time' }) attached_at!: string;
}
