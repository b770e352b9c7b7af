import { Module, type DynamicModule } from '@nestjs/common';
import { IdentityModule } from '@slipway/identity';
import { HealthModule, PlatformModule } from '@slipway/platform';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { agentConfigsResource } from './agent-configs/agent-configs.resource';
import { allocationsResource } from './allocations/allocations.resource';
import { AuthModule } from './auth/auth.module';
import { RegistryUserStrategy } from './auth/registry-user.strategy';
import { availableModelsResource } from './available-models/available-models.resource';
import { BatchController } from './batch/batch.controller';
import { BatchReceipts } from './batch/batch-receipts';
import { BatchService } from './batch/batch.service';
import { cliAgentConfigsResource } from './cli-agent-configs/cli-agent-configs.resource';
import type { DataApiConfig } from './config';
import { costAlertEventsResource, costAlertsResource } from './cost/alerts.resource';
import { orgIntegrationsResource } from './cost/integrations.resource';
import { hierarchyNodesResource, orgProjectsResource } from './cost/hierarchy.resource';
import { orgApiKeysResource, orgMembersResource } from './cost/keys-members.resource';
import { orgAuditLogsResource, organizationsResource, orgPlansResource } from './cost/organizations.resource';
import {
  notificationChannelsResource,
  notificationDeliveriesResource,
  notificationRulesResource,
} from './cost/notifications.resource';
import { pipelineRunsResource, pipelineStateTransitionsResource } from './cost/pipelines.resource';
import { alertPresetsResource } from './cost/presets.resource';
import { modelPricesResource } from './cost/prices.resource';
import { saasSubscriptionsResource } from './cost/subscriptions.resource';
import { DatabaseModule, DatabaseReadiness } from './database/database.module';
import { incidentsResource } from './incidents/incidents.resource';
import { projectsResource } from './projects/projects.resource';
import { ragResource } from './rag/rag.resource';
import { chatMessagesResource, chatSessionsResource } from './chat/chat.resource';
import { patchSetApplicationsResource, patchSetsResource } from './patch-sets/patch-sets.resource';
import { CrudController } from './resources/crud.controller';
import type { ResourceDefinition } from './resources/definition';
import { ResourceFactory } from './resources/resource.factory';
import { PLAIN_RESOURCES, ResourceRegistry } from './resources/resource.registry';
import {
  artifactsResource,
  llmUsageResource,
  runEventsResource,
  runPhasesResource,
  runsResource,
} from './runs/runs.resource';
import { serversResource } from './servers/servers.resource';
import { serviceDeploymentsResource } from './service-deployments/service-deployments.resource';
import { SpendLedgerController } from './spend/spend-ledger.controller';
import { SpendLedgerWriter } from './spend/spend-ledger.writer';
import { SpendReads } from './spend/spend-reads.service';
import { SpendRollupsController } from './spend/spend-rollups.controller';
import { taskDependenciesResource } from './task-dependencies/task-dependencies.resource';
import { TaskExecutionsController } from './task-executions/task-executions.controller';
import { tasksResource } from './tasks/tasks.resource';
import { UsersController } from './users/users.controller';

/**
 * Resources that need nothing beyond the generic CRUD of their definition; POST /api/batch writes
 * these (and only these: users, API keys, task executions and the spend ledger have controllers of
 * their own).
 */
const PLAIN_DEFINITIONS: ResourceDefinition[] = [
  projectsResource,
  tasksResource,
  taskDependenciesResource,
  serversResource,
  allocationsResource,
  incidentsResource,
  serviceDeploymentsResource,
  agentConfigsResource,
  cliAgentConfigsResource,
  availableModelsResource,
  ragResource,
  runsResource,
  runPhasesResource,
  runEventsResource,
  artifactsResource,
  llmUsageResource,
  patchSetsResource,
  patchSetApplicationsResource,
  chatSessionsResource,
  chatMessagesResource,
  organizationsResource,
  orgPlansResource,
  orgMembersResource,
  orgApiKeysResource,
  orgAuditLogsResource,
  orgIntegrationsResource,
  modelPricesResource,
  saasSubscriptionsResource,
  hierarchyNodesResource,
  orgProjectsResource,
  pipelineRunsResource,
  pipelineStateTransitionsResource,
  alertPresetsResource,
  notificationChannelsResource,
  notificationRulesResource,
  notificationDeliveriesResource,
  costAlertsResource,
  costAlertEventsResource,
];
const PLAIN_CONTROLLERS = PLAIN_DEFINITIONS.map((def) => CrudController(def));

export const DESCRIPTION = {
  service: 'data-api',
  title: 'Slipway data-api',
  description: 'The single source of truth: thin CRUD over PostgreSQL for every Slipway record.',
  version: '0.1.0',
};

@Module({})
export class AppModule {
  static register(config: DataApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forApp('data-api', config),
        DatabaseModule,
        AuthModule,
        IdentityModule.forRoot({
          serviceToken: config.SERVICE_TOKEN,
          imports: [AuthModule],
          forwardedUser: RegistryUserStrategy,
        }),
        HealthModule.forChecks([DatabaseReadiness]),
      ],
      controllers: [
        ...PLAIN_CONTROLLERS,
        UsersController,
        ApiKeysController,
        TaskExecutionsController,
        SpendLedgerController,
        SpendRollupsController,
        BatchController,
      ],
      providers: [
        ResourceFactory,
        { provide: PLAIN_RESOURCES, useValue: PLAIN_DEFINITIONS },
        ResourceRegistry,
        BatchService,
        BatchReceipts,
        SpendLedgerWriter,
        SpendReads,
      ],
    };
  }
}
