/**
 * Generated from apps/data-api/openapi.json by libs/data-client/scripts/generate.cjs.
 * Do not edit: change the service, run `npm run openapi`, then `npm run data-client:generate`.
 */

export interface paths {
  '/api/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProjectsController_list'];
    post: operations['ProjectsController_create'];
  };
  '/api/projects/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['ProjectsController_createMany'];
  };
  '/api/projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProjectsController_get'];
    put: operations['ProjectsController_replace'];
    delete: operations['ProjectsController_remove'];
    patch: operations['ProjectsController_update'];
  };
  '/api/projects/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bring back a soft-deleted record
     */
    post: operations['ProjectsController_restore'];
  };
  '/api/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TasksController_list'];
    post: operations['TasksController_create'];
  };
  '/api/tasks/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['TasksController_createMany'];
  };
  '/api/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TasksController_get'];
    put: operations['TasksController_replace'];
    delete: operations['TasksController_remove'];
    patch: operations['TasksController_update'];
  };
  '/api/tasks/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bring back a soft-deleted record
     */
    post: operations['TasksController_restore'];
  };
  '/api/task_dependencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TaskDependenciesController_list'];
    post: operations['TaskDependenciesController_create'];
  };
  '/api/task_dependencies/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['TaskDependenciesController_createMany'];
  };
  '/api/task_dependencies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TaskDependenciesController_get'];
    delete: operations['TaskDependenciesController_remove'];
    patch: operations['TaskDependenciesController_update'];
  };
  '/api/servers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ServersController_list'];
    post: operations['ServersController_create'];
  };
  '/api/servers/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['ServersController_createMany'];
  };
  '/api/servers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ServersController_get'];
    delete: operations['ServersController_remove'];
    patch: operations['ServersController_update'];
  };
  '/api/allocations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AllocationsController_list'];
    post: operations['AllocationsController_create'];
  };
  '/api/allocations/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['AllocationsController_createMany'];
  };
  '/api/allocations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AllocationsController_get'];
    delete: operations['AllocationsController_remove'];
    patch: operations['AllocationsController_update'];
  };
  '/api/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IncidentsController_list'];
    post: operations['IncidentsController_create'];
  };
  '/api/incidents/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['IncidentsController_createMany'];
  };
  '/api/incidents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IncidentsController_get'];
    delete: operations['IncidentsController_remove'];
    patch: operations['IncidentsController_update'];
  };
  '/api/service_deployments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ServiceDeploymentsController_list'];
    post: operations['ServiceDeploymentsController_create'];
  };
  '/api/service_deployments/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['ServiceDeploymentsController_createMany'];
  };
  '/api/service_deployments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ServiceDeploymentsController_get'];
    delete: operations['ServiceDeploymentsController_remove'];
    patch: operations['ServiceDeploymentsController_update'];
  };
  '/api/agent_configs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AgentConfigsController_list'];
    post: operations['AgentConfigsController_create'];
  };
  '/api/agent_configs/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['AgentConfigsController_createMany'];
  };
  '/api/agent_configs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AgentConfigsController_get'];
    delete: operations['AgentConfigsController_remove'];
    patch: operations['AgentConfigsController_update'];
  };
  '/api/cli_agent_configs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CliAgentConfigsController_list'];
    post: operations['CliAgentConfigsController_create'];
  };
  '/api/cli_agent_configs/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['CliAgentConfigsController_createMany'];
  };
  '/api/cli_agent_configs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CliAgentConfigsController_get'];
    delete: operations['CliAgentConfigsController_remove'];
    patch: operations['CliAgentConfigsController_update'];
  };
  '/api/available_models': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AvailableModelsController_list'];
    post: operations['AvailableModelsController_create'];
  };
  '/api/available_models/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['AvailableModelsController_createMany'];
  };
  '/api/available_models/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AvailableModelsController_get'];
    delete: operations['AvailableModelsController_remove'];
    patch: operations['AvailableModelsController_update'];
  };
  '/api/rag': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RagController_list'];
    post: operations['RagController_create'];
  };
  '/api/rag/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['RagController_createMany'];
  };
  '/api/rag/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RagController_get'];
    delete: operations['RagController_remove'];
    patch: operations['RagController_update'];
  };
  '/api/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RunsController_list'];
    post: operations['RunsController_create'];
  };
  '/api/runs/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['RunsController_createMany'];
  };
  '/api/runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RunsController_get'];
    delete: operations['RunsController_remove'];
    patch: operations['RunsController_update'];
  };
  '/api/run_phases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RunPhasesController_list'];
    post: operations['RunPhasesController_create'];
  };
  '/api/run_phases/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['RunPhasesController_createMany'];
  };
  '/api/run_phases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RunPhasesController_get'];
    delete: operations['RunPhasesController_remove'];
    patch: operations['RunPhasesController_update'];
  };
  '/api/run_events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RunEventsController_list'];
    post: operations['RunEventsController_create'];
  };
  '/api/run_events/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['RunEventsController_createMany'];
  };
  '/api/run_events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RunEventsController_get'];
  };
  '/api/artifacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ArtifactsController_list'];
    post: operations['ArtifactsController_create'];
  };
  '/api/artifacts/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['ArtifactsController_createMany'];
  };
  '/api/artifacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ArtifactsController_get'];
    delete: operations['ArtifactsController_remove'];
    patch: operations['ArtifactsController_update'];
  };
  '/api/llm_usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LlmUsageController_list'];
    post: operations['LlmUsageController_create'];
  };
  '/api/llm_usage/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['LlmUsageController_createMany'];
  };
  '/api/llm_usage/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LlmUsageController_get'];
  };
  '/api/patch_sets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PatchSetsController_list'];
    post: operations['PatchSetsController_create'];
  };
  '/api/patch_sets/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['PatchSetsController_createMany'];
  };
  '/api/patch_sets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PatchSetsController_get'];
    delete: operations['PatchSetsController_remove'];
    patch: operations['PatchSetsController_update'];
  };
  '/api/patch_set_applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PatchSetApplicationsController_list'];
    post: operations['PatchSetApplicationsController_create'];
  };
  '/api/patch_set_applications/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['PatchSetApplicationsController_createMany'];
  };
  '/api/patch_set_applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PatchSetApplicationsController_get'];
  };
  '/api/chat_sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ChatSessionsController_list'];
    post: operations['ChatSessionsController_create'];
  };
  '/api/chat_sessions/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['ChatSessionsController_createMany'];
  };
  '/api/chat_sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ChatSessionsController_get'];
    delete: operations['ChatSessionsController_remove'];
    patch: operations['ChatSessionsController_update'];
  };
  '/api/chat_sessions/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bring back a soft-deleted record
     */
    post: operations['ChatSessionsController_restore'];
  };
  '/api/chat_messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ChatMessagesController_list'];
    post: operations['ChatMessagesController_create'];
  };
  '/api/chat_messages/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['ChatMessagesController_createMany'];
  };
  '/api/chat_messages/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ChatMessagesController_get'];
  };
  '/api/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrganizationsController_list'];
    post: operations['OrganizationsController_create'];
  };
  '/api/organizations/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['OrganizationsController_createMany'];
  };
  '/api/organizations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrganizationsController_get'];
    delete: operations['OrganizationsController_remove'];
    patch: operations['OrganizationsController_update'];
  };
  '/api/org_plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgPlansController_list'];
    post: operations['OrgPlansController_create'];
  };
  '/api/org_plans/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['OrgPlansController_createMany'];
  };
  '/api/org_plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgPlansController_get'];
    delete: operations['OrgPlansController_remove'];
    patch: operations['OrgPlansController_update'];
  };
  '/api/org_members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgMembersController_list'];
    post: operations['OrgMembersController_create'];
  };
  '/api/org_members/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['OrgMembersController_createMany'];
  };
  '/api/org_members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgMembersController_get'];
    delete: operations['OrgMembersController_remove'];
    patch: operations['OrgMembersController_update'];
  };
  '/api/org_api_keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgApiKeysController_list'];
    post: operations['OrgApiKeysController_create'];
  };
  '/api/org_api_keys/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['OrgApiKeysController_createMany'];
  };
  '/api/org_api_keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgApiKeysController_get'];
    delete: operations['OrgApiKeysController_remove'];
    patch: operations['OrgApiKeysController_update'];
  };
  '/api/org_audit_logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgAuditLogsController_list'];
    post: operations['OrgAuditLogsController_create'];
  };
  '/api/org_audit_logs/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['OrgAuditLogsController_createMany'];
  };
  '/api/org_audit_logs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgAuditLogsController_get'];
  };
  '/api/org_integrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgIntegrationsController_list'];
    post: operations['OrgIntegrationsController_create'];
  };
  '/api/org_integrations/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['OrgIntegrationsController_createMany'];
  };
  '/api/org_integrations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgIntegrationsController_get'];
    delete: operations['OrgIntegrationsController_remove'];
    patch: operations['OrgIntegrationsController_update'];
  };
  '/api/model_prices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ModelPricesController_list'];
    post: operations['ModelPricesController_create'];
  };
  '/api/model_prices/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['ModelPricesController_createMany'];
  };
  '/api/model_prices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ModelPricesController_get'];
    delete: operations['ModelPricesController_remove'];
    patch: operations['ModelPricesController_update'];
  };
  '/api/saas_subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SaasSubscriptionsController_list'];
    post: operations['SaasSubscriptionsController_create'];
  };
  '/api/saas_subscriptions/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['SaasSubscriptionsController_createMany'];
  };
  '/api/saas_subscriptions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SaasSubscriptionsController_get'];
    delete: operations['SaasSubscriptionsController_remove'];
    patch: operations['SaasSubscriptionsController_update'];
  };
  '/api/saas_subscriptions/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bring back a soft-deleted record
     */
    post: operations['SaasSubscriptionsController_restore'];
  };
  '/api/hierarchy_nodes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HierarchyNodesController_list'];
    post: operations['HierarchyNodesController_create'];
  };
  '/api/hierarchy_nodes/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['HierarchyNodesController_createMany'];
  };
  '/api/hierarchy_nodes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HierarchyNodesController_get'];
    delete: operations['HierarchyNodesController_remove'];
    patch: operations['HierarchyNodesController_update'];
  };
  '/api/org_projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgProjectsController_list'];
    post: operations['OrgProjectsController_create'];
  };
  '/api/org_projects/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['OrgProjectsController_createMany'];
  };
  '/api/org_projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgProjectsController_get'];
    delete: operations['OrgProjectsController_remove'];
    patch: operations['OrgProjectsController_update'];
  };
  '/api/pipeline_runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PipelineRunsController_list'];
    post: operations['PipelineRunsController_create'];
  };
  '/api/pipeline_runs/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['PipelineRunsController_createMany'];
  };
  '/api/pipeline_runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PipelineRunsController_get'];
    delete: operations['PipelineRunsController_remove'];
    patch: operations['PipelineRunsController_update'];
  };
  '/api/pipeline_state_transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PipelineStateTransitionsController_list'];
    post: operations['PipelineStateTransitionsController_create'];
  };
  '/api/pipeline_state_transitions/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['PipelineStateTransitionsController_createMany'];
  };
  '/api/pipeline_state_transitions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PipelineStateTransitionsController_get'];
  };
  '/api/alert_presets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AlertPresetsController_list'];
    post: operations['AlertPresetsController_create'];
  };
  '/api/alert_presets/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['AlertPresetsController_createMany'];
  };
  '/api/alert_presets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AlertPresetsController_get'];
    delete: operations['AlertPresetsController_remove'];
    patch: operations['AlertPresetsController_update'];
  };
  '/api/notification_channels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationChannelsController_list'];
    post: operations['NotificationChannelsController_create'];
  };
  '/api/notification_channels/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['NotificationChannelsController_createMany'];
  };
  '/api/notification_channels/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationChannelsController_get'];
    delete: operations['NotificationChannelsController_remove'];
    patch: operations['NotificationChannelsController_update'];
  };
  '/api/notification_channels/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bring back a soft-deleted record
     */
    post: operations['NotificationChannelsController_restore'];
  };
  '/api/notification_rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationRulesController_list'];
    post: operations['NotificationRulesController_create'];
  };
  '/api/notification_rules/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['NotificationRulesController_createMany'];
  };
  '/api/notification_rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationRulesController_get'];
    delete: operations['NotificationRulesController_remove'];
    patch: operations['NotificationRulesController_update'];
  };
  '/api/notification_rules/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bring back a soft-deleted record
     */
    post: operations['NotificationRulesController_restore'];
  };
  '/api/notification_deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationDeliveriesController_list'];
    post: operations['NotificationDeliveriesController_create'];
  };
  '/api/notification_deliveries/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['NotificationDeliveriesController_createMany'];
  };
  '/api/notification_deliveries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NotificationDeliveriesController_get'];
    patch: operations['NotificationDeliveriesController_update'];
  };
  '/api/cost_alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CostAlertsController_list'];
    post: operations['CostAlertsController_create'];
  };
  '/api/cost_alerts/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['CostAlertsController_createMany'];
  };
  '/api/cost_alerts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CostAlertsController_get'];
    delete: operations['CostAlertsController_remove'];
    patch: operations['CostAlertsController_update'];
  };
  '/api/cost_alerts/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Bring back a soft-deleted record
     */
    post: operations['CostAlertsController_restore'];
  };
  '/api/cost_alert_events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CostAlertEventsController_list'];
    post: operations['CostAlertEventsController_create'];
  };
  '/api/cost_alert_events/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['CostAlertEventsController_createMany'];
  };
  '/api/cost_alert_events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CostAlertEventsController_get'];
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_list'];
    post: operations['UsersController_create'];
  };
  '/api/users/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['UsersController_createMany'];
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_get'];
    delete: operations['UsersController_remove'];
    patch: operations['UsersController_update'];
  };
  '/api/api_keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ApiKeysController_list'];
    /**
     * Create a key; the answer carries the key itself, once
     */
    post: operations['ApiKeysController_create'];
  };
  '/api/api_keys/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Create several keys at once; each answer carries its key, once
     */
    post: operations['ApiKeysController_createMany'];
  };
  '/api/api_keys/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who a key belongs to (services only); 401 when unknown, revoked or expired
     */
    post: operations['ApiKeysController_verify'];
  };
  '/api/api_keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ApiKeysController_get'];
    delete: operations['ApiKeysController_remove'];
    patch: operations['ApiKeysController_update'];
  };
  '/api/task_executions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TaskExecutionsController_get'];
    /**
     * Record a worker execution under its request id, idempotently
     */
    put: operations['TaskExecutionsController_put'];
    delete: operations['TaskExecutionsController_remove'];
    patch: operations['TaskExecutionsController_update'];
  };
  '/api/task_executions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TaskExecutionsController_list'];
    post: operations['TaskExecutionsController_create'];
  };
  '/api/task_executions/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['TaskExecutionsController_createMany'];
  };
  '/api/spend_ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SpendLedgerController_list'];
    /**
     * Record a priced event once, by its event_id, and add it to its daily rollup
     */
    post: operations['SpendLedgerController_record'];
  };
  '/api/spend_ledger/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Record up to 5000 priced events, each once, with their daily rollups, in one transaction
     */
    post: operations['SpendLedgerController_recordMany'];
  };
  '/api/spend_ledger/trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Spend per hour of a time zone, zero-filled, summed over the ledger
     */
    get: operations['SpendLedgerController_hourTrend'];
  };
  '/api/spend_ledger/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SpendLedgerController_get'];
  };
  '/api/spend_rollups/aggregate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An organization’s spend over local days, grouped, with the total
     */
    get: operations['SpendRollupsController_aggregate'];
  };
  '/api/spend_rollups/trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An organization’s spend per day, week (from Monday) or month, zero-filled
     */
    get: operations['SpendRollupsController_trend'];
  };
  '/api/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Up to 500 creates, updates, deletes and restores in one transaction: all or none
     */
    post: operations['BatchController_run'];
  };
}

