import { ApiKeyRow, ProjectRow, UserRow } from './access.entity';
import { AgentConfigRow, AvailableModelRow, CliAgentConfigRow } from './agents.entity';
import {
  AlertPresetRow,
  HierarchyNodeRow,
  ModelPriceRow,
  OrgApiKeyRow,
  OrgAuditLogRow,
  OrganizationRow,
  OrgIntegrationRow,
  OrgMemberRow,
  OrgPlanRow,
  OrgProjectRow,
  PipelineRunRow,
  PipelineStateTransitionRow,
  SaasSubscriptionRow,
} from './cost.entity';
import { AllocationRow, IncidentRow, ServerRow, ServiceDeploymentRow } from './infrastructure.entity';
import {
  CostAlertEventRow,
  CostAlertRow,
  NotificationChannelRow,
  NotificationDeliveryRow,
  NotificationRuleRow,
} from './notifications.entity';
import {
  BatchReceiptRow,
  ChatMessageRow,
  ChatSessionRow,
  PatchSetApplicationRow,
  PatchSetRow,
  TaskDependencyRow,
} from './planner.entity';
import { ArtifactRow, LlmUsageRow, RunEventRow, RunPhaseRow, RunRow } from './runs.entity';
import { SpendLedgerRow, SpendRollupDailyRow } from './spend.entity';
import { RagIndexRow, TaskExecutionRow, TaskRow } from './work.entity';

export * from './access.entity';
export * from './agents.entity';
export * from './cost.entity';
export * from './infrastructure.entity';
export * from './notifications.entity';
export * from './planner.entity';
export * from './runs.entity';
export * from './spend.entity';
export * from './work.entity';

export const ENTITIES = [
  UserRow,
  ProjectRow,
  ApiKeyRow,
  TaskRow,
  RagIndexRow,
  TaskExecutionRow,
  ServerRow,
  AllocationRow,
  IncidentRow,
  ServiceDeploymentRow,
  AgentConfigRow,
  CliAgentConfigRow,
  AvailableModelRow,
  RunRow,
  RunPhaseRow,
  RunEventRow,
  ArtifactRow,
  LlmUsageRow,
  OrganizationRow,
  OrgPlanRow,
  OrgMemberRow,
  OrgApiKeyRow,
  OrgAuditLogRow,
  OrgIntegrationRow,
  ModelPriceRow,
  SaasSubscriptionRow,
  HierarchyNodeRow,
  OrgProjectRow,
  PipelineRunRow,
  PipelineStateTransitionRow,
  AlertPresetRow,
  SpendLedgerRow,
  SpendRollupDailyRow,
  NotificationChannelRow,
  NotificationRuleRow,
  NotificationDeliveryRow,
  CostAlertRow,
  CostAlertEventRow,
  TaskDependencyRow,
  ChatSessionRow,
  ChatMessageRow,
  PatchSetRow,
  PatchSetApplicationRow,
  BatchReceiptRow,
];