export interface components {
  schemas: {
    FieldErrorDto: {
      /**
       * @description The field or query parameter, with a path for nested values (`items[2].port`).
       */
      field: string;
      message: string;
    };
    ProblemDto: {
      type: string;
      title: string;
      status: number;
      detail: string;
      instance: string;
      code:
        | 'bad_request'
        | 'unauthorized'
        | 'forbidden'
        | 'not_found'
        | 'route_not_found'
        | 'method_not_allowed'
        | 'request_timeout'
        | 'conflict'
        | 'idempotency_conflict'
        | 'phase_running'
        | 'outcome_pending'
        | 'run_cancelling'
        | 'run_ended'
        | 'hierarchy_cycle'
        | 'hierarchy_node_not_empty'
        | 'hierarchy_too_deep'
        | 'patch_conflict'
        | 'patch_invalid'
        | 'patch_set_closed'
        | 'precondition_failed'
        | 'payload_too_large'
        | 'uri_too_long'
        | 'unsupported_media_type'
        | 'validation_failed'
        | 'governance_failed'
        | 'headers_too_large'
        | 'quota_exceeded'
        | 'budget_exceeded'
        | 'integration_invalid'
        | 'model_unpriced'
        | 'rate_limited'
        | 'internal'
        | 'unavailable'
        | 'bad_gateway'
        | 'planner_bad_output'
        | 'upstream_unavailable'
        | 'upstream_timeout'
        | 'timeout';
      errors?: components['schemas']['FieldErrorDto'][];
      request_id: string;
    };
    ProjectDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      name: string;
      description: string | null;
      status: 'created' | 'active' | 'paused' | 'archived';
      /**
       * @format uuid
       */
      owner_id: string;
      modules: string[];
      repo_url: string | null;
      config: {
        [key: string]: unknown;
      };
      /**
       * @format date-time
       */
      deleted_at: string | null;
    };
    ProjectPage: {
      items: components['schemas']['ProjectDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateProjectDto: {
      /**
       * @description The project’s id, when the caller chooses it (the planner does, to write a plan and its undo at once); generated when left out.
       * @format uuid
       */
      id?: string;
      name: string;
      description?: string;
      /**
       * @description Modules the scaffolder generates; required on create (may be empty).
       */
      modules: string[];
      /**
       * @description Owner; defaults to the caller. Only admins may name another user.
       * @format uuid
       */
      owner_id?: string;
      /**
       * @format uri
       */
      repo_url?: string;
      /**
       * @description Free-form configuration.
       */
      config?: {
        [key: string]: unknown;
      };
    };
    UpdateProjectDto: {
      name?: string;
      description?: string;
      /**
       * @description Modules the scaffolder generates; required on create (may be empty).
       */
      modules?: string[];
      /**
       * @description Owner; defaults to the caller. Only admins may name another user.
       * @format uuid
       */
      owner_id?: string;
      /**
       * @format uri
       */
      repo_url?: string;
      /**
       * @description Free-form configuration.
       */
      config?: {
        [key: string]: unknown;
      };
      status?: 'created' | 'active' | 'paused' | 'archived';
    };
    ReplaceProjectDto: {
      name: string;
      description?: string;
      /**
       * @description Modules the scaffolder generates; required on create (may be empty).
       */
      modules: string[];
      /**
       * @format uri
       */
      repo_url?: string;
      /**
       * @description Free-form configuration.
       */
      config?: {
        [key: string]: unknown;
      };
      /**
       * @description Owner; left out, the owner stays. Only admins may name another user.
       * @format uuid
       */
      owner_id?: string;
      /**
       * @description Defaults to created.
       */
      status?: 'created' | 'active' | 'paused' | 'archived';
    };
    TaskDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      project_id: string;
      /**
       * @format uuid
       */
      parent_id: string | null;
      type: 'engineering' | 'deploy' | 'research' | 'ops' | 'planning' | 'qa' | 'documentation' | 'other';
      title: string;
      description: string | null;
      status: 'todo' | 'in_progress' | 'blocked' | 'done' | 'failed' | 'cancelled';
      priority: 'low' | 'medium' | 'high' | 'critical';
      assignee: string | null;
      payload: {
        [key: string]: unknown;
      };
      result: {
        [key: string]: unknown;
      } | null;
      /**
       * @description Order among its siblings, lower first.
       */
      position: number;
      /**
       * @format date-time
       */
      deleted_at: string | null;
    };
    TaskPage: {
      items: components['schemas']['TaskDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateTaskDto: {
      /**
       * @description The task’s id, when the caller chooses it (the planner does); generated when left out.
       * @format uuid
       */
      id?: string;
      /**
       * @format uuid
       */
      project_id: string;
      /**
       * @description Parent task, for subtasks; must belong to the same project.
       * @format uuid
       */
      parent_id?: string;
      type: 'engineering' | 'deploy' | 'research' | 'ops' | 'planning' | 'qa' | 'documentation' | 'other';
      title: string;
      description?: string;
      /**
       * @description Defaults to todo.
       */
      status?: 'todo' | 'in_progress' | 'blocked' | 'done' | 'failed' | 'cancelled';
      /**
       * @description Defaults to medium.
       */
      priority?: 'low' | 'medium' | 'high' | 'critical';
      assignee?: string;
      payload?: {
        [key: string]: unknown;
      };
      result?: {
        [key: string]: unknown;
      };
      /**
       * @description Order among its siblings (lower first; the planner keeps its plan’s order). Defaults to 0.
       */
      position?: number;
    };
    UpdateTaskDto: {
      /**
       * @description Parent task, for subtasks; must belong to the same project.
       * @format uuid
       */
      parent_id?: string;
      type?: 'engineering' | 'deploy' | 'research' | 'ops' | 'planning' | 'qa' | 'documentation' | 'other';
      title?: string;
      description?: string;
      /**
       * @description Defaults to todo.
       */
      status?: 'todo' | 'in_progress' | 'blocked' | 'done' | 'failed' | 'cancelled';
      /**
       * @description Defaults to medium.
       */
      priority?: 'low' | 'medium' | 'high' | 'critical';
      assignee?: string;
      payload?: {
        [key: string]: unknown;
      };
      result?: {
        [key: string]: unknown;
      };
      /**
       * @description Order among its siblings (lower first; the planner keeps its plan’s order). Defaults to 0.
       */
      position?: number;
    };
    ReplaceTaskDto: {
      /**
       * @description Parent task, for subtasks; must belong to the same project.
       * @format uuid
       */
      parent_id?: string;
      type: 'engineering' | 'deploy' | 'research' | 'ops' | 'planning' | 'qa' | 'documentation' | 'other';
      title: string;
      description?: string;
      /**
       * @description Defaults to todo.
       */
      status?: 'todo' | 'in_progress' | 'blocked' | 'done' | 'failed' | 'cancelled';
      /**
       * @description Defaults to medium.
       */
      priority?: 'low' | 'medium' | 'high' | 'critical';
      assignee?: string;
      payload?: {
        [key: string]: unknown;
      };
      result?: {
        [key: string]: unknown;
      };
      /**
       * @description Order among its siblings (lower first; the planner keeps its plan’s order). Defaults to 0.
       */
      position?: number;
    };
    TaskDependencyDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      project_id: string;
      /**
       * @format uuid
       */
      task_id: string;
      /**
       * @format uuid
       */
      depends_on_id: string;
    };
    TaskDependencyPage: {
      items: components['schemas']['TaskDependencyDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateTaskDependencyDto: {
      /**
       * @description The dependency’s id, when the caller chooses it; generated when left out.
       * @format uuid
       */
      id?: string;
      /**
       * @description The project both tasks belong to.
       * @format uuid
       */
      project_id: string;
      /**
       * @description The task that waits.
       * @format uuid
       */
      task_id: string;
      /**
       * @description The task it waits for: another live task of the same project.
       * @format uuid
       */
      depends_on_id: string;
    };
    UpdateTaskDependencyDto: {
      [key: string]: unknown;
    };
    ServerDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      name: string;
      host: string;
      provider: string | null;
      region: string | null;
      status: 'provisioning' | 'active' | 'maintenance' | 'offline' | 'decommissioned';
      cpu_cores: number | null;
      ram_mb: number | null;
      disk_gb: number | null;
      labels: {
        [key: string]: unknown;
      };
    };
    ServerPage: {
      items: components['schemas']['ServerDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateServerDto: {
      /**
       * @description Unique.
       */
      name: string;
      /**
       * @description Hostname or IP address.
       */
      host: string;
      provider?: string;
      region?: string;
      /**
       * @description Defaults to active.
       */
      status?: 'provisioning' | 'active' | 'maintenance' | 'offline' | 'decommissioned';
      cpu_cores?: number;
      ram_mb?: number;
      disk_gb?: number;
      labels?: {
        [key: string]: unknown;
      };
    };
    UpdateServerDto: {
      /**
       * @description Unique.
       */
      name?: string;
      /**
       * @description Hostname or IP address.
       */
      host?: string;
      provider?: string;
      region?: string;
      /**
       * @description Defaults to active.
       */
      status?: 'provisioning' | 'active' | 'maintenance' | 'offline' | 'decommissioned';
      cpu_cores?: number;
      ram_mb?: number;
      disk_gb?: number;
      labels?: {
        [key: string]: unknown;
      };
    };
    AllocationDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      server_id: string;
      port: number;
      protocol: 'tcp' | 'udp';
      service_name: string;
      /**
       * @format uuid
       */
      project_id: string | null;
    };
    AllocationPage: {
      items: components['schemas']['AllocationDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateAllocationDto: {
      /**
       * @format uuid
       */
      server_id: string;
      port: number;
      /**
       * @description Defaults to tcp.
       */
      protocol?: 'tcp' | 'udp';
      service_name: string;
      /**
       * @format uuid
       */
      project_id?: string;
    };
    UpdateAllocationDto: {
      /**
       * @format uuid
       */
      server_id?: string;
      port?: number;
      /**
       * @description Defaults to tcp.
       */
      protocol?: 'tcp' | 'udp';
      service_name?: string;
      /**
       * @format uuid
       */
      project_id?: string;
    };
    IncidentDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      server_id: string;
      type: string;
      severity: 'low' | 'medium' | 'high' | 'critical';
      status: 'open' | 'acknowledged' | 'resolved';
      title: string;
      description: string | null;
      /**
       * @format date-time
       */
      detected_at: string;
      /**
       * @format date-time
       */
      resolved_at: string | null;
    };
    IncidentPage: {
      items: components['schemas']['IncidentDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateIncidentDto: {
      /**
       * @format uuid
       */
      server_id: string;
      /**
       * @description Kind of incident, e.g. disk_full, unreachable.
       */
      type: string;
      /**
       * @description Defaults to medium.
       */
      severity?: 'low' | 'medium' | 'high' | 'critical';
      /**
       * @description Defaults to open.
       */
      status?: 'open' | 'acknowledged' | 'resolved';
      title: string;
      description?: string;
      /**
       * @description Defaults to now.
       * @format date-time
       */
      detected_at?: string;
      /**
       * @format date-time
       */
      resolved_at?: string;
    };
    UpdateIncidentDto: {
      /**
       * @description Kind of incident, e.g. disk_full, unreachable.
       */
      type?: string;
      /**
       * @description Defaults to medium.
       */
      severity?: 'low' | 'medium' | 'high' | 'critical';
      /**
       * @description Defaults to open.
       */
      status?: 'open' | 'acknowledged' | 'resolved';
      title?: string;
      description?: string;
      /**
       * @description Defaults to now.
       * @format date-time
       */
      detected_at?: string;
      /**
       * @format date-time
       */
      resolved_at?: string;
    };
    ServiceDeploymentDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      project_id: string;
      /**
       * @format uuid
       */
      server_id: string | null;
      service_name: string;
      image: string | null;
      app_version: string | null;
      status: 'pending' | 'deploying' | 'running' | 'failed' | 'stopped' | 'rolled_back';
      port: number | null;
      url: string | null;
      /**
       * @format date-time
       */
      deployed_at: string | null;
    };
    ServiceDeploymentPage: {
      items: components['schemas']['ServiceDeploymentDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateServiceDeploymentDto: {
      /**
       * @format uuid
       */
      project_id: string;
      /**
       * @format uuid
       */
      server_id?: string;
      service_name: string;
      image?: string;
      /**
       * @description Version of the deployed service (the row’s own `version` is its change counter).
       */
      app_version?: string;
      /**
       * @description Defaults to pending.
       */
      status?: 'pending' | 'deploying' | 'running' | 'failed' | 'stopped' | 'rolled_back';
      port?: number;
      url?: string;
      /**
       * @format date-time
       */
      deployed_at?: string;
    };
    UpdateServiceDeploymentDto: {
      /**
       * @format uuid
       */
      project_id?: string;
      /**
       * @format uuid
       */
      server_id?: string;
      service_name?: string;
      image?: string;
      /**
       * @description Version of the deployed service (the row’s own `version` is its change counter).
       */
      app_version?: string;
      /**
       * @description Defaults to pending.
       */
      status?: 'pending' | 'deploying' | 'running' | 'failed' | 'stopped' | 'rolled_back';
      port?: number;
      url?: string;
      /**
       * @format date-time
       */
      deployed_at?: string;
    };
    AgentConfigDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      name: string;
      provider: string;
      model: string;
      system_prompt: string | null;
      temperature: number | null;
      max_tokens: number | null;
      tools: {
        [key: string]: unknown;
      }[];
      is_active: boolean;
    };
    AgentConfigPage: {
      items: components['schemas']['AgentConfigDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateAgentConfigDto: {
      /**
       * @description Unique.
       */
      name: string;
      /**
       * @description e.g. openai, anthropic.
       */
      provider: string;
      model: string;
      system_prompt?: string;
      temperature?: number;
      max_tokens?: number;
      /**
       * @description Tool definitions.
       */
      tools?: {
        [key: string]: unknown;
      }[];
      /**
       * @description Defaults to true.
       */
      is_active?: boolean;
    };
    UpdateAgentConfigDto: {
      /**
       * @description Unique.
       */
      name?: string;
      /**
       * @description e.g. openai, anthropic.
       */
      provider?: string;
      model?: string;
      system_prompt?: string;
      temperature?: number;
      max_tokens?: number;
      /**
       * @description Tool definitions.
       */
      tools?: {
        [key: string]: unknown;
      }[];
      /**
       * @description Defaults to true.
       */
      is_active?: boolean;
    };
    CliAgentConfigDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      name: string;
      command: string;
      args: string[];
      env: {
        [key: string]: string;
      };
      timeout_seconds: number;
      is_active: boolean;
    };
    CliAgentConfigPage: {
      items: components['schemas']['CliAgentConfigDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateCliAgentConfigDto: {
      /**
       * @description Unique.
       */
      name: string;
      /**
       * @description Executable to run.
       */
      command: string;
      /**
       * @description Arguments, passed as an array (never through a shell).
       */
      args?: string[];
      /**
       * @description Non-secret environment variables, name → value.
       */
      env?: {
        [key: string]: unknown;
      };
      /**
       * @description Defaults to 600.
       */
      timeout_seconds?: number;
      /**
       * @description Defaults to true.
       */
      is_active?: boolean;
    };
    UpdateCliAgentConfigDto: {
      /**
       * @description Unique.
       */
      name?: string;
      /**
       * @description Executable to run.
       */
      command?: string;
      /**
       * @description Arguments, passed as an array (never through a shell).
       */
      args?: string[];
      /**
       * @description Non-secret environment variables, name → value.
       */
      env?: {
        [key: string]: unknown;
      };
      /**
       * @description Defaults to 600.
       */
      timeout_seconds?: number;
      /**
       * @description Defaults to true.
       */
      is_active?: boolean;
    };
    AvailableModelDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      provider: string;
      model_name: string;
      display_name: string | null;
      context_window: number | null;
      input_price_per_1k: string;
      output_price_per_1k: string;
      cached_input_price_per_1k: string | null;
      is_active: boolean;
    };
    AvailableModelPage: {
      items: components['schemas']['AvailableModelDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateAvailableModelDto: {
      provider: string;
      /**
       * @description Unique per provider.
       */
      model_name: string;
      display_name?: string;
      context_window?: number;
      /**
       * @description USD per 1,000 input tokens.
       */
      input_price_per_1k: string;
      /**
       * @description USD per 1,000 output tokens.
       */
      output_price_per_1k: string;
      /**
       * @description USD per 1,000 cached input tokens.
       */
      cached_input_price_per_1k?: string;
      /**
       * @description Defaults to true.
       */
      is_active?: boolean;
    };
    UpdateAvailableModelDto: {
      provider?: string;
      /**
       * @description Unique per provider.
       */
      model_name?: string;
      display_name?: string;
      context_window?: number;
      /**
       * @description USD per 1,000 input tokens.
       */
      input_price_per_1k?: string;
      /**
       * @description USD per 1,000 output tokens.
       */
      output_price_per_1k?: string;
      /**
       * @description USD per 1,000 cached input tokens.
       */
      cached_input_price_per_1k?: string;
      /**
       * @description Defaults to true.
       */
      is_active?: boolean;
    };
    RagIndexDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      name: string;
      /**
       * @format uuid
       */
      project_id: string;
      embedding_model: string;
      dimension: number;
      document_count: number;
      status: 'pending' | 'indexing' | 'ready' | 'failed';
      config: {
        [key: string]: unknown;
      };
    };
    RagIndexPage: {
      items: components['schemas']['RagIndexDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateRagIndexDto: {
      name: string;
      /**
       * @format uuid
       */
      project_id: string;
      embedding_model: string;
      dimension: number;
      /**
       * @description Defaults to 0.
       */
      document_count?: number;
      /**
       * @description Defaults to pending.
       */
      status?: 'pending' | 'indexing' | 'ready' | 'failed';
      config?: {
        [key: string]: unknown;
      };
    };
    UpdateRagIndexDto: {
      name?: string;
      embedding_model?: string;
      dimension?: number;
      /**
       * @description Defaults to 0.
       */
      document_count?: number;
      /**
       * @description Defaults to pending.
       */
      status?: 'pending' | 'indexing' | 'ready' | 'failed';
      config?: {
        [key: string]: unknown;
      };
    };
    RunRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      profile: string;
      intake: string | null;
      project_name: string | null;
      /**
       * @format uuid
       */
      project_id: string | null;
      owner_id: string;
      owner_email: string | null;
      status:
        | 'created'
        | 'running'
        | 'awaiting_approval'
        | 'completed'
        | 'failed'
        | 'cancelling'
        | 'cancelled'
        | 'crashed';
      current_phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      mode: 'manual' | 'auto';
      budget_usd: string | null;
      /**
       * @format uuid
       */
      parent_run_id: string | null;
      /**
       * @format uuid
       */
      root_run_id: string | null;
      metadata: {
        [key: string]: unknown;
      };
      /**
       * @format uuid
       */
      task_id: string | null;
      approval: {
        [key: string]: unknown;
      } | null;
      skip_validation_phase:
        'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation' | null;
      /**
       * @format date-time
       */
      started_at: string | null;
      /**
       * @format date-time
       */
      completed_at: string | null;
      error: string | null;
      /**
       * @description Sequence number of the run’s last event.
       */
      last_event_seq: number;
    };
    RunRecordPage: {
      items: components['schemas']['RunRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateRunRecordDto: {
      /**
       * @description The run’s id, chosen by the orchestrator so cost-api admits the run before it is recorded; generated when left out.
       * @format uuid
       */
      id?: string;
      /**
       * @description Profile the run follows.
       */
      profile: string;
      /**
       * @description The request the run delivers.
       */
      intake?: string;
      project_name?: string;
      /**
       * @description The registry project the run belongs to.
       * @format uuid
       */
      project_id?: string;
      /**
       * @description The user the run belongs to (required for service calls).
       */
      owner_id?: string;
      owner_email?: string;
      /**
       * @description Defaults to created.
       */
      status?:
        | 'created'
        | 'running'
        | 'awaiting_approval'
        | 'completed'
        | 'failed'
        | 'cancelling'
        | 'cancelled'
        | 'crashed';
      /**
       * @description Defaults to planning.
       */
      current_phase?: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      /**
       * @description Defaults to manual.
       */
      mode?: 'manual' | 'auto';
      /**
       * @description Spend limit in USD; the run pauses before a phase projected to exceed it.
       */
      budget_usd?: string;
      /**
       * @description The run this one was cloned from.
       * @format uuid
       */
      parent_run_id?: string;
      /**
       * @description The first run of the lineage.
       * @format uuid
       */
      root_run_id?: string;
      /**
       * @description The caller’s own data; the orchestrator decides nothing by it.
       */
      metadata?: {
        [key: string]: unknown;
      };
      /**
       * @description The engineering task the run delivers; its end is reported on the task.
       * @format uuid
       */
      task_id?: string;
    };
    UpdateRunRecordDto: {
      project_name?: string;
      /**
       * @description Defaults to created.
       */
      status?:
        | 'created'
        | 'running'
        | 'awaiting_approval'
        | 'completed'
        | 'failed'
        | 'cancelling'
        | 'cancelled'
        | 'crashed';
      /**
       * @description Defaults to planning.
       */
      current_phase?: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      /**
       * @description Defaults to manual.
       */
      mode?: 'manual' | 'auto';
      /**
       * @description Spend limit in USD; the run pauses before a phase projected to exceed it.
       */
      budget_usd?: string;
      /**
       * @description The caller’s own data; the orchestrator decides nothing by it.
       */
      metadata?: {
        [key: string]: unknown;
      };
      /**
       * @format date-time
       */
      started_at?: string;
      /**
       * @format date-time
       */
      completed_at?: string;
      /**
       * @description Why the run failed, crashed or was cancelled.
       */
      error?: string;
      /**
       * @description Why the run waits in awaiting_approval; null clears it.
       */
      approval?: {
        [key: string]: unknown;
      } | null;
      /**
       * @description The phase allowed past its governance checks; null clears it.
       */
      skip_validation_phase?:
        'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation' | null;
    };
    RunPhaseDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      run_id: string;
      phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      status: 'pending' | 'running' | 'completed' | 'failed' | 'skipped';
      attempt: number;
      lease_owner: string | null;
      /**
       * @format date-time
       */
      lease_until: string | null;
      /**
       * @format date-time
       */
      started_at: string | null;
      /**
       * @format date-time
       */
      completed_at: string | null;
      error: string | null;
      agent_ids: string[];
      governance: {
        [key: string]: unknown;
      } | null;
    };
    RunPhasePage: {
      items: components['schemas']['RunPhaseDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateRunPhaseDto: {
      /**
       * @format uuid
       */
      run_id: string;
      phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      /**
       * @description Defaults to pending.
       */
      status?: 'pending' | 'running' | 'completed' | 'failed' | 'skipped';
      /**
       * @description Executions started so far; defaults to 0.
       */
      attempt?: number;
      /**
       * @description The worker holding the phase.
       */
      lease_owner?: string;
      /**
       * @description When the lease lapses unless renewed.
       * @format date-time
       */
      lease_until?: string;
      /**
       * @format date-time
       */
      started_at?: string;
      /**
       * @format date-time
       */
      completed_at?: string;
      error?: string;
      /**
       * @description Agents that ran the phase.
       */
      agent_ids?: string[];
      /**
       * @description Governance verdict of the phase’s artifacts.
       */
      governance?: {
        [key: string]: unknown;
      };
    };
    UpdateRunPhaseDto: {
      status?: 'pending' | 'running' | 'completed' | 'failed' | 'skipped';
      attempt?: number;
      /**
       * @description The worker holding the phase; null releases it.
       */
      lease_owner?: string | null;
      /**
       * @description When the lease lapses unless renewed.
       * @format date-time
       */
      lease_until?: string | null;
      /**
       * @format date-time
       */
      started_at?: string;
      /**
       * @format date-time
       */
      completed_at?: string | null;
      error?: string | null;
      /**
       * @description Agents that ran the phase.
       */
      agent_ids?: string[];
      /**
       * @description Governance verdict of the phase’s artifacts.
       */
      governance?: {
        [key: string]: unknown;
      };
    };
    RunEventDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      run_id: string;
      /**
       * @description Position in the run’s event log, from 1, without gaps.
       */
      seq: number;
      type: string;
      phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation' | null;
      payload: {
        [key: string]: unknown;
      };
    };
    RunEventPage: {
      items: components['schemas']['RunEventDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateRunEventDto: {
      /**
       * @format uuid
       */
      run_id: string;
      /**
       * @description What happened, e.g. phase.started, artifact.created.
       */
      type: string;
      phase?: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      payload?: {
        [key: string]: unknown;
      };
    };
    ArtifactRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      run_id: string;
      phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      name: string;
      path: string;
      sha256: string;
      size_bytes: number;
      artifact_type: string;
      description: string | null;
      agent_id: string | null;
    };
    ArtifactRecordPage: {
      items: components['schemas']['ArtifactRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateArtifactDto: {
      /**
       * @format uuid
       */
      run_id: string;
      phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      /**
       * @description File name relative to the phase directory.
       */
      name: string;
      /**
       * @description Path relative to the run workspace.
       */
      path: string;
      /**
       * @description Hex SHA-256 of the content.
       */
      sha256: string;
      size_bytes: number;
      /**
       * @description prd, architecture, code, test, documentation, data, …
       */
      artifact_type: string;
      description?: string;
      /**
       * @description The agent that wrote it.
       */
      agent_id?: string;
    };
    UpdateArtifactDto: {
      /**
       * @description Path relative to the run workspace.
       */
      path?: string;
      /**
       * @description Hex SHA-256 of the content.
       */
      sha256?: string;
      size_bytes?: number;
      /**
       * @description prd, architecture, code, test, documentation, data, …
       */
      artifact_type?: string;
      description?: string;
      /**
       * @description The agent that wrote it.
       */
      agent_id?: string;
    };
    LlmUsageDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      source: 'run' | 'planner';
      /**
       * @format uuid
       */
      run_id: string | null;
      phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation' | null;
      owner_id: string;
      endpoint: string | null;
      /**
       * @format uuid
       */
      patch_set_id: string | null;
      /**
       * @format uuid
       */
      chat_session_id: string | null;
      agent_id: string;
      provider: string;
      model: string;
      provider_response_id: string;
      input_tokens: number;
      output_tokens: number;
      cached_input_tokens: number;
      reasoning_tokens: number;
      cost_usd: string;
      price_snapshot: {
        [key: string]: unknown;
      };
      estimated: boolean;
    };
    LlmUsagePage: {
      items: components['schemas']['LlmUsageDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateLlmUsageDto: {
      /**
       * @description What made the call: run (the default), a run’s phase, or planner, which has no run.
       */
      source?: 'run' | 'planner';
      /**
       * @description The run; required unless source is planner.
       * @format uuid
       */
      run_id?: string;
      /**
       * @description The run’s phase; required unless source is planner.
       */
      phase?: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      /**
       * @description The user the call was made for.
       */
      owner_id: string;
      /**
       * @description The planner endpoint that made the call (generate, refine, decompose, chat).
       */
      endpoint?: string;
      /**
       * @description The PatchSet the call produced.
       * @format uuid
       */
      patch_set_id?: string;
      /**
       * @description The chat session the call served.
       * @format uuid
       */
      chat_session_id?: string;
      agent_id: string;
      provider: string;
      model: string;
      /**
       * @description The provider’s response id; unique, so a report sent twice is counted once.
       */
      provider_response_id: string;
      input_tokens: number;
      output_tokens: number;
      /**
       * @description Defaults to 0.
       */
      cached_input_tokens?: number;
      /**
       * @description Defaults to 0.
       */
      reasoning_tokens?: number;
      /**
       * @description USD, computed from price_snapshot.
       */
      cost_usd: string;
      /**
       * @description The model prices the cost was computed from.
       */
      price_snapshot: {
        [key: string]: unknown;
      };
      /**
       * @description True when the token counts are the worker’s estimate, not the provider’s.
       */
      estimated?: boolean;
    };
    PatchSetRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      owner_id: string;
      /**
       * @format uuid
       */
      project_id: string | null;
      status:
        | 'proposed'
        | 'validated'
        | 'applying'
        | 'applied'
        | 'rejected'
        | 'conflicted'
        | 'superseded'
        | 'undone';
      endpoint: 'generate' | 'refine' | 'decompose' | 'chat' | 'manual';
      format_version: number;
      base: {
        [key: string]: unknown;
      } | null;
      source: {
        [key: string]: unknown;
      };
      ops: {
        [key: string]: unknown;
      }[];
      rationale: string | null;
      warnings: {
        [key: string]: unknown;
      }[];
      validation: {
        [key: string]: unknown;
      } | null;
      result: {
        [key: string]: unknown;
      } | null;
      /**
       * @format uuid
       */
      chat_session_id: string | null;
      /**
       * @format uuid
       */
      chat_message_id: string | null;
      /**
       * @format date-time
       */
      applied_at: string | null;
    };
    PatchSetRecordPage: {
      items: components['schemas']['PatchSetRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreatePatchSetRecordDto: {
      /**
       * @description The PatchSet’s id, chosen by the planner so it can name it first; generated when left out.
       * @format uuid
       */
      id?: string;
      /**
       * @description The user the PatchSet belongs to.
       */
      owner_id: string;
      /**
       * @description The project it changes; none for a plan that creates its project.
       * @format uuid
       */
      project_id?: string;
      /**
       * @description Defaults to proposed.
       */
      status?:
        | 'proposed'
        | 'validated'
        | 'applying'
        | 'applied'
        | 'rejected'
        | 'conflicted'
        | 'superseded'
        | 'undone';
      /**
       * @description The planner endpoint that produced it.
       */
      endpoint: 'generate' | 'refine' | 'decompose' | 'chat' | 'manual';
      /**
       * @description The version of the operations’ format; defaults to 1.
       */
      format_version?: number;
      /**
       * @description The versions of the records the operations were made against.
       */
      base?: {
        [key: string]: unknown;
      };
      /**
       * @description What produced it: the request, model and prompt.
       */
      source: {
        [key: string]: unknown;
      };
      /**
       * @description The operations in order; their shape is the planner’s.
       */
      ops: {
        [key: string]: unknown;
      }[];
      rationale?: string;
      /**
       * @description Defaults to [].
       */
      warnings?: {
        [key: string]: unknown;
      }[];
      /**
       * @description The outcome of checking the operations against the records.
       */
      validation?: {
        [key: string]: unknown;
      };
      /**
       * @description The outcome of applying it.
       */
      result?: {
        [key: string]: unknown;
      };
      /**
       * @description The chat session it was proposed in.
       * @format uuid
       */
      chat_session_id?: string;
      /**
       * @description The chat message that proposed it.
       * @format uuid
       */
      chat_message_id?: string;
      /**
       * @format date-time
       */
      applied_at?: string;
    };
    UpdatePatchSetRecordDto: {
      /**
       * @description The project it changes; none for a plan that creates its project.
       * @format uuid
       */
      project_id?: string;
      /**
       * @description Defaults to proposed.
       */
      status?:
        | 'proposed'
        | 'validated'
        | 'applying'
        | 'applied'
        | 'rejected'
        | 'conflicted'
        | 'superseded'
        | 'undone';
      rationale?: string;
      /**
       * @description Defaults to [].
       */
      warnings?: {
        [key: string]: unknown;
      }[];
      /**
       * @description The outcome of checking the operations against the records.
       */
      validation?: {
        [key: string]: unknown;
      };
      /**
       * @description The outcome of applying it.
       */
      result?: {
        [key: string]: unknown;
      };
      /**
       * @description The chat message that proposed it.
       * @format uuid
       */
      chat_message_id?: string;
      /**
       * @format date-time
       */
      applied_at?: string;
    };
    PatchSetApplicationDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      patch_set_id: string;
      owner_id: string;
      kind: 'apply' | 'undo';
      operations: {
        [key: string]: unknown;
      }[];
      inverse_ops: {
        [key: string]: unknown;
      }[];
      refs: {
        [key: string]: unknown;
      };
      request_id: string | null;
    };
    PatchSetApplicationPage: {
      items: components['schemas']['PatchSetApplicationDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreatePatchSetApplicationDto: {
      /**
       * @format uuid
       */
      patch_set_id: string;
      /**
       * @description The PatchSet’s owner.
       */
      owner_id: string;
      kind: 'apply' | 'undo';
      /**
       * @description The operations sent to POST /api/batch.
       */
      operations: {
        [key: string]: unknown;
      }[];
      /**
       * @description The operations that undo them; defaults to [].
       */
      inverse_ops?: {
        [key: string]: unknown;
      }[];
      /**
       * @description The ids the batch answered, by ref; defaults to {}.
       */
      refs?: {
        [key: string]: unknown;
      };
      /**
       * @description The request id of the batch.
       */
      request_id?: string;
    };
    ChatSessionRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      owner_id: string;
      /**
       * @format uuid
       */
      project_id: string | null;
      title: string;
      summary: string;
      summary_turn: number;
      turn_count: number;
      /**
       * @format date-time
       */
      deleted_at: string | null;
    };
    ChatSessionRecordPage: {
      items: components['schemas']['ChatSessionRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateChatSessionRecordDto: {
      /**
       * @description The user the session belongs to.
       */
      owner_id: string;
      /**
       * @description The project the conversation is about.
       * @format uuid
       */
      project_id?: string;
      title: string;
      /**
       * @description The earlier turns, summarized; defaults to empty.
       */
      summary?: string;
      /**
       * @description How many turns the summary folds in; defaults to 0.
       */
      summary_turn?: number;
      /**
       * @description Turns so far; defaults to 0.
       */
      turn_count?: number;
    };
    UpdateChatSessionRecordDto: {
      /**
       * @description The project the conversation is about.
       * @format uuid
       */
      project_id?: string;
      title?: string;
      /**
       * @description The earlier turns, summarized; defaults to empty.
       */
      summary?: string;
      /**
       * @description How many turns the summary folds in; defaults to 0.
       */
      summary_turn?: number;
      /**
       * @description Turns so far; defaults to 0.
       */
      turn_count?: number;
    };
    ChatMessageRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      session_id: string;
      owner_id: string;
      turn: number;
      role: 'user' | 'assistant' | 'tool';
      content: string;
      tool_calls: {
        [key: string]: unknown;
      }[];
      patch_set_ids: string[];
      usage: {
        [key: string]: unknown;
      } | null;
    };
    ChatMessageRecordPage: {
      items: components['schemas']['ChatMessageRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateChatMessageRecordDto: {
      /**
       * @description A live session of the same owner.
       * @format uuid
       */
      session_id: string;
      /**
       * @description The session’s owner.
       */
      owner_id: string;
      /**
       * @description The turn of the session it belongs to.
       */
      turn: number;
      role: 'user' | 'assistant' | 'tool';
      /**
       * @description May be empty (a reply made only of tool calls).
       */
      content: string;
      /**
       * @description The tool calls of the message; defaults to [].
       */
      tool_calls?: {
        [key: string]: unknown;
      }[];
      /**
       * @description The PatchSets the message proposed; defaults to [].
       */
      patch_set_ids?: string[];
      /**
       * @description Tokens and cost of the model call that wrote it.
       */
      usage?: {
        [key: string]: unknown;
      };
    };
    OrganizationRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      slug: string;
      name: string;
      currency: string;
      timezone: string;
      country: string;
      fiscal_year_start: number;
      plan: string;
      pending_plan: string | null;
      /**
       * @format date-time
       */
      pending_plan_from: string | null;
      limit_overrides: {
        [key: string]: number;
      };
      hierarchy_levels: string[];
      status: 'active' | 'suspended';
    };
    OrganizationRecordPage: {
      items: components['schemas']['OrganizationRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateOrganizationRecordDto: {
      /**
       * @description Lowercase, 3 to 63 characters; names the organization in URLs.
       */
      slug: string;
      name: string;
      /**
       * @description ISO 4217 code, e.g. EUR.
       */
      currency: string;
      /**
       * @description IANA time zone.
       */
      timezone: string;
      /**
       * @description ISO 3166-1 alpha-2 code, e.g. FR.
       */
      country: string;
      /**
       * @description Month the fiscal year starts; defaults to 1.
       */
      fiscal_year_start?: number;
      /**
       * @description The org_plans name the organization is on.
       */
      plan: string;
      /**
       * @description The plan taking over at pending_plan_from.
       */
      pending_plan?: string | null;
      /**
       * @description When pending_plan takes over.
       * @format date-time
       */
      pending_plan_from?: string | null;
      /**
       * @description Keys among daily_pipelines, monthly_pipelines, concurrent_pipelines, providers, seats; values whole numbers ≥ 0.
       */
      limit_overrides?: {
        [key: string]: number;
      };
      /**
       * @description Names of the hierarchy's levels, top first; defaults to department, team, project.
       */
      hierarchy_levels?: string[];
      /**
       * @description Defaults to active.
       */
      status?: 'active' | 'suspended';
    };
    UpdateOrganizationRecordDto: {
      /**
       * @description Lowercase, 3 to 63 characters; names the organization in URLs.
       */
      slug?: string;
      name?: string;
      /**
       * @description ISO 4217 code, e.g. EUR.
       */
      currency?: string;
      /**
       * @description IANA time zone.
       */
      timezone?: string;
      /**
       * @description ISO 3166-1 alpha-2 code, e.g. FR.
       */
      country?: string;
      /**
       * @description Month the fiscal year starts; defaults to 1.
       */
      fiscal_year_start?: number;
      /**
       * @description The org_plans name the organization is on.
       */
      plan?: string;
      /**
       * @description The plan taking over at pending_plan_from.
       */
      pending_plan?: string | null;
      /**
       * @description When pending_plan takes over.
       * @format date-time
       */
      pending_plan_from?: string | null;
      /**
       * @description Keys among daily_pipelines, monthly_pipelines, concurrent_pipelines, providers, seats; values whole numbers ≥ 0.
       */
      limit_overrides?: {
        [key: string]: number;
      };
      /**
       * @description Names of the hierarchy's levels, top first; defaults to department, team, project.
       */
      hierarchy_levels?: string[];
      /**
       * @description Defaults to active.
       */
      status?: 'active' | 'suspended';
    };
    OrgPlanRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      name: string;
      label: string;
      daily_pipelines: number;
      monthly_pipelines: number;
      concurrent_pipelines: number;
      providers: number;
      seats: number;
      price_monthly: string;
      currency: string;
      shipped: boolean;
      shipped_version: number;
    };
    OrgPlanRecordPage: {
      items: components['schemas']['OrgPlanRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateOrgPlanRecordDto: {
      name: string;
      label: string;
      daily_pipelines: number;
      monthly_pipelines: number;
      concurrent_pipelines: number;
      /**
       * @description Integrations an organization may configure.
       */
      providers: number;
      /**
       * @description Members an organization may have.
       */
      seats: number;
      price_monthly: string;
      /**
       * @description ISO 4217 code, e.g. EUR.
       */
      currency: string;
      /**
       * @description True for the plans the service ships; defaults to false.
       */
      shipped?: boolean;
      /**
       * @description Version of the shipped definition; defaults to 0.
       */
      shipped_version?: number;
    };
    UpdateOrgPlanRecordDto: {
      label?: string;
      daily_pipelines?: number;
      monthly_pipelines?: number;
      concurrent_pipelines?: number;
      /**
       * @description Integrations an organization may configure.
       */
      providers?: number;
      /**
       * @description Members an organization may have.
       */
      seats?: number;
      price_monthly?: string;
      /**
       * @description ISO 4217 code, e.g. EUR.
       */
      currency?: string;
      /**
       * @description True for the plans the service ships; defaults to false.
       */
      shipped?: boolean;
      /**
       * @description Version of the shipped definition; defaults to 0.
       */
      shipped_version?: number;
    };
    OrgMemberRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      org_id: string;
      /**
       * @format uuid
       */
      user_id: string;
      role: 'owner' | 'admin' | 'member' | 'viewer';
    };
    OrgMemberRecordPage: {
      items: components['schemas']['OrgMemberRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateOrgMemberRecordDto: {
      /**
       * @format uuid
       */
      org_id: string;
      /**
       * @description The registry user.
       * @format uuid
       */
      user_id: string;
      role: 'owner' | 'admin' | 'member' | 'viewer';
    };
    UpdateOrgMemberRecordDto: {
      role?: 'owner' | 'admin' | 'member' | 'viewer';
    };
    OrgApiKeyRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      org_id: string;
      name: string;
      key_prefix: string;
      key_hash: string;
      role: 'owner' | 'admin' | 'member' | 'viewer';
      created_by: string | null;
      /**
       * @format date-time
       */
      last_used_at: string | null;
      /**
       * @format date-time
       */
      expires_at: string | null;
      /**
       * @format date-time
       */
      revoked_at: string | null;
    };
    OrgApiKeyRecordPage: {
      items: components['schemas']['OrgApiKeyRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateOrgApiKeyRecordDto: {
      /**
       * @format uuid
       */
      org_id: string;
      name: string;
      /**
       * @description The key’s visible beginning, to find it by.
       */
      key_prefix: string;
      /**
       * @description Hex SHA-256 of the whole key.
       */
      key_hash: string;
      /**
       * @description Defaults to admin.
       */
      role?: 'owner' | 'admin' | 'member' | 'viewer';
      /**
       * @description Who made the key.
       */
      created_by?: string;
      /**
       * @description When the key stops working.
       * @format date-time
       */
      expires_at?: string;
    };
    UpdateOrgApiKeyRecordDto: {
      name?: string;
      role?: 'owner' | 'admin' | 'member' | 'viewer';
      /**
       * @format date-time
       */
      last_used_at?: string;
      /**
       * @description Null: never expires.
       * @format date-time
       */
      expires_at?: string | null;
      /**
       * @description Set: the key no longer works.
       * @format date-time
       */
      revoked_at?: string | null;
    };
    OrgAuditLogRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      org_id: string;
      actor_type: 'user' | 'api_key' | 'root' | 'service';
      actor_id: string;
      action: string;
      target_type: string;
      target_id: string | null;
      before: {
        [key: string]: unknown;
      } | null;
      after: {
        [key: string]: unknown;
      } | null;
      request_id: string | null;
    };
    OrgAuditLogRecordPage: {
      items: components['schemas']['OrgAuditLogRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateOrgAuditLogRecordDto: {
      /**
       * @format uuid
       */
      org_id: string;
      actor_type: 'user' | 'api_key' | 'root' | 'service';
      /**
       * @description The user id, key id, `root` or the service’s name.
       */
      actor_id: string;
      /**
       * @description What was done, e.g. organization.updated.
       */
      action: string;
      /**
       * @description The kind of record acted on.
       */
      target_type: string;
      target_id?: string;
      /**
       * @description The record before the change.
       */
      before?: {
        [key: string]: unknown;
      } | null;
      /**
       * @description The record after the change.
       */
      after?: {
        [key: string]: unknown;
      } | null;
      /**
       * @description The request that made the change.
       */
      request_id?: string;
    };
    OrgIntegrationRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      org_id: string;
      provider: string;
      ciphertext: string;
      key_id: string;
      fingerprint: string;
      base_url: string | null;
      settings: {
        [key: string]: unknown;
      };
      status: 'pending' | 'valid' | 'invalid';
      status_reason: string | null;
      /**
       * @format date-time
       */
      validated_at: string | null;
    };
    OrgIntegrationRecordPage: {
      items: components['schemas']['OrgIntegrationRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateOrgIntegrationRecordDto: {
      /**
       * @format uuid
       */
      org_id: string;
      /**
       * @description e.g. openai, anthropic.
       */
      provider: string;
      /**
       * @description The encrypted credentials.
       */
      ciphertext: string;
      /**
       * @description The encryption key that sealed them.
       */
      key_id: string;
      /**
       * @description A digest identifying the credentials without revealing them.
       */
      fingerprint: string;
      /**
       * @format uri
       */
      base_url?: string | null;
      /**
       * @description Non-secret settings.
       */
      settings?: {
        [key: string]: unknown;
      };
      /**
       * @description Defaults to pending.
       */
      status?: 'pending' | 'valid' | 'invalid';
      /**
       * @description Why the last validation failed.
       */
      status_reason?: string | null;
      /**
       * @description When the credentials were last checked.
       * @format date-time
       */
      validated_at?: string | null;
    };
    UpdateOrgIntegrationRecordDto: {
      ciphertext?: string;
      key_id?: string;
      fingerprint?: string;
      /**
       * @format uri
       */
      base_url?: string | null;
      /**
       * @description Non-secret settings.
       */
      settings?: {
        [key: string]: unknown;
      };
      status?: 'pending' | 'valid' | 'invalid';
      /**
       * @description Why the last validation failed.
       */
      status_reason?: string | null;
      /**
       * @description When the credentials were last checked.
       * @format date-time
       */
      validated_at?: string | null;
    };
    ModelPriceRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      org_id: string | null;
      provider: string;
      model: string;
      input_per_1m: string;
      output_per_1m: string;
      cached_input_per_1m: string | null;
      cache_write_per_1m: string | null;
      reasoning_per_1m: string | null;
      per_request: string | null;
      currency: string;
      /**
       * @format date-time
       */
      valid_from: string;
      /**
       * @format date-time
       */
      valid_to: string | null;
      source: 'catalogue' | 'custom';
      note: string | null;
    };
    ModelPriceRecordPage: {
      items: components['schemas']['ModelPriceRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateModelPriceRecordDto: {
      /**
       * @description The organization the price is for; left out, the price is global.
       * @format uuid
       */
      org_id?: string;
      provider: string;
      model: string;
      /**
       * @description Per million input tokens.
       */
      input_per_1m: string;
      /**
       * @description Per million output tokens.
       */
      output_per_1m: string;
      /**
       * @description Per million cached input tokens.
       */
      cached_input_per_1m?: string | null;
      /**
       * @description Per million tokens written to the cache.
       */
      cache_write_per_1m?: string | null;
      /**
       * @description Per million reasoning tokens.
       */
      reasoning_per_1m?: string | null;
      /**
       * @description Per request.
       */
      per_request?: string | null;
      /**
       * @description ISO 4217 code; defaults to USD.
       */
      currency?: string;
      /**
       * @description Start of the period the price holds, included.
       * @format date-time
       */
      valid_from: string;
      /**
       * @description End of the period, excluded; null: open-ended.
       * @format date-time
       */
      valid_to?: string | null;
      source: 'catalogue' | 'custom';
      note?: string | null;
    };
    UpdateModelPriceRecordDto: {
      input_per_1m?: string;
      output_per_1m?: string;
      cached_input_per_1m?: string | null;
      cache_write_per_1m?: string | null;
      reasoning_per_1m?: string | null;
      per_request?: string | null;
      /**
       * @description ISO 4217 code, e.g. EUR.
       */
      currency?: string;
      /**
       * @format date-time
       */
      valid_from?: string;
      /**
       * @description Null: open-ended.
       * @format date-time
       */
      valid_to?: string | null;
      source?: 'catalogue' | 'custom';
      note?: string | null;
    };
    SaasSubscriptionRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      org_id: string;
      provider: string;
      plan_name: string;
      pricing_model: 'per_seat' | 'flat';
      unit_price: string;
      seats: number | null;
      currency: string;
      billing_period: 'monthly' | 'quarterly' | 'yearly';
      /**
       * @format date
       */
      start_date: string;
      /**
       * @format date
       */
      end_date: string | null;
      status: 'active' | 'cancelled' | 'expired';
      notes: string | null;
      /**
       * @format date-time
       */
      deleted_at: string | null;
    };
    SaasSubscriptionRecordPage: {
      items: components['schemas']['SaasSubscriptionRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateSaasSubscriptionRecordDto: {
      /**
       * @format uuid
       */
      org_id: string;
      provider: string;
      plan_name: string;
      pricing_model: 'per_seat' | 'flat';
      /**
       * @description Per seat or flat, per billing period.
       */
      unit_price: string;
      /**
       * @description For per-seat plans.
       */
      seats?: number | null;
      /**
       * @description ISO 4217 code, e.g. EUR.
       */
      currency: string;
      billing_period: 'monthly' | 'quarterly' | 'yearly';
      /**
       * @format date
       */
      start_date: string;
      /**
       * @description Null: still running.
       * @format date
       */
      end_date?: string | null;
      /**
       * @description Defaults to active.
       */
      status?: 'active' | 'cancelled' | 'expired';
      notes?: string | null;
    };
    UpdateSaasSubscriptionRecordDto: {
      provider?: string;
      plan_name?: string;
      pricing_model?: 'per_seat' | 'flat';
      unit_price?: string;
      /**
       * @description For per-seat plans.
       */
      seats?: number | null;
      /**
       * @description ISO 4217 code, e.g. EUR.
       */
      currency?: string;
      billing_period?: 'monthly' | 'quarterly' | 'yearly';
      /**
       * @format date
       */
      start_date?: string;
      /**
       * @description Null: still running.
       * @format date
       */
      end_date?: string | null;
      status?: 'active' | 'cancelled' | 'expired';
      notes?: string | null;
    };
    HierarchyNodeRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      org_id: string;
      /**
       * @format uuid
       */
      parent_id: string | null;
      level: string;
      code: string;
      name: string;
      depth: number;
      daily_budget: string | null;
      monthly_budget: string | null;
      budget_enforcement: 'hard' | 'soft' | null;
      metadata: {
        [key: string]: unknown;
      };
    };
    HierarchyNodeRecordPage: {
      items: components['schemas']['HierarchyNodeRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateHierarchyNodeRecordDto: {
      /**
       * @description The node’s id, to create parents and children in one bulk call; generated when left out.
       * @format uuid
       */
      id?: string;
      /**
       * @format uuid
       */
      org_id: string;
      /**
       * @description The parent node; left out, the node is a root.
       * @format uuid
       */
      parent_id?: string;
      /**
       * @description One of the organization’s hierarchy_levels.
       */
      level: string;
      /**
       * @description Unique in the organization.
       */
      code: string;
      name: string;
      /**
       * @description Distance from the root (a root is 0).
       */
      depth: number;
      /**
       * @description In the organization’s currency.
       */
      daily_budget?: string | null;
      /**
       * @description In the organization’s currency.
       */
      monthly_budget?: string | null;
      /**
       * @description hard: refuse past the budget; soft: warn.
       */
      budget_enforcement?: 'hard' | 'soft' | null;
      metadata?: {
        [key: string]: unknown;
      };
    };
    UpdateHierarchyNodeRecordDto: {
      /**
       * @description The parent node; null makes the node a root.
       * @format uuid
       */
      parent_id?: string | null;
      level?: string;
      code?: string;
      name?: string;
      depth?: number;
      daily_budget?: string | null;
      monthly_budget?: string | null;
      budget_enforcement?: 'hard' | 'soft' | null;
      metadata?: {
        [key: string]: unknown;
      };
    };
    OrgProjectRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      project_id: string;
      /**
       * @format uuid
       */
      org_id: string;
      /**
       * @format uuid
       */
      node_id: string | null;
    };
    OrgProjectRecordPage: {
      items: components['schemas']['OrgProjectRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateOrgProjectRecordDto: {
      /**
       * @description The registry project; in one organization at most.
       * @format uuid
       */
      project_id: string;
      /**
       * @format uuid
       */
      org_id: string;
      /**
       * @description The hierarchy node the project sits under.
       * @format uuid
       */
      node_id?: string;
    };
    UpdateOrgProjectRecordDto: {
      /**
       * @description The hierarchy node; null: directly under the organization.
       * @format uuid
       */
      node_id?: string | null;
    };
    PipelineRunRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      org_id: string;
      kind: 'run' | 'ci_job';
      pipeline_id: string;
      /**
       * @format uuid
       */
      project_id: string | null;
      profile: string | null;
      provider: string | null;
      status: 'admitted' | 'succeeded' | 'failed' | 'cancelled' | 'expired';
      /**
       * @format date
       */
      quota_day: string;
      quota_month: string;
      /**
       * @format date-time
       */
      lease_expires_at: string;
      /**
       * @format date-time
       */
      completed_at: string | null;
      detail: string | null;
      steps: {
        [key: string]: unknown;
      }[];
      requested_by: string | null;
    };
    PipelineRunRecordPage: {
      items: components['schemas']['PipelineRunRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreatePipelineRunRecordDto: {
      /**
       * @format uuid
       */
      org_id: string;
      kind: 'run' | 'ci_job';
      /**
       * @description The run’s or job’s id in its own service.
       */
      pipeline_id: string;
      /**
       * @format uuid
       */
      project_id?: string;
      profile?: string;
      provider?: string;
      /**
       * @description Defaults to admitted.
       */
      status?: 'admitted' | 'succeeded' | 'failed' | 'cancelled' | 'expired';
      /**
       * @description The day counted against, in the organization’s time zone.
       * @format date
       */
      quota_day: string;
      /**
       * @description The month counted against, YYYY-MM.
       */
      quota_month: string;
      /**
       * @description When an unfinished admission stops counting as running.
       * @format date-time
       */
      lease_expires_at: string;
      /**
       * @format date-time
       */
      completed_at?: string;
      detail?: string;
      /**
       * @description The pipeline’s steps as its service reports them; defaults to [].
       */
      steps?: {
        [key: string]: unknown;
      }[];
      /**
       * @description Who asked for the run.
       */
      requested_by?: string;
    };
    UpdatePipelineRunRecordDto: {
      status?: 'admitted' | 'succeeded' | 'failed' | 'cancelled' | 'expired';
      provider?: string | null;
      /**
       * @format date-time
       */
      lease_expires_at?: string;
      /**
       * @format date-time
       */
      completed_at?: string | null;
      detail?: string | null;
      /**
       * @description The pipeline’s steps as its service reports them; defaults to [].
       */
      steps?: {
        [key: string]: unknown;
      }[];
    };
    PipelineStateTransitionRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      pipeline_run_id: string;
      from_status: 'admitted' | 'succeeded' | 'failed' | 'cancelled' | 'expired' | null;
      to_status: 'admitted' | 'succeeded' | 'failed' | 'cancelled' | 'expired';
      reason: string | null;
    };
    PipelineStateTransitionRecordPage: {
      items: components['schemas']['PipelineStateTransitionRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreatePipelineStateTransitionRecordDto: {
      /**
       * @format uuid
       */
      pipeline_run_id: string;
      /**
       * @description Null for the first state.
       */
      from_status?: 'admitted' | 'succeeded' | 'failed' | 'cancelled' | 'expired' | null;
      to_status: 'admitted' | 'succeeded' | 'failed' | 'cancelled' | 'expired';
      reason?: string;
    };
    AlertPresetRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      name: string;
      label: string;
      description: string;
      definition: {
        [key: string]: unknown;
      };
      shipped_version: number;
    };
    AlertPresetRecordPage: {
      items: components['schemas']['AlertPresetRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateAlertPresetRecordDto: {
      name: string;
      label: string;
      description: string;
      /**
       * @description The alert rule the preset creates.
       */
      definition: {
        [key: string]: unknown;
      };
      /**
       * @description Version of the shipped definition; defaults to 0.
       */
      shipped_version?: number;
    };
    UpdateAlertPresetRecordDto: {
      label?: string;
      description?: string;
      /**
       * @description The alert rule the preset creates.
       */
      definition?: {
        [key: string]: unknown;
      };
      /**
       * @description Version of the shipped definition; defaults to 0.
       */
      shipped_version?: number;
    };
    NotificationChannelRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      org_id: string;
      name: string;
      kind: 'email' | 'slack' | 'webhook';
      config: {
        [key: string]: unknown;
      };
      secret_ciphertext: string | null;
      secret_key_id: string | null;
      enabled: boolean;
      /**
       * @format date-time
       */
      deleted_at: string | null;
    };
    NotificationChannelRecordPage: {
      items: components['schemas']['NotificationChannelRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateNotificationChannelRecordDto: {
      /**
       * @format uuid
       */
      org_id: string;
      /**
       * @description Unique among the organization’s live channels.
       */
      name: string;
      kind: 'email' | 'slack' | 'webhook';
      /**
       * @description Non-secret settings only: addresses, the URL’s host…; defaults to {}.
       */
      config?: {
        [key: string]: unknown;
      };
      /**
       * @description The secret (SMTP password, webhook URL or signing key), encrypted by the cost service.
       */
      secret_ciphertext?: string | null;
      /**
       * @description The encryption key that sealed the secret; given with it.
       */
      secret_key_id?: string | null;
      /**
       * @description Defaults to true.
       */
      enabled?: boolean;
    };
    UpdateNotificationChannelRecordDto: {
      /**
       * @description Unique among the organization’s live channels.
       */
      name?: string;
      /**
       * @description Non-secret settings only: addresses, the URL’s host…; defaults to {}.
       */
      config?: {
        [key: string]: unknown;
      };
      /**
       * @description The secret (SMTP password, webhook URL or signing key), encrypted by the cost service.
       */
      secret_ciphertext?: string | null;
      /**
       * @description The encryption key that sealed the secret; given with it.
       */
      secret_key_id?: string | null;
      /**
       * @description Defaults to true.
       */
      enabled?: boolean;
    };
    NotificationRuleRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      org_id: string;
      name: string;
      event:
        | 'alert_triggered'
        | 'alert_resolved'
        | 'quota_80'
        | 'quota_100'
        | 'integration_invalid'
        | 'budget_reached'
        | 'daily_summary'
        | 'weekly_summary';
      channel_ids: string[];
      filters: {
        [key: string]: unknown;
      };
      enabled: boolean;
      /**
       * @format date-time
       */
      deleted_at: string | null;
    };
    NotificationRuleRecordPage: {
      items: components['schemas']['NotificationRuleRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateNotificationRuleRecordDto: {
      /**
       * @format uuid
       */
      org_id: string;
      /**
       * @description Unique among the organization’s live rules.
       */
      name: string;
      event:
        | 'alert_triggered'
        | 'alert_resolved'
        | 'quota_80'
        | 'quota_100'
        | 'integration_invalid'
        | 'budget_reached'
        | 'daily_summary'
        | 'weekly_summary';
      /**
       * @description Live channels of the same organization; defaults to [].
       */
      channel_ids?: string[];
      /**
       * @description Which events of the kind the rule takes (the cost service reads them); defaults to {}.
       */
      filters?: {
        [key: string]: unknown;
      };
      /**
       * @description Defaults to true.
       */
      enabled?: boolean;
    };
    UpdateNotificationRuleRecordDto: {
      /**
       * @description Unique among the organization’s live rules.
       */
      name?: string;
      event?:
        | 'alert_triggered'
        | 'alert_resolved'
        | 'quota_80'
        | 'quota_100'
        | 'integration_invalid'
        | 'budget_reached'
        | 'daily_summary'
        | 'weekly_summary';
      /**
       * @description Live channels of the same organization; defaults to [].
       */
      channel_ids?: string[];
      /**
       * @description Which events of the kind the rule takes (the cost service reads them); defaults to {}.
       */
      filters?: {
        [key: string]: unknown;
      };
      /**
       * @description Defaults to true.
       */
      enabled?: boolean;
    };
    NotificationDeliveryRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      org_id: string;
      /**
       * @format uuid
       */
      rule_id: string | null;
      /**
       * @format uuid
       */
      channel_id: string;
      event_key: string;
      status: 'pending' | 'sent' | 'failed';
      attempts: number;
      last_error: string | null;
      payload: {
        [key: string]: unknown;
      };
      /**
       * @format date-time
       */
      sent_at: string | null;
    };
    NotificationDeliveryRecordPage: {
      items: components['schemas']['NotificationDeliveryRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateNotificationDeliveryRecordDto: {
      /**
       * @format uuid
       */
      org_id: string;
      /**
       * @description The rule that sent it; none for a channel test or a direct send.
       * @format uuid
       */
      rule_id?: string;
      /**
       * @description A live channel of the organization.
       * @format uuid
       */
      channel_id: string;
      /**
       * @description What is notified, e.g. alert:<id>:<window>:<threshold>; one delivery per (channel, key): 409 after.
       */
      event_key: string;
      /**
       * @description Defaults to pending.
       */
      status?: 'pending' | 'sent' | 'failed';
      /**
       * @description Defaults to 0.
       */
      attempts?: number;
      last_error?: string | null;
      /**
       * @description The message as rendered; defaults to {}.
       */
      payload?: {
        [key: string]: unknown;
      };
      /**
       * @format date-time
       */
      sent_at?: string | null;
    };
    UpdateNotificationDeliveryRecordDto: {
      status?: 'pending' | 'sent' | 'failed';
      attempts?: number;
      last_error?: string | null;
      /**
       * @format date-time
       */
      sent_at?: string | null;
    };
    CostAlertRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      org_id: string;
      name: string;
      kind:
        'daily_spend_above' | 'monthly_forecast_above_budget' | 'spike_vs_trailing_mean' | 'budget_percent';
      threshold: string;
      params: {
        [key: string]: unknown;
      };
      channel_ids: string[];
      enabled: boolean;
      state: 'ok' | 'triggered' | 'resolved';
      /**
       * @format date-time
       */
      state_changed_at: string | null;
      last_window: string | null;
      last_threshold: string | null;
      /**
       * @format date-time
       */
      deleted_at: string | null;
    };
    CostAlertRecordPage: {
      items: components['schemas']['CostAlertRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateCostAlertRecordDto: {
      /**
       * @format uuid
       */
      org_id: string;
      /**
       * @description Unique among the organization’s live alerts.
       */
      name: string;
      kind:
        'daily_spend_above' | 'monthly_forecast_above_budget' | 'spike_vs_trailing_mean' | 'budget_percent';
      /**
       * @description An amount in the organization’s currency, or a percentage (budget_percent).
       */
      threshold: string;
      /**
       * @description The kind’s parameters (node_id, percent, window…), read by the cost service; defaults to {}.
       */
      params?: {
        [key: string]: unknown;
      };
      /**
       * @description Live notification channels of the same organization; defaults to [].
       */
      channel_ids?: string[];
      /**
       * @description Defaults to true.
       */
      enabled?: boolean;
      /**
       * @description Defaults to ok.
       */
      state?: 'ok' | 'triggered' | 'resolved';
      /**
       * @format date-time
       */
      state_changed_at?: string | null;
      /**
       * @description The window last notified.
       */
      last_window?: string | null;
      /**
       * @description The threshold last notified.
       */
      last_threshold?: string | null;
    };
    UpdateCostAlertRecordDto: {
      /**
       * @description Unique among the organization’s live alerts.
       */
      name?: string;
      kind?:
        'daily_spend_above' | 'monthly_forecast_above_budget' | 'spike_vs_trailing_mean' | 'budget_percent';
      /**
       * @description An amount in the organization’s currency, or a percentage (budget_percent).
       */
      threshold?: string;
      /**
       * @description The kind’s parameters (node_id, percent, window…), read by the cost service; defaults to {}.
       */
      params?: {
        [key: string]: unknown;
      };
      /**
       * @description Live notification channels of the same organization; defaults to [].
       */
      channel_ids?: string[];
      /**
       * @description Defaults to true.
       */
      enabled?: boolean;
      /**
       * @description Defaults to ok.
       */
      state?: 'ok' | 'triggered' | 'resolved';
      /**
       * @format date-time
       */
      state_changed_at?: string | null;
      /**
       * @description The window last notified.
       */
      last_window?: string | null;
      /**
       * @description The threshold last notified.
       */
      last_threshold?: string | null;
    };
    CostAlertEventRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @format uuid
       */
      alert_id: string;
      /**
       * @format uuid
       */
      org_id: string;
      from_state: 'ok' | 'triggered' | 'resolved';
      to_state: 'ok' | 'triggered' | 'resolved';
      window: string;
      value: string;
      threshold: string;
      detail: {
        [key: string]: unknown;
      };
    };
    CostAlertEventRecordPage: {
      items: components['schemas']['CostAlertEventRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateCostAlertEventRecordDto: {
      /**
       * @description An alert of the same organization.
       * @format uuid
       */
      alert_id: string;
      /**
       * @format uuid
       */
      org_id: string;
      from_state: 'ok' | 'triggered' | 'resolved';
      to_state: 'ok' | 'triggered' | 'resolved';
      /**
       * @description The evaluation window.
       */
      window: string;
      /**
       * @description The value evaluated (spend, forecast, percent), exact.
       */
      value: string;
      /**
       * @description The threshold it was compared with.
       */
      threshold: string;
      /**
       * @description Defaults to {}.
       */
      detail?: {
        [key: string]: unknown;
      };
    };
    UserDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      telegram_id: number | null;
      username: string | null;
      email: string | null;
      role: 'admin' | 'member';
      is_active: boolean;
    };
    UserPage: {
      items: components['schemas']['UserDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateUserDto: {
      /**
       * @description Telegram user id; unique where set. Absent or null: a user without Telegram.
       */
      telegram_id?: number | null;
      username?: string;
      /**
       * @description Unique among users whatever its case (A@x.org and a@x.org are one address).
       * @format email
       */
      email?: string;
      /**
       * @description Defaults to member.
       */
      role?: 'admin' | 'member';
      /**
       * @description Defaults to true.
       */
      is_active?: boolean;
    };
    UpdateUserDto: {
      /**
       * @description Telegram user id; unique where set. Absent or null: a user without Telegram.
       */
      telegram_id?: number | null;
      username?: string;
      /**
       * @description Unique among users whatever its case (A@x.org and a@x.org are one address).
       * @format email
       */
      email?: string;
      /**
       * @description Defaults to member.
       */
      role?: 'admin' | 'member';
      /**
       * @description Defaults to true.
       */
      is_active?: boolean;
    };
    ApiKeyDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      name: string;
      /**
       * @format uuid
       */
      owner_id: string;
      scopes: string[];
      /**
       * @description Public part of the key, shown to tell keys apart.
       */
      key_prefix: string;
      /**
       * @format date-time
       */
      expires_at: string | null;
      /**
       * @format date-time
       */
      last_used_at: string | null;
      /**
       * @format date-time
       */
      revoked_at: string | null;
    };
    ApiKeyPage: {
      items: components['schemas']['ApiKeyDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateApiKeyDto: {
      name: string;
      /**
       * @description Owner; defaults to the caller. Only admins may name another user.
       * @format uuid
       */
      owner_id?: string;
      /**
       * @description Scopes granted, e.g. runs:write.
       */
      scopes?: string[];
      /**
       * @description When the key stops working; never when absent.
       * @format date-time
       */
      expires_at?: string;
    };
    CreatedApiKeyDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      name: string;
      /**
       * @format uuid
       */
      owner_id: string;
      scopes: string[];
      /**
       * @description Public part of the key, shown to tell keys apart.
       */
      key_prefix: string;
      /**
       * @format date-time
       */
      expires_at: string | null;
      /**
       * @format date-time
       */
      last_used_at: string | null;
      /**
       * @format date-time
       */
      revoked_at: string | null;
      /**
       * @description The key itself: shown once, never again.
       */
      key: string;
    };
    VerifyApiKeyDto: {
      key: string;
    };
    VerifiedApiKeyDto: {
      /**
       * @format uuid
       */
      key_id: string;
      name: string;
      /**
       * @format uuid
       */
      owner_id: string;
      /**
       * @description The owner’s Telegram id, if any.
       */
      telegram_id: number | null;
      /**
       * @description The owner’s email, if any.
       * @format email
       */
      email: string | null;
      role: 'admin' | 'member';
      scopes: string[];
      /**
       * @format date-time
       */
      expires_at: string | null;
    };
    UpdateApiKeyDto: {
      name?: string;
      /**
       * @description Scopes granted, e.g. runs:write.
       */
      scopes?: string[];
      /**
       * @description When the key stops working; never when absent.
       * @format date-time
       */
      expires_at?: string;
      /**
       * @description Set to revoke the key; revocation cannot be undone by clearing it.
       * @format date-time
       */
      revoked_at?: string;
    };
    TaskExecutionDto: {
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      /**
       * @description The worker’s request id.
       */
      id: string;
      /**
       * @format uuid
       */
      task_id: string | null;
      worker_id: string;
      /**
       * @format date-time
       */
      started_at: string;
      /**
       * @format date-time
       */
      finished_at: string;
      duration_ms: number;
      exit_code: number;
      result_data: {
        [key: string]: unknown;
      } | null;
      status: 'success' | 'failure' | 'in_progress' | 'error';
    };
    TaskExecutionPage: {
      items: components['schemas']['TaskExecutionDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    PutTaskExecutionDto: {
      /**
       * @description The task this execution served, if any.
       * @format uuid
       */
      task_id?: string;
      worker_id: string;
      /**
       * @format date-time
       */
      started_at: string;
      /**
       * @format date-time
       */
      finished_at: string;
      duration_ms: number;
      exit_code: number;
      /**
       * @description The worker’s verdict or error.
       */
      result_data?: {
        [key: string]: unknown;
      };
      status: 'success' | 'failure' | 'in_progress' | 'error';
    };
    CreateTaskExecutionDto: {
      /**
       * @description The task this execution served, if any.
       * @format uuid
       */
      task_id?: string;
      worker_id: string;
      /**
       * @format date-time
       */
      started_at: string;
      /**
       * @format date-time
       */
      finished_at: string;
      duration_ms: number;
      exit_code: number;
      /**
       * @description The worker’s verdict or error.
       */
      result_data?: {
        [key: string]: unknown;
      };
      status: 'success' | 'failure' | 'in_progress' | 'error';
      /**
       * @description The worker’s request id.
       */
      id: string;
    };
    UpdateTaskExecutionDto: {
      /**
       * @description The task this execution served, if any.
       * @format uuid
       */
      task_id?: string;
      worker_id?: string;
      /**
       * @format date-time
       */
      started_at?: string;
      /**
       * @format date-time
       */
      finished_at?: string;
      duration_ms?: number;
      exit_code?: number;
      /**
       * @description The worker’s verdict or error.
       */
      result_data?: {
        [key: string]: unknown;
      };
      status?: 'success' | 'failure' | 'in_progress' | 'error';
    };
    SpendLedgerRecordDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @description Increments on every change; sent as the ETag.
       */
      version: number;
      event_id: string;
      /**
       * @format uuid
       */
      org_id: string;
      /**
       * @format date-time
       */
      occurred_at: string;
      /**
       * @format date
       */
      local_day: string;
      source: 'run' | 'planner' | 'ci' | 'saas' | 'adjustment';
      /**
       * @format uuid
       */
      node_id: string | null;
      /**
       * @format uuid
       */
      project_id: string | null;
      provider: string;
      model: string | null;
      user_id: string | null;
      /**
       * @format uuid
       */
      run_id: string | null;
      job_id: string | null;
      input_tokens: number;
      output_tokens: number;
      cached_input_tokens: number;
      quantity: string | null;
      /**
       * @description Exact decimal, sub-cent digits kept.
       */
      amount: string;
      currency: string;
      /**
       * @format uuid
       */
      price_id: string | null;
      price_snapshot: {
        [key: string]: unknown;
      } | null;
      /**
       * @format uuid
       */
      adjusts_id: string | null;
    };
    SpendLedgerRecordPage: {
      items: components['schemas']['SpendLedgerRecordDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    CreateSpendLedgerRecordDto: {
      /**
       * @description The source event’s idempotency key: a redelivered event is counted once.
       */
      event_id: string;
      /**
       * @format uuid
       */
      org_id: string;
      /**
       * @description When the spend happened.
       * @format date-time
       */
      occurred_at: string;
      /**
       * @description The day of occurred_at in the organization’s time zone (the writer computes it).
       * @format date
       */
      local_day: string;
      source: 'run' | 'planner' | 'ci' | 'saas' | 'adjustment';
      /**
       * @description The hierarchy node the spend is charged to.
       * @format uuid
       */
      node_id?: string;
      /**
       * @description The registry project.
       * @format uuid
       */
      project_id?: string;
      /**
       * @description openai, anthropic, github-actions, a SaaS vendor…
       */
      provider: string;
      model?: string;
      /**
       * @description Who the spend was for.
       */
      user_id?: string;
      /**
       * @format uuid
       */
      run_id?: string;
      /**
       * @description The CI job.
       */
      job_id?: string;
      /**
       * @description Defaults to 0; cached input tokens are not counted here again.
       */
      input_tokens?: number;
      /**
       * @description Defaults to 0.
       */
      output_tokens?: number;
      /**
       * @description Defaults to 0.
       */
      cached_input_tokens?: number;
      /**
       * @description A priced quantity other than tokens (CI runner seconds).
       */
      quantity?: string;
      /**
       * @description Exact, in `currency`; negative only in an adjustment.
       */
      amount: string;
      /**
       * @description ISO 4217 code; defaults to USD.
       */
      currency?: string;
      /**
       * @description The model_prices row the amount was computed with.
       * @format uuid
       */
      price_id?: string;
      /**
       * @description The prices the amount was computed from, as they were.
       */
      price_snapshot?: {
        [key: string]: unknown;
      };
      /**
       * @description For an adjustment: the ledger row it corrects.
       * @format uuid
       */
      adjusts_id?: string;
    };
    SpendLedgerBulkResultDto: {
      /**
       * @description Rows inserted (and added to the daily rollups).
       */
      inserted: number;
      /**
       * @description Event ids not inserted: already in the ledger, or repeated in the body (the first occurrence counts).
       */
      duplicates: string[];
    };
    SpendHourBucketDto: {
      /**
       * @description Exact decimal, sub-cent digits kept.
       */
      amount: string;
      input_tokens: number;
      output_tokens: number;
      cached_input_tokens: number;
      /**
       * @description Priced events counted (a recompute’s adjustment rows change the amount, not this).
       */
      events: number;
      /**
       * @description The hour’s first instant, UTC.
       * @format date-time
       */
      start: string;
      /**
       * @description The same instant in the time zone.
       */
      local_start: string;
    };
    SpendTotalsDto: {
      /**
       * @description Exact decimal, sub-cent digits kept.
       */
      amount: string;
      input_tokens: number;
      output_tokens: number;
      cached_input_tokens: number;
      /**
       * @description Priced events counted (a recompute’s adjustment rows change the amount, not this).
       */
      events: number;
    };
    SpendHourTrendDto: {
      bucket: 'hour';
      timezone: string;
      /**
       * @description Every local hour from from’s to the one before to, zero-filled; the first counts only spend from `from`.
       */
      buckets: components['schemas']['SpendHourBucketDto'][];
      total: components['schemas']['SpendTotalsDto'];
    };
    SpendGroupKeyDto: {
      provider?: string | null;
      model?: string | null;
      /**
       * @format uuid
       */
      project_id?: string | null;
      /**
       * @format uuid
       */
      node_id?: string | null;
      user_id?: string | null;
      source?: 'run' | 'planner' | 'ci' | 'saas' | 'adjustment';
      /**
       * @format date
       */
      local_day?: string;
    };
    SpendGroupDto: {
      /**
       * @description Exact decimal, sub-cent digits kept.
       */
      amount: string;
      input_tokens: number;
      output_tokens: number;
      cached_input_tokens: number;
      /**
       * @description Priced events counted (a recompute’s adjustment rows change the amount, not this).
       */
      events: number;
      key: components['schemas']['SpendGroupKeyDto'];
    };
    SpendAggregateDto: {
      /**
       * @description Largest amount first, at most `limit`.
       */
      groups: components['schemas']['SpendGroupDto'][];
      /**
       * @description Of all matching spend, every group included.
       */
      total: components['schemas']['SpendTotalsDto'];
      /**
       * @description Groups in all; more than answered when truncated.
       */
      group_count: number;
      truncated: boolean;
    };
    SpendDayBucketDto: {
      /**
       * @description Exact decimal, sub-cent digits kept.
       */
      amount: string;
      input_tokens: number;
      output_tokens: number;
      cached_input_tokens: number;
      /**
       * @description Priced events counted (a recompute’s adjustment rows change the amount, not this).
       */
      events: number;
      /**
       * @description First day of the bucket (a Monday for weeks, the 1st for months).
       * @format date
       */
      start: string;
    };
    SpendDayTrendDto: {
      bucket: 'day' | 'week' | 'month';
      /**
       * @description Every bucket from from_day’s to to_day’s, zero-filled; the first and last count only days in range.
       */
      buckets: components['schemas']['SpendDayBucketDto'][];
      total: components['schemas']['SpendTotalsDto'];
    };
    BatchOperationDto: {
      /**
       * @description Names the record this operation creates or targets, for later operations.
       */
      ref?: string;
      method: 'create' | 'update' | 'delete' | 'restore';
      /**
       * @description The resource, as its path under /api (projects, tasks, task_dependencies…).
       */
      resource: string;
      /**
       * @description The record an update, delete or restore targets (or give id_ref).
       * @format uuid
       */
      id?: string;
      /**
       * @description The ref of the earlier operation whose record an update, delete or restore targets.
       */
      id_ref?: string;
      /**
       * @description The version the record must be at, as If-Match; another answers 412.
       */
      if_match?: number;
      /**
       * @description A create’s or update’s body, as POST or PATCH /api/<resource> takes it.
       */
      body?: {
        [key: string]: unknown;
      };
      /**
       * @description A delete’s query, as DELETE /api/<resource>/{id} takes it (e.g. cascade).
       */
      query?: {
        [key: string]: unknown;
      };
      /**
       * @description Body fields set to the id of the record an earlier operation named by that ref.
       */
      refs?: {
        [key: string]: string;
      };
    };
    BatchRequestDto: {
      /**
       * @description 1 to 500 operations, run in order in one transaction: all or none.
       */
      operations: components['schemas']['BatchOperationDto'][];
    };
    BatchResultDto: {
      /**
       * @description The operation’s position in the request, from 0.
       */
      index: number;
      /**
       * @description The operation’s ref, when it named one.
       */
      ref?: string;
      resource: string;
      method: 'create' | 'update' | 'delete' | 'restore';
      /**
       * @format uuid
       */
      id: string;
      /**
       * @description The record’s version after the operation; null when it was deleted outright.
       */
      version: number | null;
      /**
       * @description The record as GET /api/<resource>/{id} answers it; null when it was deleted outright.
       */
      record: {
        [key: string]: unknown;
      } | null;
    };
    BatchResponseDto: {
      /**
       * @description The id of the record each ref named.
       */
      refs: {
        [key: string]: string;
      };
      results: components['schemas']['BatchResultDto'][];
    };
  };
}

export interface operations {
  ProjectsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Include soft-deleted rows (they carry `deleted_at`).
         */
        include_deleted?: boolean;
        /**
         * Filter by status.
         */
        status?: ('created' | 'active' | 'paused' | 'archived')[];
        /**
         * Filter by owner.
         */
        owner_id?: string;
        /**
         * Exact name.
         */
        name?: string;
        /**
         * Exact repository URL (a CI job finds its project by it).
         */
        repo_url?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, name, status. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ProjectsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProjectDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ProjectsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProjectDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ProjectsController_get: {
    parameters: {
      query?: {
        /**
         * Return the row even when it is soft-deleted.
         */
        include_deleted?: boolean;
        /**
         * Embed the project’s tasks.
         */
        include_tasks?: boolean;
      };
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ProjectsController_replace: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceProjectDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /**
           * The new version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ProjectsController_remove: {
    parameters: {
      query?: {
        /**
         * Soft-delete the project’s tasks too.
         */
        cascade?: boolean;
      };
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Soft-deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ProjectsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProjectDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * Bring back a soft-deleted record
   */
  ProjectsController_restore: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * The new version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such deleted record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken by a live record
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TasksController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Include soft-deleted rows (they carry `deleted_at`).
         */
        include_deleted?: boolean;
        /**
         * Filter by project.
         */
        project_id?: string;
        /**
         * Filter by parent task.
         */
        parent_id?: string;
        /**
         * true: only top-level tasks; false: only subtasks.
         */
        root?: boolean;
        /**
         * Filter by status.
         */
        status?: ('todo' | 'in_progress' | 'blocked' | 'done' | 'failed' | 'cancelled')[];
        /**
         * Filter by type.
         */
        type?: (
          'engineering' | 'deploy' | 'research' | 'ops' | 'planning' | 'qa' | 'documentation' | 'other'
        )[];
        /**
         * Filter by priority.
         */
        priority?: ('low' | 'medium' | 'high' | 'critical')[];
        /**
         * Exact assignee.
         */
        assignee?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, title, status, priority, position. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TasksController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTaskDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TasksController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTaskDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TasksController_get: {
    parameters: {
      query?: {
        /**
         * Return the row even when it is soft-deleted.
         */
        include_deleted?: boolean;
        /**
         * Return the task with its subtasks as a tree.
         */
        include_subtasks?: boolean;
      };
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TasksController_replace: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceTaskDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /**
           * The new version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TasksController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Soft-deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TasksController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTaskDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * Bring back a soft-deleted record
   */
  TasksController_restore: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * The new version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such deleted record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken by a live record
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TaskDependenciesController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by project.
         */
        project_id?: string;
        /**
         * The dependencies of this task (what it waits for).
         */
        task_id?: string;
        /**
         * The dependents of this task (what waits for it).
         */
        depends_on_id?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDependencyPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TaskDependenciesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTaskDependencyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDependencyDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TaskDependenciesController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTaskDependencyDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDependencyDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TaskDependenciesController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDependencyDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TaskDependenciesController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TaskDependenciesController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTaskDependencyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDependencyDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ServersController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by status.
         */
        status?: ('provisioning' | 'active' | 'maintenance' | 'offline' | 'decommissioned')[];
        /**
         * Exact provider.
         */
        provider?: string;
        /**
         * Exact region.
         */
        region?: string;
        /**
         * Exact name.
         */
        name?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, name, status. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServerPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ServersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateServerDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServerDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ServersController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateServerDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServerDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ServersController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServerDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ServersController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ServersController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateServerDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServerDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AllocationsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by server.
         */
        server_id?: string;
        /**
         * Filter by project.
         */
        project_id?: string;
        /**
         * Exact port.
         */
        port?: number;
        /**
         * Filter by protocol.
         */
        protocol?: ('tcp' | 'udp')[];
        /**
         * Exact service name.
         */
        service_name?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, port, service_name. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AllocationPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AllocationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAllocationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AllocationDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AllocationsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAllocationDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AllocationDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AllocationsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AllocationDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AllocationsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AllocationsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAllocationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AllocationDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  IncidentsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by server.
         */
        server_id?: string;
        /**
         * Filter by severity.
         */
        severity?: ('low' | 'medium' | 'high' | 'critical')[];
        /**
         * Filter by status.
         */
        status?: ('open' | 'acknowledged' | 'resolved')[];
        /**
         * Exact type.
         */
        type?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, detected_at, severity, status. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  IncidentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIncidentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  IncidentsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIncidentDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  IncidentsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  IncidentsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  IncidentsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateIncidentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ServiceDeploymentsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by project.
         */
        project_id?: string;
        /**
         * Filter by server.
         */
        server_id?: string;
        /**
         * Filter by status.
         */
        status?: ('pending' | 'deploying' | 'running' | 'failed' | 'stopped' | 'rolled_back')[];
        /**
         * Exact service name.
         */
        service_name?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, service_name, status. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceDeploymentPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ServiceDeploymentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateServiceDeploymentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceDeploymentDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ServiceDeploymentsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateServiceDeploymentDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceDeploymentDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ServiceDeploymentsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceDeploymentDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ServiceDeploymentsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ServiceDeploymentsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateServiceDeploymentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceDeploymentDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AgentConfigsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Exact provider.
         */
        provider?: string;
        /**
         * Exact model.
         */
        model?: string;
        /**
         * Exact name.
         */
        name?: string;
        /**
         * Filter by active flag.
         */
        is_active?: boolean;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, name, provider. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgentConfigPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AgentConfigsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAgentConfigDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgentConfigDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AgentConfigsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAgentConfigDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgentConfigDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AgentConfigsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgentConfigDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AgentConfigsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AgentConfigsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAgentConfigDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgentConfigDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CliAgentConfigsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Exact name.
         */
        name?: string;
        /**
         * Filter by active flag.
         */
        is_active?: boolean;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, name. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CliAgentConfigPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CliAgentConfigsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCliAgentConfigDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CliAgentConfigDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CliAgentConfigsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCliAgentConfigDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CliAgentConfigDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CliAgentConfigsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CliAgentConfigDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CliAgentConfigsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CliAgentConfigsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCliAgentConfigDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CliAgentConfigDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AvailableModelsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Exact provider.
         */
        provider?: string;
        /**
         * Exact model name.
         */
        model_name?: string;
        /**
         * Filter by active flag.
         */
        is_active?: boolean;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, provider, model_name. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AvailableModelPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AvailableModelsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAvailableModelDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AvailableModelDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AvailableModelsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAvailableModelDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AvailableModelDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AvailableModelsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AvailableModelDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AvailableModelsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AvailableModelsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAvailableModelDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AvailableModelDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RagController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by project.
         */
        project_id?: string;
        /**
         * Filter by status.
         */
        status?: ('pending' | 'indexing' | 'ready' | 'failed')[];
        /**
         * Exact name.
         */
        name?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, name, status. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RagIndexPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RagController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRagIndexDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RagIndexDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RagController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRagIndexDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RagIndexDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RagController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RagIndexDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RagController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RagController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRagIndexDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RagIndexDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Exact profile.
         */
        profile?: string;
        /**
         * Filter by status.
         */
        status?: (
          | 'created'
          | 'running'
          | 'awaiting_approval'
          | 'completed'
          | 'failed'
          | 'cancelling'
          | 'cancelled'
          | 'crashed'
        )[];
        /**
         * Exact owner.
         */
        owner_id?: string;
        /**
         * Filter by project.
         */
        project_id?: string;
        /**
         * Runs cloned from this one.
         */
        parent_run_id?: string;
        /**
         * Runs of this lineage.
         */
        root_run_id?: string;
        /**
         * The run of this engineering task.
         */
        task_id?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, status, profile. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRunRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRunRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRunRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunPhasesController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by run.
         */
        run_id?: string;
        /**
         * Filter by phase.
         */
        phase?: ('planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation')[];
        /**
         * Filter by status.
         */
        status?: ('pending' | 'running' | 'completed' | 'failed' | 'skipped')[];
        /**
         * Only phases whose lease lapsed before this instant.
         */
        lease_until_before?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunPhasePage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunPhasesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRunPhaseDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunPhaseDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunPhasesController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRunPhaseDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunPhaseDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunPhasesController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunPhaseDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunPhasesController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunPhasesController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRunPhaseDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunPhaseDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunEventsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by run.
         */
        run_id?: string;
        /**
         * Exact type.
         */
        type?: string;
        /**
         * Only events after this sequence number (resume).
         */
        seq_after?: number;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: seq, created_at. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunEventPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunEventsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRunEventDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunEventDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunEventsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRunEventDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunEventDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RunEventsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunEventDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ArtifactsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by run.
         */
        run_id?: string;
        /**
         * Filter by phase.
         */
        phase?: ('planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation')[];
        /**
         * Exact name.
         */
        name?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, name. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArtifactRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ArtifactsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateArtifactDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArtifactRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ArtifactsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateArtifactDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArtifactRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ArtifactsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArtifactRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ArtifactsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ArtifactsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateArtifactDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArtifactRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  LlmUsageController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by source.
         */
        source?: ('run' | 'planner')[];
        /**
         * Filter by run.
         */
        run_id?: string;
        /**
         * Filter by phase.
         */
        phase?: ('planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation')[];
        /**
         * Exact owner.
         */
        owner_id?: string;
        /**
         * Exact planner endpoint.
         */
        endpoint?: string;
        /**
         * Filter by PatchSet.
         */
        patch_set_id?: string;
        /**
         * Filter by chat session.
         */
        chat_session_id?: string;
        /**
         * Exact agent.
         */
        agent_id?: string;
        /**
         * Exact model.
         */
        model?: string;
        /**
         * Exact provider response id.
         */
        provider_response_id?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LlmUsagePage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  LlmUsageController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLlmUsageDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LlmUsageDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  LlmUsageController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLlmUsageDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LlmUsageDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  LlmUsageController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LlmUsageDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PatchSetsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by status.
         */
        status?: (
          | 'proposed'
          | 'validated'
          | 'applying'
          | 'applied'
          | 'rejected'
          | 'conflicted'
          | 'superseded'
          | 'undone'
        )[];
        /**
         * Filter by endpoint.
         */
        endpoint?: ('generate' | 'refine' | 'decompose' | 'chat' | 'manual')[];
        /**
         * Exact owner.
         */
        owner_id?: string;
        /**
         * Filter by project.
         */
        project_id?: string;
        /**
         * Filter by chat session.
         */
        chat_session_id?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatchSetRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PatchSetsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePatchSetRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatchSetRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PatchSetsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePatchSetRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatchSetRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PatchSetsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatchSetRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PatchSetsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PatchSetsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePatchSetRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatchSetRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PatchSetApplicationsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by PatchSet.
         */
        patch_set_id?: string;
        /**
         * Filter by kind.
         */
        kind?: ('apply' | 'undo')[];
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatchSetApplicationPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PatchSetApplicationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePatchSetApplicationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatchSetApplicationDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PatchSetApplicationsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePatchSetApplicationDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatchSetApplicationDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PatchSetApplicationsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatchSetApplicationDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChatSessionsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Include soft-deleted rows (they carry `deleted_at`).
         */
        include_deleted?: boolean;
        /**
         * Exact owner.
         */
        owner_id?: string;
        /**
         * Filter by project.
         */
        project_id?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChatSessionRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChatSessionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateChatSessionRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChatSessionRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChatSessionsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateChatSessionRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChatSessionRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChatSessionsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChatSessionRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChatSessionsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Soft-deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChatSessionsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateChatSessionRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChatSessionRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * Bring back a soft-deleted record
   */
  ChatSessionsController_restore: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * The new version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChatSessionRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such deleted record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken by a live record
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChatMessagesController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by session.
         */
        session_id?: string;
        /**
         * Exact turn.
         */
        turn?: number;
        /**
         * Filter by role.
         */
        role?: ('user' | 'assistant' | 'tool')[];
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, turn. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChatMessageRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChatMessagesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateChatMessageRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChatMessageRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChatMessagesController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateChatMessageRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChatMessageRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChatMessagesController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChatMessageRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrganizationsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Exact slug.
         */
        slug?: string;
        /**
         * Filter by status.
         */
        status?: ('active' | 'suspended')[];
        /**
         * Exact plan.
         */
        plan?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, slug, name. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrganizationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrganizationRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrganizationsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrganizationRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrganizationsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrganizationsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrganizationsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrganizationRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgPlansController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Exact name.
         */
        name?: string;
        /**
         * Only shipped (true) or only custom (false) plans.
         */
        shipped?: boolean;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, name. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgPlanRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgPlansController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrgPlanRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgPlanRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgPlansController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrgPlanRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgPlanRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgPlansController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgPlanRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgPlansController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgPlansController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrgPlanRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgPlanRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgMembersController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by organization.
         */
        org_id?: string;
        /**
         * Filter by user.
         */
        user_id?: string;
        /**
         * Filter by role.
         */
        role?: ('owner' | 'admin' | 'member' | 'viewer')[];
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgMemberRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgMembersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrgMemberRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgMemberRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgMembersController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrgMemberRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgMemberRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgMembersController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgMemberRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgMembersController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgMembersController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrgMemberRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgMemberRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgApiKeysController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by organization.
         */
        org_id?: string;
        /**
         * Exact key hash.
         */
        key_hash?: string;
        /**
         * Exact key prefix.
         */
        key_prefix?: string;
        /**
         * Only revoked (true) or only unrevoked (false) keys.
         */
        revoked?: boolean;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, name. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgApiKeyRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgApiKeysController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrgApiKeyRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgApiKeyRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgApiKeysController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrgApiKeyRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgApiKeyRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgApiKeysController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgApiKeyRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgApiKeysController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgApiKeysController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrgApiKeyRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgApiKeyRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgAuditLogsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by organization.
         */
        org_id?: string;
        /**
         * Exact action.
         */
        action?: string;
        /**
         * Exact target type.
         */
        target_type?: string;
        /**
         * Exact target id.
         */
        target_id?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgAuditLogRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgAuditLogsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrgAuditLogRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgAuditLogRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgAuditLogsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrgAuditLogRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgAuditLogRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgAuditLogsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgAuditLogRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgIntegrationsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by organization.
         */
        org_id?: string;
        /**
         * Exact provider.
         */
        provider?: string;
        /**
         * Filter by status.
         */
        status?: ('pending' | 'valid' | 'invalid')[];
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, provider. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgIntegrationRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgIntegrationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrgIntegrationRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgIntegrationRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgIntegrationsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrgIntegrationRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgIntegrationRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgIntegrationsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgIntegrationRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgIntegrationsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgIntegrationsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrgIntegrationRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgIntegrationRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ModelPricesController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by organization.
         */
        org_id?: string;
        /**
         * Only global prices (true) or only organizations’ own (false).
         */
        global?: boolean;
        /**
         * Exact provider.
         */
        provider?: string;
        /**
         * Exact model.
         */
        model?: string;
        /**
         * Filter by source.
         */
        source?: ('catalogue' | 'custom')[];
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, valid_from. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelPriceRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ModelPricesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateModelPriceRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelPriceRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ModelPricesController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateModelPriceRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelPriceRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ModelPricesController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelPriceRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ModelPricesController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ModelPricesController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateModelPriceRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelPriceRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  SaasSubscriptionsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Include soft-deleted rows (they carry `deleted_at`).
         */
        include_deleted?: boolean;
        /**
         * Filter by organization.
         */
        org_id?: string;
        /**
         * Exact provider.
         */
        provider?: string;
        /**
         * Filter by status.
         */
        status?: ('active' | 'cancelled' | 'expired')[];
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, start_date. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SaasSubscriptionRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  SaasSubscriptionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSaasSubscriptionRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SaasSubscriptionRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  SaasSubscriptionsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSaasSubscriptionRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SaasSubscriptionRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  SaasSubscriptionsController_get: {
    parameters: {
      query?: {
        /**
         * Return the row even when it is soft-deleted.
         */
        include_deleted?: boolean;
      };
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SaasSubscriptionRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  SaasSubscriptionsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Soft-deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  SaasSubscriptionsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSaasSubscriptionRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SaasSubscriptionRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * Bring back a soft-deleted record
   */
  SaasSubscriptionsController_restore: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * The new version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SaasSubscriptionRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such deleted record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken by a live record
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyNodesController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by organization.
         */
        org_id?: string;
        /**
         * Children of this node.
         */
        parent_id?: string;
        /**
         * Only roots (true) or only children (false).
         */
        root?: boolean;
        /**
         * Exact level.
         */
        level?: string;
        /**
         * Exact code.
         */
        code?: string;
        /**
         * Exact depth.
         */
        depth?: number;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, depth, code. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyNodeRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyNodesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateHierarchyNodeRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyNodeRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyNodesController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateHierarchyNodeRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyNodeRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyNodesController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyNodeRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyNodesController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyNodesController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateHierarchyNodeRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyNodeRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgProjectsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by organization.
         */
        org_id?: string;
        /**
         * Filter by registry project.
         */
        project_id?: string;
        /**
         * Filter by hierarchy node.
         */
        node_id?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgProjectRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgProjectsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrgProjectRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgProjectRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgProjectsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrgProjectRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgProjectRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgProjectsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgProjectRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgProjectsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgProjectsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrgProjectRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgProjectRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelineRunsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by organization.
         */
        org_id?: string;
        /**
         * Filter by kind.
         */
        kind?: ('run' | 'ci_job')[];
        /**
         * Exact pipeline id.
         */
        pipeline_id?: string;
        /**
         * Filter by status.
         */
        status?: ('admitted' | 'succeeded' | 'failed' | 'cancelled' | 'expired')[];
        /**
         * Exact quota day, YYYY-MM-DD.
         */
        quota_day?: string;
        /**
         * Exact quota month, YYYY-MM.
         */
        quota_month?: string;
        /**
         * Filter by registry project.
         */
        project_id?: string;
        /**
         * Only runs whose lease lapses before this instant.
         */
        lease_expires_before?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, lease_expires_at. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineRunRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelineRunsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePipelineRunRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineRunRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelineRunsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePipelineRunRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineRunRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelineRunsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineRunRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelineRunsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelineRunsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePipelineRunRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineRunRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelineStateTransitionsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by pipeline run.
         */
        pipeline_run_id?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineStateTransitionRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelineStateTransitionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePipelineStateTransitionRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineStateTransitionRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelineStateTransitionsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePipelineStateTransitionRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineStateTransitionRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelineStateTransitionsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineStateTransitionRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AlertPresetsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Exact name.
         */
        name?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, name. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertPresetRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AlertPresetsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAlertPresetRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertPresetRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AlertPresetsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAlertPresetRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertPresetRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AlertPresetsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertPresetRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AlertPresetsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AlertPresetsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAlertPresetRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertPresetRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationChannelsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Include soft-deleted rows (they carry `deleted_at`).
         */
        include_deleted?: boolean;
        /**
         * Filter by organization.
         */
        org_id?: string;
        /**
         * Filter by kind.
         */
        kind?: ('email' | 'slack' | 'webhook')[];
        /**
         * Only enabled (true) or disabled (false) channels.
         */
        enabled?: boolean;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, name. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationChannelRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationChannelsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNotificationChannelRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationChannelRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationChannelsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNotificationChannelRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationChannelRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationChannelsController_get: {
    parameters: {
      query?: {
        /**
         * Return the row even when it is soft-deleted.
         */
        include_deleted?: boolean;
      };
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationChannelRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationChannelsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Soft-deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationChannelsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateNotificationChannelRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationChannelRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * Bring back a soft-deleted record
   */
  NotificationChannelsController_restore: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * The new version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationChannelRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such deleted record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken by a live record
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationRulesController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Include soft-deleted rows (they carry `deleted_at`).
         */
        include_deleted?: boolean;
        /**
         * Filter by organization.
         */
        org_id?: string;
        /**
         * Filter by event.
         */
        event?: (
          | 'alert_triggered'
          | 'alert_resolved'
          | 'quota_80'
          | 'quota_100'
          | 'integration_invalid'
          | 'budget_reached'
          | 'daily_summary'
          | 'weekly_summary'
        )[];
        /**
         * Only enabled (true) or disabled (false) rules.
         */
        enabled?: boolean;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, name. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationRuleRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationRulesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNotificationRuleRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationRuleRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationRulesController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNotificationRuleRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationRuleRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationRulesController_get: {
    parameters: {
      query?: {
        /**
         * Return the row even when it is soft-deleted.
         */
        include_deleted?: boolean;
      };
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationRuleRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationRulesController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Soft-deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationRulesController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateNotificationRuleRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationRuleRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * Bring back a soft-deleted record
   */
  NotificationRulesController_restore: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * The new version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationRuleRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such deleted record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken by a live record
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationDeliveriesController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by organization.
         */
        org_id?: string;
        /**
         * Filter by status.
         */
        status?: ('pending' | 'sent' | 'failed')[];
        /**
         * Filter by channel.
         */
        channel_id?: string;
        /**
         * Filter by rule.
         */
        rule_id?: string;
        /**
         * Exact event key.
         */
        event_key?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationDeliveryRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationDeliveriesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNotificationDeliveryRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationDeliveryRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationDeliveriesController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNotificationDeliveryRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationDeliveryRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationDeliveriesController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationDeliveryRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationDeliveriesController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateNotificationDeliveryRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationDeliveryRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CostAlertsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Include soft-deleted rows (they carry `deleted_at`).
         */
        include_deleted?: boolean;
        /**
         * Filter by organization.
         */
        org_id?: string;
        /**
         * Filter by kind.
         */
        kind?: (
          'daily_spend_above' | 'monthly_forecast_above_budget' | 'spike_vs_trailing_mean' | 'budget_percent'
        )[];
        /**
         * Filter by state.
         */
        state?: ('ok' | 'triggered' | 'resolved')[];
        /**
         * Only enabled (true) or disabled (false) alerts.
         */
        enabled?: boolean;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, name. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CostAlertsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCostAlertRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CostAlertsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCostAlertRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CostAlertsController_get: {
    parameters: {
      query?: {
        /**
         * Return the row even when it is soft-deleted.
         */
        include_deleted?: boolean;
      };
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CostAlertsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Soft-deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CostAlertsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCostAlertRecordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * Bring back a soft-deleted record
   */
  CostAlertsController_restore: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * The new version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such deleted record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken by a live record
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CostAlertEventsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by organization.
         */
        org_id?: string;
        /**
         * Filter by alert.
         */
        alert_id?: string;
        /**
         * Filter by the state entered.
         */
        to_state?: ('ok' | 'triggered' | 'resolved')[];
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertEventRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CostAlertEventsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCostAlertEventRecordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertEventRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CostAlertEventsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCostAlertEventRecordDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertEventRecordDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CostAlertEventsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertEventRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by role.
         */
        role?: ('admin' | 'member')[];
        /**
         * Filter by active flag.
         */
        is_active?: boolean;
        /**
         * Exact username.
         */
        username?: string;
        /**
         * Exact email address, whatever its case.
         */
        email?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, role. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  UsersController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  UsersController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ApiKeysController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by owner.
         */
        owner_id?: string;
        /**
         * true: only revoked keys; false: only keys not revoked.
         */
        revoked?: boolean;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, name. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * Create a key; the answer carries the key itself, once
   */
  ApiKeysController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiKeyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiKeyDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * Create several keys at once; each answer carries its key, once
   */
  ApiKeysController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiKeyDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiKeyDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * Who a key belongs to (services only); 401 when unknown, revoked or expired
   */
  ApiKeysController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerifyApiKeyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerifiedApiKeyDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ApiKeysController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ApiKeysController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ApiKeysController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateApiKeyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TaskExecutionsController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskExecutionDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * Record a worker execution under its request id, idempotently
   */
  TaskExecutionsController_put: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutTaskExecutionDto'];
      };
    };
    responses: {
      /**
       * Replaced an earlier report
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskExecutionDto'];
        };
      };
      /**
       * First report of this execution
       */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskExecutionDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TaskExecutionsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Still referenced by other records
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TaskExecutionsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTaskExecutionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskExecutionDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * If-Match is stale
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TaskExecutionsController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by task.
         */
        task_id?: string;
        /**
         * Exact worker id.
         */
        worker_id?: string;
        /**
         * Filter by status.
         */
        status?: ('success' | 'failure' | 'in_progress' | 'error')[];
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, updated_at, started_at, finished_at, duration_ms. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskExecutionPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TaskExecutionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTaskExecutionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /**
           * Version of the created record
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskExecutionDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TaskExecutionsController_createMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTaskExecutionDto'][];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskExecutionDto'][];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * A unique value is taken; nothing was created
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  SpendLedgerController_list: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
        /**
         * Rows to skip (offset paging; prefer `cursor`).
         */
        offset?: number;
        /**
         * Page number from 1, of `per_page` (or `limit`) rows: offset paging as the seed writes it. Not with `cursor` or `offset`.
         */
        page?: number;
        /**
         * Page size, 1 to 100: the seed’s name for `limit` (give one of the two).
         */
        per_page?: number;
        /**
         * Also return `total`, the number of matching rows.
         */
        count?: boolean;
        /**
         * Only rows created at or after this instant.
         */
        created_after?: string;
        /**
         * Only rows created before this instant.
         */
        created_before?: string;
        /**
         * Only rows changed at or after this instant (for pollers; with include_deleted, deletions too).
         */
        updated_since?: string;
        /**
         * Filter by organization.
         */
        org_id?: string;
        /**
         * Filter by source.
         */
        source?: ('run' | 'planner' | 'ci' | 'saas' | 'adjustment')[];
        /**
         * Exact event id.
         */
        event_id?: string;
        /**
         * Filter by run.
         */
        run_id?: string;
        /**
         * The adjustments of a ledger row.
         */
        adjusts_id?: string;
        /**
         * Only spend after this instant (excluded).
         */
        occurred_after?: string;
        /**
         * Only spend before this instant (excluded).
         */
        occurred_before?: string;
        /**
         * Comma-separated fields, `-` prefix for descending. Allowed: created_at, occurred_at. Default: -created_at.
         */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpendLedgerRecordPage'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * Record a priced event once, by its event_id, and add it to its daily rollup
   */
  SpendLedgerController_record: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSpendLedgerRecordDto'];
      };
    };
    responses: {
      /**
       * Recorded before under this event_id (Idempotent-Replayed: true); nothing changed
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpendLedgerRecordDto'];
        };
      };
      /**
       * Recorded by this call
       */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpendLedgerRecordDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body, or an org_id or adjusts_id naming no row
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * Record up to 5000 priced events, each once, with their daily rollups, in one transaction
   */
  SpendLedgerController_recordMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSpendLedgerRecordDto'][];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpendLedgerBulkResultDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * Spend per hour of a time zone, zero-filled, summed over the ledger
   */
  SpendLedgerController_hourTrend: {
    parameters: {
      query: {
        /**
         * The organization.
         */
        org_id: string;
        /**
         * Only spend charged to this hierarchy node (see include_descendants).
         */
        node_id?: string;
        /**
         * With node_id: the node’s descendants too.
         */
        include_descendants?: boolean;
        /**
         * Only this registry project.
         */
        project_id?: string;
        /**
         * Exact provider.
         */
        provider?: string;
        /**
         * Exact model.
         */
        model?: string;
        /**
         * One source or a comma-separated list.
         */
        source?: ('run' | 'planner' | 'ci' | 'saas' | 'adjustment')[];
        /**
         * Exact user.
         */
        user_id?: string;
        /**
         * Start instant, included.
         */
        from: string;
        /**
         * End instant, excluded (at most 31 days after from).
         */
        to: string;
        /**
         * Bucket size: hour (the default and only one).
         */
        bucket?: 'hour';
        /**
         * IANA time zone of the buckets; default UTC.
         */
        timezone?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpendHourTrendDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  SpendLedgerController_get: {
    parameters: {
      query?: never;
      header?: {
        /**
         * ETag from GET; the current one answers 304
         */
        'if-none-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /**
           * Current version
           */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpendLedgerRecordDto'];
        };
      };
      /**
       * If-None-Match names the current version
       */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not allowed for this caller
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * No such record visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid body or query; `errors` names the fields
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * An organization’s spend over local days, grouped, with the total
   */
  SpendRollupsController_aggregate: {
    parameters: {
      query: {
        /**
         * The organization.
         */
        org_id: string;
        /**
         * Only spend charged to this hierarchy node (see include_descendants).
         */
        node_id?: string;
        /**
         * With node_id: the node’s descendants too.
         */
        include_descendants?: boolean;
        /**
         * Only this registry project.
         */
        project_id?: string;
        /**
         * Exact provider.
         */
        provider?: string;
        /**
         * Exact model.
         */
        model?: string;
        /**
         * One source or a comma-separated list.
         */
        source?: ('run' | 'planner' | 'ci' | 'saas' | 'adjustment')[];
        /**
         * Exact user.
         */
        user_id?: string;
        /**
         * First local day, included.
         */
        from_day: string;
        /**
         * Last local day, included (at most 366 days from from_day).
         */
        to_day: string;
        /**
         * Comma-separated dimensions to group by; none: the total alone.
         */
        group_by?: ('provider' | 'model' | 'project_id' | 'node_id' | 'user_id' | 'source' | 'local_day')[];
        /**
         * Groups answered, largest amount first (default 1000); group_count tells how many there are.
         */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpendAggregateDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not a Slipway service
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid or unknown query parameters; `errors` names them
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * An organization’s spend per day, week (from Monday) or month, zero-filled
   */
  SpendRollupsController_trend: {
    parameters: {
      query: {
        /**
         * The organization.
         */
        org_id: string;
        /**
         * Only spend charged to this hierarchy node (see include_descendants).
         */
        node_id?: string;
        /**
         * With node_id: the node’s descendants too.
         */
        include_descendants?: boolean;
        /**
         * Only this registry project.
         */
        project_id?: string;
        /**
         * Exact provider.
         */
        provider?: string;
        /**
         * Exact model.
         */
        model?: string;
        /**
         * One source or a comma-separated list.
         */
        source?: ('run' | 'planner' | 'ci' | 'saas' | 'adjustment')[];
        /**
         * Exact user.
         */
        user_id?: string;
        /**
         * First local day, included.
         */
        from_day: string;
        /**
         * Last local day, included (at most 366 days from from_day).
         */
        to_day: string;
        /**
         * Bucket size; weeks start on Monday. Default day.
         */
        bucket?: 'day' | 'week' | 'month';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpendDayTrendDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Not a Slipway service
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid or unknown query parameters; `errors` names them
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  /**
   * Up to 500 creates, updates, deletes and restores in one transaction: all or none
   * Each operation is checked against its resource’s own contract before any runs, then run as its route would (the same access rules, checks and If-Match). Later operations name records earlier ones created by their `ref` (`id_ref`, `refs`). A failure writes nothing and names its operation: detail `operation i: …`, fields `operations[i].…`.
   */
  BatchController_run: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Runs the batch once: a repeat with the same key and operations (within 24 hours) answers the first result with `Idempotent-Replayed: true`, even when the first answer was lost; the key with other operations is a 409.
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BatchRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BatchResponseDto'];
        };
      };
      /**
       * No or unknown identity
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * An operation is not allowed for this caller; nothing was written
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * An operation targets no record visible to the caller; nothing was written
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * An operation conflicts with a record, or the Idempotency-Key was used with other operations; nothing was written
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * An operation’s if_match is stale; nothing was written
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Invalid operations (`errors` names each, `operations[i].…`); nothing was written
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
}
