/**
 * Generated from apps/gateway/openapi.json by libs/data-client/scripts/generate.cjs.
 * Do not edit: change the service, run `npm run openapi`, then `npm run console-client:generate`.
 */

export interface paths {
  '/api/agent/capabilities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every action of the agent, whether it changes data, and the JSON Schema of its input
     */
    get: operations['AgentController_list'];
  };
  '/api/agent/chat': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One chat turn: a reply, and a proposed PatchSet when the message asks for a change
     */
    post: operations['AgentController_chat'];
  };
  '/api/agent/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your chat sessions
     */
    get: operations['AgentController_sessions'];
  };
  '/api/agent/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A chat session: its messages, tool calls and the PatchSets each turn proposed
     */
    get: operations['AgentController_session'];
  };
  '/api/agent/validate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check a PatchSet as apply would, writing nothing: per-op results, the diff, the conflicts
     */
    post: operations['AgentController_validate'];
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
  '/api/artifacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ArtifactsController_list'];
  };
  '/api/artifacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ArtifactsController_get'];
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
  '/api/chat_messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ChatMessagesController_list'];
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
  '/api/chat_sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ChatSessionsController_list'];
  };
  '/api/chat_sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ChatSessionsController_get'];
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
  '/api/llm_usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LlmUsageController_list'];
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
  '/api/patch_set_applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PatchSetApplicationsController_list'];
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
  '/api/patch_sets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PatchSetsController_list'];
  };
  '/api/patch_sets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PatchSetsController_get'];
  };
  '/api/planner/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Apply a PatchSet, all or nothing; applying the same id again answers the first result
     */
    post: operations['PlannerController_apply'];
  };
  '/api/planner/generate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An idea becomes a proposed PatchSet creating a project and its task tree
     */
    post: operations['PlannerController_generate'];
  };
  '/api/planner/patchsets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your PatchSets, newest first by default
     */
    get: operations['PlannerController_list'];
  };
  '/api/planner/patchsets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A PatchSet with its lifecycle and what checking it found
     */
    get: operations['PlannerController_get'];
  };
  '/api/planner/patchsets/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Decline a proposed PatchSet
     */
    post: operations['PlannerController_reject'];
  };
  '/api/planner/patchsets/{id}/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Take an applied PatchSet back; a record edited since is a conflict, never overwritten
     */
    post: operations['PlannerController_undo'];
  };
  '/api/planner/projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A project with its whole task tree and each task’s dependencies (the seed’s project hierarchy)
     */
    get: operations['PlannerController_hierarchy'];
  };
  '/api/planner/refine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Feedback on a project becomes a proposed PatchSet changing it
     */
    post: operations['PlannerController_refine'];
  };
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
  '/api/run_events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RunEventsController_list'];
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
  '/api/run_phases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RunPhasesController_list'];
  };
  '/api/run_phases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RunPhasesController_get'];
  };
  '/api/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RunsController_list'];
  };
  '/api/runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RunsController_get'];
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
  '/api/tasks/{id}/decompose': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A task becomes a proposed PatchSet of subtasks, their count from its complexity
     */
    post: operations['TaskPlanningController_decompose'];
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
  '/api/tasks/{id}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An engineering task starts its run (announced on engineering:queue)
     */
    post: operations['TaskPlanningController_startRun'];
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
  '/api/v1/admin/alerts/process-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Evaluate every organization’s enabled cost alerts now (the schedule does it too)
     */
    post: operations['AdminAlertsController_processAll'];
  };
  '/api/v1/admin/bootstrap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['AdminController_bootstrap'];
  };
  '/api/v1/admin/bootstrap/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['AdminController_sync'];
  };
  '/api/v1/admin/budgets/{org}/rebuild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Set the organization’s budget windows of today and this month back to the ledger’s figures (lapsed holds and whatever Redis lost give way to what the calls cost); run once the ledger has caught up
     */
    post: operations['AdminBudgetsController_rebuild'];
  };
  '/api/v1/admin/costs/recompute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['AdminController_recompute'];
  };
  '/api/v1/admin/quota/cleanup-stale': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['AdminController_cleanupStale'];
  };
  '/api/v1/admin/quota/reset-daily': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['AdminController_resetDaily'];
  };
  '/api/v1/admin/quota/reset-monthly': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['AdminController_resetMonthly'];
  };
  '/api/v1/costs/{org}/cache/invalidate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Drop every cached cost answer of the organization (a new cache generation).
     */
    post: operations['CostsController_invalidate'];
  };
  '/api/v1/costs/{org}/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Spend grouped by provider, model, project, hierarchy node or level, user, source or day.
     */
    get: operations['CostsController_summary'];
  };
  '/api/v1/costs/{org}/total': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organization’s spend over local days, in all and per source.
     */
    get: operations['CostsController_total'];
  };
  '/api/v1/costs/{org}/trend-granular': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Spend per hour, day, week or month of the organization’s time zone, zero-filled.
     */
    get: operations['CostsController_trend'];
  };
  '/api/v1/genai/{org}/costs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the organization’s model calls cost, per provider and model.
     */
    get: operations['GenAiController_costs'];
  };
  '/api/v1/genai/{org}/pricing/overrides': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organization’s price overrides in force now or at ?at=, or every version
     */
    get: operations['GenAiPricingController_list'];
    /**
     * An override: the organization’s price of a provider’s model for a period
     */
    post: operations['GenAiPricingController_create'];
  };
  '/api/v1/genai/{org}/pricing/overrides/{price_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Delete an override not yet in force (one that has started is closed instead)
     */
    delete: operations['GenAiPricingController_remove'];
    /**
     * Change an override: anything before it starts, only valid_to after
     */
    patch: operations['GenAiPricingController_update'];
  };
  '/api/v1/genai/{org}/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tokens by model and local day, with the share read from the prompt cache.
     */
    get: operations['GenAiController_usage'];
  };
  '/api/v1/hierarchy/{org}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HierarchyController_export'];
  };
  '/api/v1/hierarchy/{org}/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['HierarchyController_import'];
  };
  '/api/v1/hierarchy/{org}/levels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HierarchyController_levels'];
    put: operations['HierarchyController_setLevels'];
  };
  '/api/v1/hierarchy/{org}/nodes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HierarchyNodesController_list'];
    post: operations['HierarchyNodesController_create'];
  };
  '/api/v1/hierarchy/{org}/nodes/{id}': {
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
  '/api/v1/hierarchy/{org}/nodes/{id}/budget': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    put: operations['HierarchyNodesController_setBudget'];
  };
  '/api/v1/hierarchy/{org}/nodes/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['HierarchyNodesController_move'];
  };
  '/api/v1/hierarchy/{org}/nodes/{id}/path': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HierarchyNodesController_path'];
  };
  '/api/v1/hierarchy/{org}/nodes/{id}/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HierarchyProjectsController_list'];
    post: operations['HierarchyProjectsController_attach'];
  };
  '/api/v1/hierarchy/{org}/nodes/{id}/projects/{project_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    delete: operations['HierarchyProjectsController_detach'];
  };
  '/api/v1/hierarchy/{org}/tree': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HierarchyController_tree'];
  };
  '/api/v1/integrations/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IntegrationsController_providers'];
  };
  '/api/v1/integrations/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IntegrationsController_list'];
  };
  '/api/v1/integrations/{org}/openai/models': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * OpenAI models and their prices in force (legacy)
     */
    get: operations['OpenAiLegacyController_models'];
  };
  '/api/v1/integrations/{org}/openai/models/{model}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The price of an OpenAI model in force now (legacy)
     */
    get: operations['OpenAiLegacyController_model'];
  };
  '/api/v1/integrations/{org}/openai/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organization’s OpenAI plans (legacy)
     */
    get: operations['OpenAiSubscriptionsController_list'];
  };
  '/api/v1/integrations/{org}/{provider}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IntegrationsController_get'];
    delete: operations['IntegrationsController_remove'];
  };
  '/api/v1/integrations/{org}/{provider}/pricing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prices in force now or at ?at= (global and the organization’s), or every version
     */
    get: operations['PricingController_list'];
    /**
     * An organization price of a model for a period (it wins over the global one)
     */
    post: operations['PricingController_create'];
  };
  '/api/v1/integrations/{org}/{provider}/pricing/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The price a call of ?model= at ?at= (now) is charged, with its row id and version
     */
    get: operations['PricingController_lookup'];
  };
  '/api/v1/integrations/{org}/{provider}/pricing/{price_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A price row, global or the organization’s
     */
    get: operations['PricingController_get'];
    /**
     * Delete an organization price not yet in force (one that has started is closed instead)
     */
    delete: operations['PricingController_remove'];
    /**
     * Change an organization price: anything before it starts, only valid_to after
     */
    patch: operations['PricingController_update'];
  };
  '/api/v1/integrations/{org}/{provider}/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['IntegrationsController_setup'];
  };
  '/api/v1/integrations/{org}/{provider}/validate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['IntegrationsController_validate'];
  };
  '/api/v1/organizations/onboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['OrganizationsController_onboard'];
  };
  '/api/v1/organizations/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrganizationsController_get'];
  };
  '/api/v1/organizations/{org}/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CostApiApiKeysController_list'];
    post: operations['CostApiApiKeysController_create'];
  };
  '/api/v1/organizations/{org}/api-keys/{key_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    delete: operations['ApiKeysController_revoke'];
  };
  '/api/v1/organizations/{org}/audit-logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_list'];
  };
  '/api/v1/organizations/{org}/budgets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrgBudgetsController_get'];
  };
  '/api/v1/organizations/{org}/locale': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    put: operations['OrganizationsController_updateLocale'];
  };
  '/api/v1/organizations/{org}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MembersController_list'];
    post: operations['MembersController_add'];
  };
  '/api/v1/organizations/{org}/members/{user_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    delete: operations['MembersController_remove'];
    patch: operations['MembersController_change'];
  };
  '/api/v1/organizations/{org}/quota': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['QuotaController_get'];
  };
  '/api/v1/organizations/{org}/repair': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['OrganizationsController_repair'];
  };
  '/api/v1/organizations/{org}/subscription': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrganizationsController_subscription'];
    put: operations['OrganizationsController_changeSubscription'];
  };
  '/api/v1/organizations/{org}/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['OrganizationsController_sync'];
  };
  '/api/v1/pipelines/{org}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PipelinesController_list'];
  };
  '/api/v1/pipelines/{org}/runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PipelinesController_get'];
  };
  '/api/v1/pipelines/{org}/runs/{id}/steps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PipelinesController_steps'];
  };
  '/api/v1/pipelines/{org}/runs/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PipelinesController_transitions'];
  };
  '/api/v1/pipelines/{org}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['PipelinesController_start'];
  };
  '/api/v1/pipelines/{org}/status/{run_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PipelinesController_status'];
  };
  '/api/v1/pipelines/{org}/status/{run_id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['PipelinesController_cancel'];
  };
  '/api/v1/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PlansController_list'];
  };
  '/api/v1/subscriptions/{org}/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Providers the organization subscribes to: plan counts and monthly cost
     */
    get: operations['SubscriptionsController_providers'];
  };
  '/api/v1/subscriptions/{org}/providers/{provider}/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organization’s plans with a provider (?status=)
     */
    get: operations['SubscriptionsController_list'];
    /**
     * A plan: per seat or flat, per billing period, from start_date to end_date
     */
    post: operations['SubscriptionsController_create'];
  };
  '/api/v1/subscriptions/{org}/providers/{provider}/plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A plan
     */
    get: operations['SubscriptionsController_get'];
    /**
     * Delete a plan (soft: kept with deleted_at, listed with ?include_deleted=true)
     */
    delete: operations['SubscriptionsController_remove'];
    /**
     * Change a plan (status cancelled stops it)
     */
    patch: operations['SubscriptionsController_update'];
  };
  '/api/v1/validator/complete/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['ValidatorController_complete'];
  };
  '/api/v1/validator/heartbeat/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['ValidatorController_heartbeat'];
  };
  '/api/v1/validator/validate/{org}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    post: operations['ValidatorController_validate'];
  };
  '/api/v1/{org}/cost-alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organization’s cost alerts (?state=, ?kind=, ?enabled=)
     */
    get: operations['AlertsController_list'];
    /**
     * A cost alert: daily spend above, monthly forecast above budget, spike, budget percent
     */
    post: operations['AlertsController_create'];
  };
  '/api/v1/{org}/cost-alerts/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Enable, disable, delete or set the channels of many alerts: all or none
     */
    post: operations['AlertsController_bulk'];
  };
  '/api/v1/{org}/cost-alerts/evaluate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Evaluate the organization’s enabled alerts now
     */
    post: operations['AlertsController_evaluate'];
  };
  '/api/v1/{org}/cost-alerts/from-preset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A cost alert made from a preset, its fields overridable
     */
    post: operations['AlertsController_fromPreset'];
  };
  '/api/v1/{org}/cost-alerts/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every state change of the organization’s alerts, newest first
     */
    get: operations['AlertsController_orgHistory'];
  };
  '/api/v1/{org}/cost-alerts/presets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The alert presets, each with the alert it makes
     */
    get: operations['AlertsController_presets'];
  };
  '/api/v1/{org}/cost-alerts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A cost alert and where it stands
     */
    get: operations['AlertsController_get'];
    /**
     * Delete a cost alert (its history stays)
     */
    delete: operations['AlertsController_remove'];
    /**
     * Change a cost alert (a new threshold re-arms it)
     */
    patch: operations['AlertsController_update'];
  };
  '/api/v1/{org}/cost-alerts/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An alert’s state changes, newest first
     */
    get: operations['AlertsController_history'];
  };
  '/api/v1/{org}/notifications/channels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organization’s channels, secrets left out
     */
    get: operations['ChannelsController_list'];
    /**
     * A channel: email (SMTP), Slack incoming webhook or signed webhook
     */
    post: operations['ChannelsController_create'];
  };
  '/api/v1/{org}/notifications/channels/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A channel, secrets left out
     */
    get: operations['ChannelsController_get'];
    /**
     * Delete a channel (its deliveries stay in the history)
     */
    delete: operations['ChannelsController_remove'];
    /**
     * Change a channel: its kind’s block replaces its settings; a secret left out is kept
     */
    patch: operations['ChannelsController_update'];
  };
  '/api/v1/{org}/notifications/channels/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Send a test message now; answers the delivery (sent, or failed with the error)
     */
    post: operations['ChannelsController_test'];
  };
  '/api/v1/{org}/notifications/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every delivery, newest first: channel, status, attempts, last error
     */
    get: operations['HistoryController_list'];
  };
  '/api/v1/{org}/notifications/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organization’s rules (?event=)
     */
    get: operations['RulesController_list'];
    /**
     * A rule: an event, its channels, filters that fit the event
     */
    post: operations['RulesController_create'];
  };
  '/api/v1/{org}/notifications/rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A rule
     */
    get: operations['RulesController_get'];
    /**
     * Delete a rule
     */
    delete: operations['RulesController_remove'];
    /**
     * Change a rule
     */
    patch: operations['RulesController_update'];
  };
  '/api/v1/{org}/notifications/summaries/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The daily or weekly digest (?date= a day of it; else the last complete one)
     */
    get: operations['SummariesController_get'];
  };
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Trade an API key for a browser session (HttpOnly cookie); answers who you are
     */
    post: operations['AuthController_login'];
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * End this browser session (needs X-CSRF-Token)
     */
    post: operations['AuthController_logout'];
  };
  '/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who this request acts for, its scopes, and (under a session) the CSRF token
     */
    get: operations['AuthController_me'];
  };
  '/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where the identity provider sends the browser back: starts a session (HttpOnly cookie)
     */
    get: operations['OidcController_callback'];
  };
  '/auth/oidc/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Single sign-on: redirects to the identity provider (a 404 unless OIDC_ISSUER is set)
     */
    get: operations['OidcController_login'];
  };
  '/auth/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How one may log in here
     */
    get: operations['AuthController_providers'];
  };
  '/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['JobsController_list'];
    /**
     * Run a job by hand
     */
    post: operations['JobsController_create'];
  };
  '/jobs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['JobsController_get'];
  };
  '/jobs/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cancel: a pending job ends now, a running one is stopped by its runner (SIGTERM, then SIGKILL)
     */
    post: operations['JobsController_cancel'];
  };
  '/jobs/{id}/log-lines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A page of the log as JSON, the newest entries first unless ?before=<entry id> says where
     */
    get: operations['LogsController_page'];
  };
  '/jobs/{id}/logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live log as Server-Sent Events; ?follow=false for the whole log as text
     */
    get: operations['LogsController_stream'];
  };
  '/jobs/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Run a finished job again, as a new job linked to it
     */
    post: operations['JobsController_retry'];
  };
  '/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List runs: your own, or all for admins
     */
    get: operations['OrchestratorRunsRunsController_list'];
    /**
     * Create a run (seed endpoint 1)
     */
    post: operations['RunsController_create'];
  };
  '/runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A run with its phases (seed endpoint 3)
     */
    get: operations['OrchestratorRunsRunsController_get'];
  };
  '/runs/{id}/artifacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Artifacts grouped by phase (seed endpoint 4), all or a page of them
     */
    get: operations['RunsController_artifacts'];
  };
  '/runs/{id}/artifacts/{artifact_id}/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The artifact file
     */
    get: operations['RunsController_download'];
  };
  '/runs/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cancel a run; a running phase is stopped (202 until it has)
     */
    post: operations['RunsController_cancel'];
  };
  '/runs/{id}/clone': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A new run of the same request; phases before from_phase are reused
     */
    post: operations['RunsController_clone'];
  };
  '/runs/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The run’s events as Server-Sent Events; resume with Last-Event-ID at any time
     */
    get: operations['RunsController_stream'];
  };
  '/runs/{id}/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tokens, cost, governance and hygiene of a run (seed endpoint 5)
     */
    get: operations['RunsController_runMetrics'];
  };
  '/runs/{id}/next': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Execute the current phase and advance (seed endpoint 2)
     */
    post: operations['RunsController_next'];
  };
  '/webhook/gitea': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Gitea webhook: push, create (tag), pull_request
     */
    post: operations['WebhooksController_gitea'];
  };
  '/webhook/github': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * GitHub webhook: push, pull_request, ping
     */
    post: operations['WebhooksController_github'];
  };
}

export interface components {
  schemas: {
    AddDependencyOp: {
      op:
        | 'create_project'
        | 'update_project'
        | 'create_task'
        | 'update_task'
        | 'move_task'
        | 'delete_task'
        | 'add_dependency'
        | 'remove_dependency';
      /**
       * @description The task that waits.
       */
      task: string;
      /**
       * @description The task it waits for.
       */
      depends_on: string;
    };
    AddMemberDto: {
      /**
       * @description A registry user (GET /api/users).
       * @format uuid
       */
      user_id: string;
      role: 'owner' | 'admin' | 'member' | 'viewer';
    };
    AdmissionDto: {
      admitted: boolean;
      /**
       * @description The pipeline_runs record.
       * @format uuid
       */
      pipeline_run_id: string;
      /**
       * @description False when this pipeline already held its slot (a retried validate).
       */
      counted: boolean;
      /**
       * @format date-time
       */
      lease_expires_at: string;
      /**
       * @description Renew the slot (heartbeat) at least this often, in ms.
       */
      heartbeat_interval_ms: number;
      /**
       * @description Whose credential the provider is called with.
       */
      credential: 'org' | 'suite';
      /**
       * @description Usage after this admission.
       */
      usage: components['schemas']['PipelineUsageDto'];
    };
    AdvanceRunRequest: {
      /**
       * @description Advance even when governance checks fail.
       */
      skip_validation?: boolean;
    };
    AdvanceRunResponse: {
      /**
       * @format uuid
       */
      run_id: string;
      previous_phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      current_phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      status:
        | 'created'
        | 'running'
        | 'awaiting_approval'
        | 'completed'
        | 'failed'
        | 'cancelling'
        | 'cancelled'
        | 'crashed';
      message: string;
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
    AgentMetricsDto: {
      agent_id: string;
      /**
       * @description Model calls recorded for the agent in this phase.
       */
      calls: number;
      token_usage: components['schemas']['TokenUsageDto'];
      cost_usd: number;
      cost_usd_exact: string;
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
    ApplyResultDto: {
      /**
       * @format uuid
       */
      patch_set_id: string;
      status: 'applied';
      /**
       * @format uuid
       */
      project_id: string | null;
      refs: {
        [key: string]: string;
      };
      /**
       * @format date-time
       */
      applied_at: string;
      diff: components['schemas']['PatchDiffDto'];
      /**
       * @description Engineering tasks announced on engineering:queue.
       */
      runs_requested: string[];
      warnings: components['schemas']['OpResultDto'][];
    };
    ApprovalHoldDto: {
      reason: 'governance' | 'approval_gate' | 'budget';
      phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      detail: string;
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
    ArtifactSummary: {
      /**
       * @format uuid
       */
      artifact_id: string;
      phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      /**
       * @description Where the file is within the run (download it from download_url).
       */
      path: string;
      name: string;
      description: string | null;
      artifact_type: string;
      size_bytes: number;
      sha256: string;
      agent_id: string | null;
      /**
       * @format date-time
       */
      created_at: string;
      download_url: string;
    };
    ArtifactsResponse: {
      /**
       * @format uuid
       */
      run_id: string;
      /**
       * @description Artifacts of the run, on every page.
       */
      total_count: number;
      /**
       * @description The artifacts (of this page, when paged) grouped by phase.
       */
      artifacts_by_phase: {
        [key: string]: components['schemas']['ArtifactSummary'][];
      };
      /**
       * @description The page answered (paged requests only).
       */
      page?: number;
      /**
       * @description Artifacts a page (paged requests only).
       */
      limit?: number;
      /**
       * @description The next page, null on the last one (paged requests only).
       */
      next_page?: number | null;
    };
    AttachHierarchyProjectDto: {
      /**
       * @description A data-api project; it belongs to one organization at a time.
       * @format uuid
       */
      project_id: string;
    };
    AuditLogEntryDto: {
      /**
       * @format uuid
       */
      id: string;
      actor_type: 'user' | 'api_key' | 'root' | 'service';
      /**
       * @description The user’s or key’s id; `root` or `service` for those.
       */
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
      /**
       * @format date-time
       */
      created_at: string;
    };
    AuditLogEntryPage: {
      items: components['schemas']['AuditLogEntryDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    AuthProvidersDto: {
      /**
       * @description Log in with an API key (POST /auth/login).
       */
      api_key: boolean;
      /**
       * @description Single sign-on at GET /auth/oidc/login.
       */
      oidc: boolean;
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
    BatchResponseDto: {
      /**
       * @description The id of the record each ref named.
       */
      refs: {
        [key: string]: string;
      };
      results: components['schemas']['BatchResultDto'][];
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
    BootstrapReportDto: {
      plans: components['schemas']['ShippedDefaultsReportDto'];
      prices: components['schemas']['ShippedDefaultsReportDto'];
      alert_presets: components['schemas']['ShippedDefaultsReportDto'];
    };
    BudgetWindowDto: {
      /**
       * @description Null: no budget.
       */
      budget: string | null;
      spent: string;
      /**
       * @description Held by open reservations (calls in flight).
       */
      reserved: string;
      /**
       * @description Never below 0; null: no budget.
       */
      remaining: string | null;
      /**
       * @description The start of the next window in the organization’s time zone.
       * @format date-time
       */
      resets_at: string;
    };
    CancelRunResponse: {
      /**
       * @format uuid
       */
      run_id: string;
      status: 'cancelling' | 'cancelled';
      message: string;
    };
    CapabilitiesResponse: {
      actions: components['schemas']['CapabilityDto'][];
      patch_ops: components['schemas']['PatchOpCapabilityDto'][];
      patch_set_format_version: number;
      provider: string;
      model: string;
    };
    CapabilityDto: {
      name: string;
      description: string;
      method: string;
      path: string;
      /**
       * @description Whether calling it writes projects or tasks.
       */
      mutates: boolean;
      input_schema: {
        [key: string]: unknown;
      } | null;
    };
    ChangeMemberDto: {
      role: 'owner' | 'admin' | 'member' | 'viewer';
    };
    ChangeSubscriptionDto: {
      /**
       * @description The plan to move to.
       */
      plan: string;
      /**
       * @description When the new plan takes over; now when left out or past.
       * @format date-time
       */
      effective_date?: string;
    };
    ChatMessageDto: {
      /**
       * @format uuid
       */
      id: string;
      turn: number;
      role: 'user' | 'assistant' | 'tool';
      content: string;
      tool_calls: components['schemas']['ChatToolCallDto'][];
      patch_set_ids: string[];
      /**
       * @format date-time
       */
      created_at: string;
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
    ChatRequest: {
      /**
       * @description Continue this session; a new one starts without it.
       * @format uuid
       */
      session_id?: string;
      /**
       * @description The project a new session talks about.
       * @format uuid
       */
      project_id?: string;
      message: string;
    };
    ChatResponse: {
      /**
       * @format uuid
       */
      session_id: string;
      turn: number;
      reply: string;
      tool_calls: components['schemas']['ChatToolCallDto'][];
      /**
       * @description Proposals of this turn; a person applies them.
       */
      patch_sets: components['schemas']['StoredPatchSetDto'][];
      validations: components['schemas']['PatchValidationDto'][];
      usage: components['schemas']['PlannerUsageDto'];
    };
    ChatSessionDetailDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format uuid
       */
      project_id: string | null;
      title: string;
      summary: string;
      turn_count: number;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      messages: components['schemas']['ChatMessageDto'][];
      patch_sets: components['schemas']['StoredPatchSetDto'][];
    };
    ChatSessionDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format uuid
       */
      project_id: string | null;
      title: string;
      summary: string;
      turn_count: number;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
    };
    ChatSessionPage: {
      items: components['schemas']['ChatSessionDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
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
    ChatToolCallDto: {
      name: string;
      arguments: {
        [key: string]: unknown;
      };
    };
    CiJobDto: {
      forge: 'gitea' | 'github' | 'manual';
      /**
       * @description The forge event (push, create, pull_request) or manual.
       */
      event: string;
      repository: string;
      clone_url: string;
      /**
       * @description The full git ref to check out.
       */
      ref: string;
      ref_kind: 'branch' | 'tag' | 'pull_request';
      /**
       * @description Branch name (the head branch of a pull request).
       */
      branch?: string;
      tag?: string;
      /**
       * @description Absent for a manual job on a moving ref.
       */
      sha?: string;
      author?: string;
      pull_request?: number;
      /**
       * @format uuid
       */
      id: string;
      status: 'pending' | 'running' | 'success' | 'failed' | 'cancelled' | 'error';
      /**
       * @description Claims so far; each claim by a runner is a new attempt.
       */
      attempt: number;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @format date-time
       */
      started_at?: string;
      /**
       * @format date-time
       */
      finished_at?: string;
      exit_code?: number;
      /**
       * @description The runner holding (or that held) the job.
       */
      runner?: string;
      /**
       * @description Why the job ended as it did, or why it waits.
       */
      reason?: string;
      /**
       * @format uuid
       */
      retry_of?: string;
      /**
       * @description Pending jobs: 1 = next to be claimed.
       */
      queue_position?: number;
    };
    CiJobPage: {
      items: components['schemas']['CiJobDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
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
    CompletePipelineDto: {
      kind: 'run' | 'ci_job';
      pipeline_id: string;
      outcome: 'succeeded' | 'failed' | 'cancelled';
      detail?: string;
      steps?: components['schemas']['PipelineStepDto'][];
    };
    CompletionEstimateDto: {
      /**
       * @description Seconds of execution until the last phase is expected to end: from earlier runs of the profile, else this run’s pace; 0 once the run ended; null when neither exists yet. Time a run waits for /next or an approval is not counted.
       */
      remaining_seconds: number | null;
      /**
       * @description Now plus remaining_seconds; when the run ended, its end.
       * @format date-time
       */
      estimated_completion_at: string | null;
      /**
       * @description The least informed basis of any remaining phase; none when nothing remains.
       */
      basis: 'history' | 'this_run' | 'none';
      /**
       * @description Phases neither completed nor skipped.
       */
      remaining_phases: components['schemas']['PhaseDurationDto'][];
    };
    ConflictDto: {
      index: number;
      record: 'project' | 'task' | 'dependency';
      id: string;
      expected_version: number | null;
      actual_version: number | null;
      message: string;
    };
    CostAlertBulkDto: {
      action: 'enable' | 'disable' | 'delete' | 'set_channels';
      ids: string[];
      /**
       * @description set_channels: the channels every alert gets (replacing its own).
       */
      channel_ids?: string[];
    };
    CostAlertBulkResultDto: {
      action: 'enable' | 'disable' | 'delete' | 'set_channels';
      count: number;
      /**
       * @description Each alert as the change left it (deleted ones as they were).
       */
      items: components['schemas']['CostAlertDto'][];
    };
    CostAlertDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @description Sent as the ETag; send it back as If-Match.
       */
      version: number;
      name: string;
      kind:
        'daily_spend_above' | 'monthly_forecast_above_budget' | 'spike_vs_trailing_mean' | 'budget_percent';
      threshold: string;
      params: components['schemas']['CostAlertParamsDto'];
      channel_ids: string[];
      enabled: boolean;
      state: 'ok' | 'triggered' | 'resolved';
      /**
       * @format date-time
       */
      state_changed_at: string | null;
      /**
       * @description The window last notified.
       */
      last_window: string | null;
      /**
       * @description The threshold last notified.
       */
      last_threshold: string | null;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
    };
    CostAlertEvaluationDto: {
      /**
       * @format uuid
       */
      alert_id: string;
      name: string;
      kind:
        'daily_spend_above' | 'monthly_forecast_above_budget' | 'spike_vs_trailing_mean' | 'budget_percent';
      window: string;
      /**
       * @description Null when it could not be computed (see detail).
       */
      value: string | null;
      threshold: string;
      previous_state: 'ok' | 'triggered' | 'resolved';
      state: 'ok' | 'triggered' | 'resolved';
      /**
       * @description True when a notification was sent for it now.
       */
      notified: boolean;
      detail: {
        [key: string]: unknown;
      };
    };
    CostAlertEvaluationReportDto: {
      /**
       * @description Organizations looked at.
       */
      organizations: number;
      evaluated: number;
      triggered: number;
      resolved: number;
      /**
       * @description Alerts whose notification went out now.
       */
      notified: number;
      /**
       * @description Alerts that could not be evaluated (logged).
       */
      failed: number;
      /**
       * @description One organization’s evaluation only.
       */
      items?: components['schemas']['CostAlertEvaluationDto'][];
    };
    CostAlertEventDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format uuid
       */
      alert_id: string;
      from_state: 'ok' | 'triggered' | 'resolved';
      to_state: 'ok' | 'triggered' | 'resolved';
      window: string;
      /**
       * @description The value evaluated (spend, forecast, ratio or percent).
       */
      value: string;
      threshold: string;
      detail: {
        [key: string]: unknown;
      };
      /**
       * @format date-time
       */
      created_at: string;
    };
    CostAlertFromPresetDto: {
      /**
       * @description The preset’s name (GET …/cost-alerts/presets).
       */
      preset: string;
      /**
       * @description Default: the preset’s label.
       */
      name?: string;
      /**
       * @description Default: the preset’s.
       */
      threshold?: string;
      /**
       * @description Merged over the preset’s.
       */
      params?: components['schemas']['CostAlertParamsDto'];
      channel_ids?: string[];
      /**
       * @description Default true.
       */
      enabled?: boolean;
    };
    CostAlertHistoryDto: {
      items: components['schemas']['CostAlertEventDto'][];
      next_cursor: string | null;
    };
    CostAlertListDto: {
      items: components['schemas']['CostAlertDto'][];
      next_cursor: string | null;
    };
    CostAlertParamsDto: {
      /**
       * @description Only spend charged to this hierarchy node and (include_descendants) below it; budget_percent: required, its budget.
       * @format uuid
       */
      node_id?: string;
      /**
       * @description With node_id: its descendants too. Default true.
       */
      include_descendants?: boolean;
      /**
       * @description Only spend of this registry project.
       * @format uuid
       */
      project_id?: string;
      /**
       * @description Only spend with this provider.
       */
      provider?: string;
      /**
       * @description Only spend on this model.
       */
      model?: string;
      /**
       * @description Only spend of this source.
       */
      source?: 'run' | 'planner' | 'ci' | 'saas' | 'adjustment';
      /**
       * @description budget_percent: the daily or monthly budget. Default month.
       */
      period?: 'day' | 'month';
      /**
       * @description monthly_forecast_above_budget, spike_vs_trailing_mean: days of the trailing mean. Default 7.
       */
      trailing_days?: number;
      /**
       * @description spike_vs_trailing_mean: a day below this amount is no spike. Default 0.
       */
      min_amount?: string;
    };
    CostAlertPresetDto: {
      name: string;
      label: string;
      description: string;
      /**
       * @description The alert it makes; null: not a spend alert (a quota preset: use quota_80/quota_100 rules).
       */
      kind:
        | 'daily_spend_above'
        | 'monthly_forecast_above_budget'
        | 'spike_vs_trailing_mean'
        | 'budget_percent'
        | null;
      threshold: string | null;
      params: components['schemas']['CostAlertParamsDto'];
      /**
       * @description Parameters the request must give (budget_percent: node_id).
       */
      needs: string[];
      definition: {
        [key: string]: unknown;
      };
    };
    CostAlertPresetListDto: {
      items: components['schemas']['CostAlertPresetDto'][];
    };
    CostCacheInvalidatedDto: {
      org: string;
      /**
       * @description The cache generation now in force: answers cached under an earlier one are never served.
       */
      generation: number;
    };
    CostGroupDto: {
      /**
       * @description Exact decimal in the organization’s currency, never rounded.
       */
      amount: string;
      /**
       * @description Prompt tokens, the cached ones included.
       */
      input_tokens: number;
      output_tokens: number;
      cached_input_tokens: number;
      /**
       * @description Priced events counted (a recompute’s adjustment rows change the amount, not this).
       */
      events: number;
      key: components['schemas']['CostGroupKeyDto'];
    };
    CostGroupKeyDto: {
      provider?: string;
      model?: string | null;
      /**
       * @format uuid
       */
      project_id?: string | null;
      /**
       * @description group_by node: the node charged. group_by level: its ancestor (or itself) at the level; null for spend of no node, of a node above the level, or of a node since deleted.
       * @format uuid
       */
      node_id?: string | null;
      /**
       * @description The node’s code, when it still exists.
       */
      node_code?: string | null;
      node_name?: string | null;
      /**
       * @description group_by level: the level grouped by.
       */
      level?: string;
      user_id?: string | null;
      source?: 'run' | 'planner' | 'ci' | 'saas' | 'adjustment';
      /**
       * @description The local day.
       * @format date
       */
      day?: string;
    };
    CostPeriodDto: {
      /**
       * @description First local day, included.
       * @format date
       */
      start_date: string;
      /**
       * @description Last local day, included.
       * @format date
       */
      end_date: string;
      days: number;
      /**
       * @description The named period asked for, if any.
       */
      period:
        | 'today'
        | 'yesterday'
        | 'last_7_days'
        | 'last_30_days'
        | 'last_90_days'
        | 'this_week'
        | 'last_week'
        | 'this_month'
        | 'last_month'
        | 'this_quarter'
        | 'last_quarter'
        | 'this_year'
        | null;
      /**
       * @description The organization’s time zone the days are in.
       */
      timezone: string;
    };
    CostProjectionDto: {
      /**
       * @description Phases neither completed nor skipped.
       */
      remaining_phases: components['schemas']['PhaseProjectionDto'][];
      projected_cost_usd: number;
      projected_cost_usd_exact: string;
      /**
       * @description The least informed basis of any remaining phase; none when nothing remains.
       */
      basis: 'history' | 'this_run' | 'none';
      /**
       * @description Why part of the projection is less than it seems.
       */
      notes: string[];
    };
    CostSourceTotalDto: {
      /**
       * @description Exact decimal in the organization’s currency, never rounded.
       */
      amount: string;
      /**
       * @description Prompt tokens, the cached ones included.
       */
      input_tokens: number;
      output_tokens: number;
      cached_input_tokens: number;
      /**
       * @description Priced events counted (a recompute’s adjustment rows change the amount, not this).
       */
      events: number;
      source: 'run' | 'planner' | 'ci' | 'saas' | 'adjustment';
    };
    CostSummaryDto: {
      /**
       * @description The organization’s slug.
       */
      org: string;
      /**
       * @description The organization’s currency: every amount is in it.
       */
      currency: string;
      period: components['schemas']['CostPeriodDto'];
      group_by: ('provider' | 'model' | 'project' | 'node' | 'level' | 'user' | 'source' | 'day')[];
      /**
       * @description Largest amount first, at most `limit`.
       */
      groups: components['schemas']['CostGroupDto'][];
      /**
       * @description Of all matching spend, every group included.
       */
      total: components['schemas']['CostTotalsDto'];
      /**
       * @description Groups in all; more than answered when truncated.
       */
      group_count: number;
      truncated: boolean;
    };
    CostTotalDto: {
      /**
       * @description The organization’s slug.
       */
      org: string;
      /**
       * @description The organization’s currency: every amount is in it.
       */
      currency: string;
      period: components['schemas']['CostPeriodDto'];
      total: components['schemas']['CostTotalsDto'];
      /**
       * @description The total per source, largest amount first.
       */
      by_source: components['schemas']['CostSourceTotalDto'][];
    };
    CostTotalsDto: {
      /**
       * @description Exact decimal in the organization’s currency, never rounded.
       */
      amount: string;
      /**
       * @description Prompt tokens, the cached ones included.
       */
      input_tokens: number;
      output_tokens: number;
      cached_input_tokens: number;
      /**
       * @description Priced events counted (a recompute’s adjustment rows change the amount, not this).
       */
      events: number;
    };
    CostTrendBucketDto: {
      /**
       * @description Exact decimal in the organization’s currency, never rounded.
       */
      amount: string;
      /**
       * @description Prompt tokens, the cached ones included.
       */
      input_tokens: number;
      output_tokens: number;
      cached_input_tokens: number;
      /**
       * @description Priced events counted (a recompute’s adjustment rows change the amount, not this).
       */
      events: number;
      /**
       * @description The bucket’s first local day (YYYY-MM-DD; a Monday for weeks, the 1st for months), or for hours its first instant in the organization’s time zone (2026-03-02T14:00:00+01:00).
       */
      start: string;
    };
    CostTrendDto: {
      /**
       * @description The organization’s slug.
       */
      org: string;
      /**
       * @description The organization’s currency: every amount is in it.
       */
      currency: string;
      period: components['schemas']['CostPeriodDto'];
      granularity: 'hour' | 'day' | 'week' | 'month';
      /**
       * @description Every bucket of the range, zero-filled; the first and last count only days in range.
       */
      buckets: components['schemas']['CostTrendBucketDto'][];
      total: components['schemas']['CostTotalsDto'];
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
    CreateCostAlertDto: {
      /**
       * @description Unique among the organization’s alerts.
       */
      name: string;
      kind:
        'daily_spend_above' | 'monthly_forecast_above_budget' | 'spike_vs_trailing_mean' | 'budget_percent';
      /**
       * @description daily_spend_above: the amount; monthly_forecast_above_budget: the budget; spike_vs_trailing_mean: the ratio to the mean (2 = twice); budget_percent: the percent (50, 80, 100).
       */
      threshold: string;
      params?: components['schemas']['CostAlertParamsDto'];
      /**
       * @description Notification channels told of its crossings directly (its resolutions go to alert_resolved rules), besides the alert_triggered rules.
       */
      channel_ids?: string[];
      /**
       * @description Default true.
       */
      enabled?: boolean;
    };
    CreateGenAiOverrideDto: {
      /**
       * @description The model, as the provider names it (e.g. gpt-4o).
       */
      model: string;
      /**
       * @description USD per 1,000,000 input tokens.
       */
      input_per_1m: string;
      /**
       * @description USD per 1,000,000 output tokens.
       */
      output_per_1m: string;
      /**
       * @description USD per 1,000,000 cached input tokens; null: billed as input.
       */
      cached_input_per_1m?: string | null;
      /**
       * @description USD per 1,000,000 tokens written to the prompt cache.
       */
      cache_write_per_1m?: string | null;
      /**
       * @description USD per 1,000,000 reasoning tokens, where billed apart from output.
       */
      reasoning_per_1m?: string | null;
      /**
       * @description USD per request, on top of the tokens.
       */
      per_request?: string | null;
      /**
       * @description Start of the period, included; now when left out.
       * @format date-time
       */
      valid_from?: string;
      /**
       * @description End of the period, excluded; null or left out: open-ended.
       * @format date-time
       */
      valid_to?: string | null;
      note?: string | null;
      provider: string;
    };
    CreateHierarchyNodeDto: {
      /**
       * @description Unique in the organization; import files name parents by it. Never changes.
       */
      code: string;
      name: string;
      /**
       * @description One of the organization’s levels (GET …/levels).
       */
      level: string;
      /**
       * @description The parent node; left out or null, the node is a root.
       * @format uuid
       */
      parent_id?: {
        [key: string]: unknown;
      };
      /**
       * @description Daily budget in the organization's currency, a decimal string; null: none.
       */
      daily_budget?: string | null;
      /**
       * @description Monthly budget in the organization's currency, a decimal string; null: none.
       */
      monthly_budget?: string | null;
      /**
       * @description hard refuses model calls over the budget, soft admits them and notifies (budget reservations); unset: hard.
       */
      budget_enforcement?: 'hard' | 'soft' | null;
      /**
       * @description Free-form labels for people; nothing the system decides on.
       */
      metadata?: {
        [key: string]: unknown;
      };
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
    CreateModelPriceDto: {
      /**
       * @description The model, as the provider names it (e.g. gpt-4o).
       */
      model: string;
      /**
       * @description USD per 1,000,000 input tokens.
       */
      input_per_1m: string;
      /**
       * @description USD per 1,000,000 output tokens.
       */
      output_per_1m: string;
      /**
       * @description USD per 1,000,000 cached input tokens; null: billed as input.
       */
      cached_input_per_1m?: string | null;
      /**
       * @description USD per 1,000,000 tokens written to the prompt cache.
       */
      cache_write_per_1m?: string | null;
      /**
       * @description USD per 1,000,000 reasoning tokens, where billed apart from output.
       */
      reasoning_per_1m?: string | null;
      /**
       * @description USD per request, on top of the tokens.
       */
      per_request?: string | null;
      /**
       * @description Start of the period, included; now when left out.
       * @format date-time
       */
      valid_from?: string;
      /**
       * @description End of the period, excluded; null or left out: open-ended.
       * @format date-time
       */
      valid_to?: string | null;
      note?: string | null;
    };
    CreateNotificationChannelDto: {
      /**
       * @description Unique among the organization’s channels.
       */
      name: string;
      kind: 'email' | 'slack' | 'webhook';
      /**
       * @description Default true.
       */
      enabled?: boolean;
      email?: components['schemas']['EmailChannelDto'];
      slack?: components['schemas']['SlackChannelDto'];
      webhook?: components['schemas']['WebhookChannelDto'];
    };
    CreateNotificationRuleDto: {
      /**
       * @description Unique among the organization’s rules.
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
       * @description Its channels.
       */
      channel_ids: string[];
      filters?: components['schemas']['NotificationRuleFiltersDto'];
      /**
       * @description Default true.
       */
      enabled?: boolean;
    };
    CreateOrgApiKeyDto: {
      name: string;
      /**
       * @description What the key may do; admin when left out, never above the caller’s role.
       */
      role?: 'owner' | 'admin' | 'member' | 'viewer';
      /**
       * @description When the key stops working; never when left out.
       * @format date-time
       */
      expires_at?: string;
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
    CreateProjectOp: {
      op:
        | 'create_project'
        | 'update_project'
        | 'create_task'
        | 'update_task'
        | 'move_task'
        | 'delete_task'
        | 'add_dependency'
        | 'remove_dependency';
      /**
       * @description How later operations name the new project.
       */
      ref: string;
      name: string;
      description?: string;
      /**
       * @description Modules the scaffolder generates; none by default.
       */
      modules?: string[];
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
    CreateRunRequest: {
      /**
       * @description Profile name (a file of the profiles directory).
       */
      profile: string;
      /**
       * @description Intake text or requirements.
       */
      intake?: string;
      project_name?: string;
      /**
       * @description Your own data, kept and echoed; the keys task_id, approval, skip_validation, source are refused.
       */
      metadata?: {
        [key: string]: unknown;
      };
      /**
       * @description manual (default): one phase per /next; auto: phases run back to back until an approval gate.
       */
      mode?: 'manual' | 'auto';
      /**
       * @description Spend limit in USD (exact decimal).
       */
      budget_usd?: string;
      /**
       * @description The registry project the run delivers.
       * @format uuid
       */
      project_id?: string;
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
    CreateSubscriptionPlanDto: {
      plan_name: string;
      pricing_model: 'per_seat' | 'flat';
      /**
       * @description Exact decimal: per seat (per_seat) or in all (flat), per billing period.
       */
      unit_price: string;
      /**
       * @description Required for per_seat; informational for flat.
       */
      seats?: number;
      /**
       * @description ISO 4217 code; the organization’s currency when left out.
       */
      currency?: string;
      billing_period: 'monthly' | 'quarterly' | 'yearly';
      /**
       * @description First day billed.
       * @format date
       */
      start_date: string;
      /**
       * @description Last day billed, on or after start_date; null: still running.
       * @format date
       */
      end_date?: string | null;
      notes?: string | null;
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
    CreateTaskOp: {
      op:
        | 'create_project'
        | 'update_project'
        | 'create_task'
        | 'update_task'
        | 'move_task'
        | 'delete_task'
        | 'add_dependency'
        | 'remove_dependency';
      /**
       * @description How later operations name the new task.
       */
      ref: string;
      /**
       * @description The project: an id or the ref of a create_project.
       */
      project: string;
      /**
       * @description The parent task: an id or the ref of an earlier create_task.
       */
      parent?: string;
      title: string;
      description?: string;
      /**
       * @description Defaults to engineering.
       */
      type?: 'engineering' | 'deploy' | 'research' | 'ops' | 'planning' | 'qa' | 'documentation' | 'other';
      /**
       * @description Defaults to medium.
       */
      priority?: 'low' | 'medium' | 'high' | 'critical';
      /**
       * @description Defaults to todo.
       */
      status?: 'todo' | 'in_progress' | 'blocked' | 'done' | 'failed' | 'cancelled';
      assignee?: string;
      /**
       * @description Free data kept on the task (phase, estimate…).
       */
      payload?: {
        [key: string]: unknown;
      };
      /**
       * @description Once applied, an engineering task is announced on engineering:queue and starts a run.
       */
      start_run?: boolean;
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
    CreatedOrgApiKeyDto: {
      /**
       * @format uuid
       */
      id: string;
      name: string;
      /**
       * @description Send as X-API-Key. Shown once: only its hash is kept.
       */
      key: string;
      /**
       * @description The first characters of the key, to tell it in lists.
       */
      prefix: string;
      role: 'owner' | 'admin' | 'member' | 'viewer';
      /**
       * @format date-time
       */
      expires_at: string | null;
    };
    CurrencyAmountDto: {
      currency: string;
      /**
       * @description Exact decimal.
       */
      amount: string;
    };
    DecomposeRequest: {
      /**
       * @description How many subtasks; estimated from the task’s complexity when left out.
       */
      count?: number;
      /**
       * @description What to bear in mind while splitting.
       */
      guidance?: string;
    };
    DeleteTaskOp: {
      op:
        | 'create_project'
        | 'update_project'
        | 'create_task'
        | 'update_task'
        | 'move_task'
        | 'delete_task'
        | 'add_dependency'
        | 'remove_dependency';
      /**
       * @description The task deleted (soft: undo restores it).
       * @format uuid
       */
      task: string;
      /**
       * @description The version the change was made against; another version is a conflict.
       */
      base_version?: number;
      /**
       * @description reject: refused while subtasks or dependents exist; cascade: those go too.
       */
      on_dependents?: 'reject' | 'cascade';
    };
    DiffEntryDto: {
      index: number;
      record: 'project' | 'task' | 'dependency';
      /**
       * @description Existing records.
       */
      id: string | null;
      /**
       * @description Records the PatchSet creates.
       */
      ref: string | null;
      /**
       * @description The title (name) of the record, or "A → B" for a dependency.
       */
      title: string;
      /**
       * @description Changed fields, each from → to.
       */
      changes?: {
        [key: string]: {
          from?: unknown;
          to?: unknown;
        };
      };
      from_parent?: string | null;
      to_parent?: string | null;
    };
    EmailChannelDto: {
      to: string[];
      /**
       * @description The From address; SMTP_FROM when left out.
       */
      from?: string;
      /**
       * @description Left out: SMTP_URL’s server.
       */
      smtp?: components['schemas']['SmtpServerDto'];
    };
    EmailChannelSettingsDto: {
      to: string[];
      from: string | null;
      smtp:
        | (components['schemas']['SmtpServerSettingsDto'] & {
            [key: string]: unknown;
          })
        | null;
    };
    FieldErrorDto: {
      /**
       * @description The field or query parameter, with a path for nested values (`items[2].port`).
       */
      field: string;
      message: string;
    };
    GenAiCostsDto: {
      /**
       * @description The organization’s slug.
       */
      org: string;
      /**
       * @description The organization’s currency: every amount is in it.
       */
      currency: string;
      period: components['schemas']['CostPeriodDto'];
      /**
       * @description Largest amount first.
       */
      providers: components['schemas']['GenAiProviderCostDto'][];
      /**
       * @description Largest amount first.
       */
      models: components['schemas']['GenAiModelCostDto'][];
      total: components['schemas']['CostTotalsDto'];
    };
    GenAiDayUsageDto: {
      /**
       * @description Prompt tokens, the cached ones included.
       */
      input_tokens: number;
      output_tokens: number;
      /**
       * @description Prompt tokens read from the provider’s cache.
       */
      cached_input_tokens: number;
      /**
       * @description input_tokens + output_tokens.
       */
      total_tokens: number;
      /**
       * @description cached_input_tokens / input_tokens, 0 to 1, to 6 decimals; 0 without input tokens.
       */
      cached_share: number;
      /**
       * @description Model calls (ledger rows) counted.
       */
      events: number;
      provider: string;
      model: string;
      /**
       * @description The local day.
       * @format date
       */
      day: string;
    };
    GenAiModelCostDto: {
      /**
       * @description Exact decimal in the organization’s currency, never rounded.
       */
      amount: string;
      /**
       * @description Prompt tokens, the cached ones included.
       */
      input_tokens: number;
      output_tokens: number;
      cached_input_tokens: number;
      /**
       * @description Priced events counted (a recompute’s adjustment rows change the amount, not this).
       */
      events: number;
      provider: string;
      model: string;
    };
    GenAiModelUsageDto: {
      /**
       * @description Prompt tokens, the cached ones included.
       */
      input_tokens: number;
      output_tokens: number;
      /**
       * @description Prompt tokens read from the provider’s cache.
       */
      cached_input_tokens: number;
      /**
       * @description input_tokens + output_tokens.
       */
      total_tokens: number;
      /**
       * @description cached_input_tokens / input_tokens, 0 to 1, to 6 decimals; 0 without input tokens.
       */
      cached_share: number;
      /**
       * @description Model calls (ledger rows) counted.
       */
      events: number;
      provider: string;
      model: string;
    };
    GenAiProviderCostDto: {
      /**
       * @description Exact decimal in the organization’s currency, never rounded.
       */
      amount: string;
      /**
       * @description Prompt tokens, the cached ones included.
       */
      input_tokens: number;
      output_tokens: number;
      cached_input_tokens: number;
      /**
       * @description Priced events counted (a recompute’s adjustment rows change the amount, not this).
       */
      events: number;
      provider: string;
    };
    GenAiTokensDto: {
      /**
       * @description Prompt tokens, the cached ones included.
       */
      input_tokens: number;
      output_tokens: number;
      /**
       * @description Prompt tokens read from the provider’s cache.
       */
      cached_input_tokens: number;
      /**
       * @description input_tokens + output_tokens.
       */
      total_tokens: number;
      /**
       * @description cached_input_tokens / input_tokens, 0 to 1, to 6 decimals; 0 without input tokens.
       */
      cached_share: number;
      /**
       * @description Model calls (ledger rows) counted.
       */
      events: number;
    };
    GenAiUsageDto: {
      /**
       * @description The organization’s slug.
       */
      org: string;
      /**
       * @description The organization’s currency: every amount is in it.
       */
      currency: string;
      period: components['schemas']['CostPeriodDto'];
      /**
       * @description Per local day and model: days in order, models by name.
       */
      days: components['schemas']['GenAiDayUsageDto'][];
      /**
       * @description Per model over the period, most tokens first.
       */
      models: components['schemas']['GenAiModelUsageDto'][];
      total: components['schemas']['GenAiTokensDto'];
      /**
       * @description True when the period holds more (day, model) pairs than one answer carries (days then lists the costliest).
       */
      truncated: boolean;
    };
    GenerateRequest: {
      /**
       * @description The idea in your words: what to build, with must/should/could wording if you like.
       */
      idea: string;
      /**
       * @description The project name; derived from the idea when left out.
       */
      project_name?: string;
      /**
       * @description At most this many tasks (default 60).
       */
      max_tasks?: number;
    };
    GovernanceCheckFailureDto: {
      /**
       * @description The artifact, relative to its phase directory.
       */
      artifact: string;
      check: 'present' | 'non_empty' | 'valid';
      message?: string;
    };
    HeartbeatDto: {
      kind: 'run' | 'ci_job';
      pipeline_id: string;
    };
    HierarchyFileDto: {
      nodes: components['schemas']['HierarchyFileNodeDto'][];
    };
    HierarchyFileNodeDto: {
      code: string;
      name: string;
      level: string;
      parent_code: string | null;
      daily_budget: string | null;
      monthly_budget: string | null;
      budget_enforcement: 'hard' | 'soft' | null;
    };
    HierarchyImportReportDto: {
      dry_run: boolean;
      /**
       * @description No row has an error.
       */
      valid: boolean;
      /**
       * @description Nodes written: 0 on a dry run.
       */
      created: number;
      /**
       * @description In creation order, parents first.
       */
      nodes: components['schemas']['HierarchyImportedNodeDto'][];
      errors: components['schemas']['HierarchyRowErrorDto'][];
    };
    HierarchyImportedNodeDto: {
      row: number;
      /**
       * @format uuid
       */
      id: string;
      code: string;
      parent_code: string | null;
      level: string;
      depth: number;
    };
    HierarchyLevelsDto: {
      levels: string[];
      /**
       * @description HIERARCHY_MAX_DEPTH: the deepest depth a node may have (a root is at depth 0).
       */
      max_depth: number;
    };
    HierarchyNodeDto: {
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
      parent_id: string | null;
      code: string;
      name: string;
      level: string;
      /**
       * @description A root’s is 0, a child’s its parent’s + 1.
       */
      depth: number;
      daily_budget: string | null;
      monthly_budget: string | null;
      budget_enforcement: 'hard' | 'soft' | null;
      metadata: {
        [key: string]: unknown;
      };
    };
    HierarchyNodePage: {
      items: components['schemas']['HierarchyNodeDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    HierarchyPathDto: {
      /**
       * @format uuid
       */
      node_id: string;
      codes: string[];
      nodes: components['schemas']['HierarchyNodeDto'][];
    };
    HierarchyProjectDto: {
      /**
       * @format uuid
       */
      project_id: string;
      /**
       * @format uuid
       */
      node_id: string | null;
      /**
       * @format date-time
       */
      attached_at: string;
    };
    HierarchyProjectPage: {
      items: components['schemas']['HierarchyProjectDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    HierarchyRowErrorDto: {
      /**
       * @description The node’s place in the file from 1 (CSV: after the header); 0 for the file.
       */
      row: number;
      field: string;
      message: string;
    };
    HierarchyTreeDto: {
      /**
       * @description The organization’s levels, top first.
       */
      levels: string[];
      /**
       * @description The roots, by code.
       */
      roots: components['schemas']['HierarchyTreeNodeDto'][];
      /**
       * @description Nodes in the whole tree.
       */
      total: number;
    };
    HierarchyTreeNodeDto: {
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
      parent_id: string | null;
      code: string;
      name: string;
      level: string;
      /**
       * @description A root’s is 0, a child’s its parent’s + 1.
       */
      depth: number;
      daily_budget: string | null;
      monthly_budget: string | null;
      budget_enforcement: 'hard' | 'soft' | null;
      metadata: {
        [key: string]: unknown;
      };
      /**
       * @description Codes from the root down to this node.
       */
      path: string[];
      /**
       * @description By code.
       */
      children: components['schemas']['HierarchyTreeNodeDto'][];
    };
    HygieneDto: {
      files_checked: number;
      issues: components['schemas']['HygieneIssueDto'][];
    };
    HygieneIssueDto: {
      /**
       * @description Phase directory and name: `development/src/app.py`.
       */
      file: string;
      kind: 'empty_file' | 'parse_error' | 'broken_markdown' | 'unresolved_marker';
      detail: string;
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
    IntegrationDto: {
      provider: string;
      label: string;
      status: 'pending' | 'valid' | 'invalid';
      /**
       * @description A well-known prefix and the last four characters of the secret.
       */
      fingerprint: string;
      /**
       * @description Why the last validation failed.
       */
      status_reason: string | null;
      /**
       * @format date-time
       */
      validated_at: string | null;
      /**
       * @description The integration’s own base URL, if any.
       */
      base_url: string | null;
      /**
       * @description Non-secret settings (api_version, region).
       */
      settings: {
        [key: string]: string;
      };
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
    };
    IntegrationListDto: {
      items: components['schemas']['IntegrationDto'][];
      /**
       * @description Always null: an org has few integrations.
       */
      next_cursor: string | null;
    };
    IntegrationProviderDto: {
      provider: string;
      label: string;
      category: 'llm' | 'forge';
      fields: components['schemas']['IntegrationProviderFieldDto'][];
      /**
       * @description Where calls go unless the integration names its own; `{region}` is filled from settings.
       */
      default_base_url: string | null;
    };
    IntegrationProviderFieldDto: {
      name: string;
      /**
       * @description secret: encrypted, never shown; base_url and setting: kept and shown.
       */
      kind: 'secret' | 'base_url' | 'setting';
      required: boolean;
      description: string;
    };
    IntegrationProviderListDto: {
      items: components['schemas']['IntegrationProviderDto'][];
    };
    IntegrationSetupDto: {
      /**
       * @description API key (every LLM provider but Bedrock).
       * @format password
       */
      api_key?: string;
      /**
       * @description Access token (github, gitea).
       * @format password
       */
      token?: string;
      /**
       * @description IAM access key id (bedrock).
       * @format password
       */
      access_key_id?: string;
      /**
       * @description IAM secret access key (bedrock).
       * @format password
       */
      secret_access_key?: string;
      /**
       * @description STS session token for temporary credentials (bedrock, optional).
       * @format password
       */
      session_token?: string;
      /**
       * @description AWS region, e.g. us-east-1 (bedrock).
       */
      region?: string;
      /**
       * @description Resource endpoint, https://<resource>.openai.azure.com (azure_openai).
       */
      endpoint?: string;
      /**
       * @description Data-plane API version, e.g. 2024-10-21 (azure_openai).
       */
      api_version?: string;
      /**
       * @description Instance URL (gitea) or GitHub Enterprise API root, https://<host>/api/v3 (github).
       */
      base_url?: string;
    };
    JobAcceptedDto: {
      /**
       * @format uuid
       */
      job_id: string;
      status: 'pending' | 'running' | 'success' | 'failed' | 'cancelled' | 'error';
      /**
       * @description True when this delivery or event already made the job.
       */
      duplicate?: boolean;
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
    LogEntryDto: {
      /**
       * @description The SSE event id of the entry.
       */
      id: string;
      type: 'line' | 'status' | 'end';
      /**
       * @description type line
       */
      line?: components['schemas']['LogLineDto'];
      /**
       * @description type status or end
       */
      status?: string;
    };
    LogLineDto: {
      stream: 'stdout' | 'stderr' | 'system';
      /**
       * @description The pipeline step that wrote it.
       */
      step?: string;
      text: string;
      /**
       * @format date-time
       */
      at: string;
    };
    LogPageDto: {
      /**
       * @description Oldest first.
       */
      entries: components['schemas']['LogEntryDto'][];
      /**
       * @description Whether entries come before the first one (ask again with its id as before).
       */
      more_before: boolean;
      /**
       * @description Entries the log holds now: a page of the tail starts at entry total − entries.length + 1.
       */
      total: number;
    };
    LoginDto: {
      /**
       * @description An API key; the session acts with its owner and scopes.
       */
      api_key: string;
    };
    ManualJobDto: {
      clone_url: string;
      /**
       * @description A full ref, or a branch name.
       */
      ref: string;
      sha?: string;
    };
    MeDto: {
      user: components['schemas']['SessionUserDto'];
      scopes: ('read' | 'write' | 'admin')[];
      /**
       * @description The credential of this request.
       */
      via: 'api_key' | 'session';
      /**
       * @description Under a session: send it as X-CSRF-Token with every POST, PUT, PATCH and DELETE.
       */
      csrf_token?: string;
    };
    MemberDto: {
      /**
       * @format uuid
       */
      user_id: string;
      role: 'owner' | 'admin' | 'member' | 'viewer';
      /**
       * @format date-time
       */
      created_at: string;
    };
    MemberPage: {
      items: components['schemas']['MemberDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    ModelPriceDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @description Sent as the ETag.
       */
      version: number;
      scope: 'global' | 'org';
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
      /**
       * @description In force at the instant asked about (now by default).
       */
      in_force: boolean;
      /**
       * @description The price charged at that instant: in force and not overridden.
       */
      effective: boolean;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
    };
    ModelPricePageDto: {
      items: components['schemas']['ModelPriceDto'][];
      /**
       * @description Pass as `cursor` for the next page.
       */
      next_cursor: string | null;
    };
    MoveHierarchyNodeDto: {
      /**
       * @description The new parent; null: a root.
       * @format uuid
       */
      parent_id: string | null;
    };
    MoveTaskOp: {
      op:
        | 'create_project'
        | 'update_project'
        | 'create_task'
        | 'update_task'
        | 'move_task'
        | 'delete_task'
        | 'add_dependency'
        | 'remove_dependency';
      /**
       * @description The task moved, with its subtree.
       * @format uuid
       */
      task: string;
      /**
       * @description The version the change was made against; another version is a conflict.
       */
      base_version?: number;
      /**
       * @description The new parent (an id or a ref); null makes it a top-level task.
       */
      parent: string | null;
    };
    NodeBudgetDto: {
      /**
       * @format uuid
       */
      node_id: string;
      /**
       * @format uuid
       */
      parent_id: string | null;
      code: string;
      name: string;
      level: string;
      /**
       * @description hard refuses calls over the budget, soft admits them and notifies (a node without one: hard).
       */
      enforcement: 'hard' | 'soft';
      daily: components['schemas']['BudgetWindowDto'];
      monthly: components['schemas']['BudgetWindowDto'];
    };
    NotificationChannelDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @description Sent as the ETag; send it back as If-Match.
       */
      version: number;
      name: string;
      kind: 'email' | 'slack' | 'webhook';
      enabled: boolean;
      email?: components['schemas']['EmailChannelSettingsDto'];
      slack?: components['schemas']['SlackChannelSettingsDto'];
      webhook?: components['schemas']['WebhookChannelSettingsDto'];
      /**
       * @description The secret fields stored (sealed); their values are never answered.
       */
      sealed_fields: string[];
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
    };
    NotificationChannelListDto: {
      items: components['schemas']['NotificationChannelDto'][];
      next_cursor: string | null;
    };
    NotificationDeliveryDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @format uuid
       */
      channel_id: string;
      /**
       * @description Null when the channel is gone.
       */
      channel_name: string | null;
      channel_kind: 'email' | 'slack' | 'webhook' | null;
      /**
       * @description Null: direct or a test.
       * @format uuid
       */
      rule_id: string | null;
      /**
       * @description The event, or `test` for a channel test.
       */
      event: string;
      event_key: string;
      title: string;
      status: 'pending' | 'sent' | 'failed';
      /**
       * @description Sends tried.
       */
      attempts: number;
      /**
       * @description Why the last try failed.
       */
      last_error: string | null;
      /**
       * @format date-time
       */
      sent_at: string | null;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
    };
    NotificationHistoryDto: {
      items: components['schemas']['NotificationDeliveryDto'][];
      next_cursor: string | null;
    };
    NotificationRuleDto: {
      /**
       * @format uuid
       */
      id: string;
      version: number;
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
      filters: components['schemas']['NotificationRuleFiltersDto'];
      enabled: boolean;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
    };
    NotificationRuleFiltersDto: {
      /**
       * @description alert_triggered, alert_resolved: only these alerts.
       */
      alert_ids?: string[];
      /**
       * @description alert_triggered, alert_resolved: only alerts of these kinds.
       */
      alert_kinds?: (
        'daily_spend_above' | 'monthly_forecast_above_budget' | 'spike_vs_trailing_mean' | 'budget_percent'
      )[];
      /**
       * @description quota_80, quota_100: only these quotas.
       */
      quotas?: ('daily_pipelines' | 'monthly_pipelines')[];
      /**
       * @description integration_invalid: only these providers.
       */
      providers?: string[];
      /**
       * @description budget_reached and node alerts: only these hierarchy nodes.
       */
      node_ids?: string[];
    };
    NotificationRuleListDto: {
      items: components['schemas']['NotificationRuleDto'][];
      next_cursor: string | null;
    };
    NotificationSummaryDto: {
      period: 'daily' | 'weekly';
      timezone: string;
      currency: string;
      /**
       * @format date
       */
      from_day: string;
      /**
       * @format date
       */
      to_day: string;
      /**
       * @description Exact.
       */
      total: string;
      /**
       * @description The period before, of the same length.
       */
      previous_total: string;
      /**
       * @description total − previous_total.
       */
      change: string;
      /**
       * @description The change in % of previous_total (2 decimals); null when that was 0.
       */
      change_percent: string | null;
      /**
       * @description Priced events.
       */
      events: number;
      /**
       * @description At most 5, largest first.
       */
      top_models: components['schemas']['SummaryModelDto'][];
      /**
       * @description At most 5, largest first.
       */
      top_projects: components['schemas']['SummaryProjectDto'][];
    };
    OnboardOrganizationDto: {
      /**
       * @description Lowercase letters, digits, - and _, 3 to 63 characters.
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
       * @description Month the fiscal year starts; 1 when left out.
       */
      fiscal_year_start?: number;
      /**
       * @description A plan of GET /api/v1/plans; `starter` when left out.
       */
      plan?: string;
    };
    OnboardedOrganizationDto: {
      organization: components['schemas']['OrganizationDto'];
      /**
       * @description The organization’s first key (owner).
       */
      api_key: components['schemas']['CreatedOrgApiKeyDto'];
    };
    OpResultDto: {
      index: number;
      status: 'ok' | 'error' | 'warning';
      code: string;
      path: string;
      message: string;
    };
    OrgApiKeyDto: {
      /**
       * @format uuid
       */
      id: string;
      name: string;
      prefix: string;
      role: 'owner' | 'admin' | 'member' | 'viewer';
      /**
       * @format date-time
       */
      expires_at: string | null;
      /**
       * @format date-time
       */
      revoked_at: string | null;
      /**
       * @format date-time
       */
      created_at: string;
    };
    OrgApiKeyPage: {
      items: components['schemas']['OrgApiKeyDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    OrgBudgetsDto: {
      org: string;
      timezone: string;
      currency: string;
      /**
       * @description The budget day: the org’s local date.
       */
      day: string;
      month: string;
      /**
       * @description Parents before their children.
       */
      nodes: components['schemas']['NodeBudgetDto'][];
    };
    OrgLocaleDto: {
      /**
       * @description ISO 4217
       */
      currency: string;
      /**
       * @description IANA timezone: quota days and months follow it
       */
      timezone: string;
      /**
       * @description ISO 3166-1 alpha-2
       */
      country: string;
      fiscal_year_start: number;
    };
    OrganizationDto: {
      /**
       * @format uuid
       */
      id: string;
      slug: string;
      name: string;
      locale: components['schemas']['OrgLocaleDto'];
      plan: string;
      pending_plan: string | null;
      /**
       * @format date-time
       */
      pending_plan_from: string | null;
      /**
       * @description The limits in force now (plan and overrides).
       */
      limits: components['schemas']['PlanLimitsDto'];
      status: 'active' | 'suspended';
      hierarchy_levels: string[];
      version: number;
      /**
       * @format date-time
       */
      created_at: string;
    };
    PatchDiffDto: {
      created: components['schemas']['DiffEntryDto'][];
      updated: components['schemas']['DiffEntryDto'][];
      moved: components['schemas']['DiffEntryDto'][];
      deleted: components['schemas']['DiffEntryDto'][];
    };
    PatchOpCapabilityDto: {
      op: string;
      description: string;
      schema: {
        [key: string]: unknown;
      };
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
    PatchSetBaseDto: {
      /**
       * @format uuid
       */
      project_id: string;
      /**
       * @description The project version seen when the PatchSet was proposed.
       */
      project_version: number;
    };
    PatchSetDto: {
      /**
       * @description Applying the same id twice applies it once.
       * @format uuid
       */
      id: string;
      format_version: 1;
      base:
        | (components['schemas']['PatchSetBaseDto'] & {
            [key: string]: unknown;
          })
        | null;
      source: components['schemas']['PatchSourceDto'];
      ops: (
        | components['schemas']['CreateProjectOp']
        | components['schemas']['UpdateProjectOp']
        | components['schemas']['CreateTaskOp']
        | components['schemas']['UpdateTaskOp']
        | components['schemas']['MoveTaskOp']
        | components['schemas']['DeleteTaskOp']
        | components['schemas']['AddDependencyOp']
        | components['schemas']['RemoveDependencyOp']
      )[];
      /**
       * @description Why the change: the plan in a few sentences.
       */
      rationale?: string;
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
    PatchSourceDto: {
      /**
       * @description manual: written or edited by a person.
       */
      endpoint: 'generate' | 'refine' | 'decompose' | 'chat' | 'manual';
      /**
       * @description offline (the built-in planner) or openai.
       */
      provider?: string;
      model?: string;
      usage?: components['schemas']['PlannerUsageDto'];
    };
    PatchValidationDto: {
      /**
       * @format uuid
       */
      patch_set_id: string;
      /**
       * @description No error and no conflict: applying it would write every operation.
       */
      valid: boolean;
      results: components['schemas']['OpResultDto'][];
      diff: components['schemas']['PatchDiffDto'];
      conflicts: components['schemas']['ConflictDto'][];
    };
    PhaseDurationDto: {
      phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      /**
       * @description Seconds the phase is expected to run still (a running phase: what its estimate leaves).
       */
      projected_seconds: number;
      basis: 'history' | 'this_run' | 'none';
      /**
       * @description Runs the duration is drawn from.
       */
      basis_runs: number;
    };
    PhaseInfo: {
      phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      status: 'pending' | 'running' | 'completed' | 'failed' | 'skipped';
      /**
       * @format date-time
       */
      started_at: string | null;
      /**
       * @format date-time
       */
      completed_at: string | null;
      duration_seconds: number | null;
      agent_ids: string[];
      artifacts_count: number;
      /**
       * @description Executions so far.
       */
      attempt: number;
      error: string | null;
    };
    PhaseMetricsDto: {
      phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      status: 'pending' | 'running' | 'completed' | 'failed' | 'skipped';
      /**
       * @description Start to completion, or to now while the phase runs.
       */
      duration_seconds: number;
      token_usage: components['schemas']['TokenUsageDto'];
      cost_usd: number;
      cost_usd_exact: string;
      agents_executed: string[];
      artifacts_generated: number;
      /**
       * @description Null until governance judged the phase.
       */
      governance_passed: boolean | null;
      governance_warnings: string[];
      /**
       * @description The governance checks of the phase that failed (empty when it passed or was not judged).
       */
      governance_failed_checks: components['schemas']['GovernanceCheckFailureDto'][];
      agents: components['schemas']['AgentMetricsDto'][];
    };
    PhaseProjectionDto: {
      phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      projected_input_tokens: number;
      projected_output_tokens: number;
      projected_cost_usd: number;
      projected_cost_usd_exact: string;
      basis: 'history' | 'this_run' | 'none';
      /**
       * @description Runs the token counts are drawn from.
       */
      basis_runs: number;
      /**
       * @description The model the phase is priced at.
       */
      model: string;
      /**
       * @description False when the model has no price in available_models (cost counted as 0).
       */
      priced: boolean;
    };
    PipelineRunDto: {
      /**
       * @format uuid
       */
      id: string;
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
       * @description The quota day (the org’s local date).
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
      requested_by: string | null;
      /**
       * @format date-time
       */
      created_at: string;
    };
    PipelineRunPage: {
      items: components['schemas']['PipelineRunDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    PipelineStepDto: {
      name: string;
      status: string;
      /**
       * @description ISO 8601
       */
      started_at?: string;
      /**
       * @description ISO 8601
       */
      finished_at?: string;
    };
    PipelineStepLogDto: {
      /**
       * @description A run’s phase, or a CI job’s step.
       */
      name: string;
      status: string;
      /**
       * @format date-time
       */
      started_at: string | null;
      /**
       * @format date-time
       */
      finished_at: string | null;
    };
    PipelineTransitionDto: {
      from_status: 'admitted' | 'succeeded' | 'failed' | 'cancelled' | 'expired' | null;
      to_status: 'admitted' | 'succeeded' | 'failed' | 'cancelled' | 'expired';
      reason: string | null;
      /**
       * @format date-time
       */
      at: string;
    };
    PipelineUsageDto: {
      daily: number;
      monthly: number;
      concurrent: number;
    };
    PlanDto: {
      daily_pipelines: number;
      monthly_pipelines: number;
      concurrent_pipelines: number;
      providers: number;
      seats: number;
      name: string;
      label: string;
      /**
       * @description Exact decimal, per month.
       */
      price_monthly: string;
      currency: string;
    };
    PlanLimitsDto: {
      daily_pipelines: number;
      monthly_pipelines: number;
      concurrent_pipelines: number;
      providers: number;
      seats: number;
    };
    PlannerResponse: {
      patch_set: components['schemas']['StoredPatchSetDto'];
      validation: components['schemas']['PatchValidationDto'];
      usage: components['schemas']['PlannerUsageDto'];
    };
    PlannerUsageDto: {
      input_tokens: number;
      output_tokens: number;
      cached_input_tokens: number;
      /**
       * @description USD, exact (sub-cent amounts kept).
       */
      cost_usd: string;
      /**
       * @description Model calls made (a repair retry is a second call).
       */
      calls: number;
    };
    PriceLookupDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @description Sent as the ETag.
       */
      version: number;
      scope: 'global' | 'org';
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
      /**
       * @description In force at the instant asked about (now by default).
       */
      in_force: boolean;
      /**
       * @description The price charged at that instant: in force and not overridden.
       */
      effective: boolean;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @format date-time
       */
      at: string;
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
    ProjectFieldsDto: {
      name?: string;
      description?: string;
      status?: 'created' | 'active' | 'paused' | 'archived';
      modules?: string[];
    };
    ProjectHierarchyDto: {
      /**
       * @format uuid
       */
      id: string;
      name: string;
      description: string | null;
      status: string;
      version: number;
      task_count: number;
      /**
       * @description Top-level tasks, each with its subtree.
       */
      tasks: components['schemas']['TaskNodeDto'][];
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
    PutHierarchyBudgetDto: {
      /**
       * @description Daily budget in the organization's currency, a decimal string; null: none.
       */
      daily_budget: string | null;
      /**
       * @description Monthly budget in the organization's currency, a decimal string; null: none.
       */
      monthly_budget: string | null;
      /**
       * @description hard refuses model calls over the budget, soft admits them and notifies (budget reservations).
       */
      enforcement: 'hard' | 'soft';
    };
    PutHierarchyLevelsDto: {
      levels: string[];
      /**
       * @description Old level → new level: the nodes of the old level take the new one.
       */
      rename?: {
        [key: string]: string;
      };
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
    QuotaDto: {
      org: string;
      timezone: string;
      /**
       * @description The quota day: the org’s local date.
       */
      day: string;
      month: string;
      quotas: components['schemas']['QuotaItemDto'][];
      pipelines_run_today: number;
      daily_limit: number;
      pipelines_run_month: number;
      monthly_limit: number;
      concurrent_pipelines_running: number;
      concurrent_limit: number;
      providers_used: number;
      providers_limit: number;
      seats_used: number;
      seat_limit: number;
    };
    QuotaItemDto: {
      name: 'daily_pipelines' | 'monthly_pipelines' | 'concurrent_pipelines' | 'providers' | 'seats';
      used: number;
      limit: number;
      remaining: number;
      /**
       * @description When the count starts again from 0 (the org’s next local midnight or month); null for standing quotas.
       * @format date-time
       */
      resets_at: string | null;
    };
    QuotaJobReportDto: {
      organizations: number;
      /**
       * @description reset-daily / reset-monthly: organizations whose counter of the current window disagreed with the records and was set to them; cleanup-stale: abandoned pipelines marked expired.
       */
      changed: number;
      /**
       * @description The organizations where something changed.
       */
      orgs: string[];
    };
    QuotaRepairDto: {
      org: string;
      changes: {
        counter?: string;
        before?: number | null;
        after?: number;
      }[];
      /**
       * @description Leases of pipelines no longer running, released.
       */
      released: number;
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
    RecomputeCostsDto: {
      /**
       * @description One organization (its slug); every one when left out.
       */
      org?: string;
      /**
       * @description Spend from this instant, included.
       * @format date-time
       */
      from: string;
      /**
       * @description Spend before this instant, excluded.
       * @format date-time
       */
      to: string;
    };
    RecomputeQueuedDto: {
      /**
       * @description The BullMQ job that re-prices the window.
       */
      job_id: string;
      /**
       * @description null: every organization.
       */
      org: string | null;
      /**
       * @format date-time
       */
      from: string;
      /**
       * @format date-time
       */
      to: string;
      status: 'queued';
    };
    RefineRequest: {
      /**
       * @format uuid
       */
      project_id: string;
      /**
       * @description What to change, e.g. "add search; remove Payments; rename A to B; split X; X before Y; make X high priority".
       */
      feedback: string;
    };
    RejectPatchSetRequest: {
      /**
       * @description Why, kept with the PatchSet (the chat reads it).
       */
      reason?: string;
    };
    RemoveDependencyOp: {
      op:
        | 'create_project'
        | 'update_project'
        | 'create_task'
        | 'update_task'
        | 'move_task'
        | 'delete_task'
        | 'add_dependency'
        | 'remove_dependency';
      /**
       * @description The task that waits.
       * @format uuid
       */
      task: string;
      /**
       * @description The task it no longer waits for.
       * @format uuid
       */
      depends_on: string;
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
    RunDetail: {
      /**
       * @format uuid
       */
      run_id: string;
      profile: string;
      intake: string | null;
      project_name: string | null;
      current_phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      status:
        | 'created'
        | 'running'
        | 'awaiting_approval'
        | 'completed'
        | 'failed'
        | 'cancelling'
        | 'cancelled'
        | 'crashed';
      mode: 'manual' | 'auto';
      phases: components['schemas']['PhaseInfo'][];
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      total_duration_seconds: number | null;
      metadata: {
        [key: string]: unknown;
      };
      budget_usd: string | null;
      /**
       * @format uuid
       */
      parent_run_id: string | null;
      /**
       * @format uuid
       */
      root_run_id: string | null;
      /**
       * @format uuid
       */
      project_id: string | null;
      error: string | null;
      /**
       * @description Why the run waits in awaiting_approval; null otherwise.
       */
      awaiting_approval:
        | (components['schemas']['ApprovalHoldDto'] & {
            [key: string]: unknown;
          })
        | null;
      /**
       * @description Sequence number of the last event (resume the event stream after it).
       */
      last_event_id: number;
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
    RunListResponse: {
      items: components['schemas']['RunSummary'][];
      next_cursor: string | null;
      total?: number;
    };
    RunMetricsDto: {
      /**
       * @format uuid
       */
      run_id: string;
      /**
       * @description Earliest phase start to latest phase end.
       */
      total_duration_seconds: number;
      total_token_usage: components['schemas']['TokenUsageDto'];
      total_cost_usd: number;
      total_cost_usd_exact: string;
      /**
       * @description Phases that started or used a model, in run order.
       */
      phases_metrics: components['schemas']['PhaseMetricsDto'][];
      /**
       * @description Share of the governance checks of all phases that passed; 1 when none ran.
       */
      governance_score: number;
      /**
       * @description Hygiene of every artifact the run wrote, in [0, 1].
       */
      hygiene_score: number;
      hygiene: components['schemas']['HygieneDto'];
      artifacts_total: number;
      /**
       * @description Failed phases plus failed governance checks.
       */
      errors_count: number;
      projection: components['schemas']['CostProjectionDto'];
      /**
       * @description Estimated time to completion.
       */
      estimated_completion: components['schemas']['CompletionEstimateDto'];
      budget_usd: string | null;
      /**
       * @description What the run’s model calls cost so far.
       */
      spent_usd_exact: string;
      /**
       * @description Budget minus spent; negative once the run overspent; null without a budget.
       */
      budget_remaining_usd: string | null;
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
    RunSummary: {
      /**
       * @format uuid
       */
      run_id: string;
      profile: string;
      project_name: string | null;
      current_phase: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      status:
        | 'created'
        | 'running'
        | 'awaiting_approval'
        | 'completed'
        | 'failed'
        | 'cancelling'
        | 'cancelled'
        | 'crashed';
      mode: 'manual' | 'auto';
      /**
       * @format uuid
       */
      parent_run_id: string | null;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
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
    SessionUserDto: {
      /**
       * @format uuid
       */
      id: string;
      email: string | null;
      role: 'admin' | 'member';
    };
    ShippedDefaultsReportDto: {
      /**
       * @description Rows written that did not exist.
       */
      created: number;
      /**
       * @description Rows brought up to the shipped version.
       */
      updated: number;
      /**
       * @description Rows already as shipped, or changed by the operator and kept.
       */
      unchanged: number;
    };
    SlackChannelDto: {
      /**
       * @description The incoming webhook URL (https://hooks.slack.com/services/…): sealed, never answered. Required on create.
       */
      webhook_url?: string;
    };
    SlackChannelSettingsDto: {
      /**
       * @description The webhook URL’s host; the URL is secret.
       */
      webhook_host: string;
    };
    SmtpServerDto: {
      host: string;
      port: number;
      /**
       * @description TLS from the first byte (port 465); otherwise STARTTLS when offered. Default false.
       */
      secure?: boolean;
      username?: string;
      /**
       * @description Sealed, never answered; left out in a change: the stored one is kept.
       */
      password?: string;
    };
    SmtpServerSettingsDto: {
      host: string;
      port: number;
      secure: boolean;
      username: string | null;
    };
    StartPipelineDto: {
      /**
       * @description Profile name (a file of the profiles directory).
       */
      profile: string;
      /**
       * @description Intake text or requirements.
       */
      intake?: string;
      project_name?: string;
      /**
       * @description Your own data, kept and echoed; the keys task_id, approval, skip_validation, source are refused.
       */
      metadata?: {
        [key: string]: unknown;
      };
      /**
       * @description manual (default): one phase per /next; auto: phases run back to back until an approval gate.
       */
      mode?: 'manual' | 'auto';
      /**
       * @description Spend limit in USD (exact decimal).
       */
      budget_usd?: string;
      /**
       * @description A project attached to the organization (hierarchy).
       * @format uuid
       */
      project_id: string;
    };
    StartTaskRunRequest: {
      /**
       * @description Profile of the run; ENGINEERING_PROFILE when left out.
       */
      profile?: string;
    };
    StoredPatchSetDto: {
      /**
       * @description Applying the same id twice applies it once.
       * @format uuid
       */
      id: string;
      format_version: 1;
      base:
        | (components['schemas']['PatchSetBaseDto'] & {
            [key: string]: unknown;
          })
        | null;
      source: components['schemas']['PatchSourceDto'];
      ops: (
        | components['schemas']['CreateProjectOp']
        | components['schemas']['UpdateProjectOp']
        | components['schemas']['CreateTaskOp']
        | components['schemas']['UpdateTaskOp']
        | components['schemas']['MoveTaskOp']
        | components['schemas']['DeleteTaskOp']
        | components['schemas']['AddDependencyOp']
        | components['schemas']['RemoveDependencyOp']
      )[];
      /**
       * @description Why the change: the plan in a few sentences.
       */
      rationale?: string;
      status:
        | 'proposed'
        | 'validated'
        | 'applying'
        | 'applied'
        | 'rejected'
        | 'conflicted'
        | 'superseded'
        | 'undone';
      /**
       * @format uuid
       */
      project_id: string | null;
      owner_id: string;
      warnings: components['schemas']['OpResultDto'][];
      validation:
        | (components['schemas']['PatchValidationDto'] & {
            [key: string]: unknown;
          })
        | null;
      /**
       * @description ref → id once applied.
       */
      refs: {
        [key: string]: string;
      };
      /**
       * @format uuid
       */
      chat_session_id: string | null;
      /**
       * @format date-time
       */
      applied_at: string | null;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
    };
    StoredPatchSetPage: {
      items: components['schemas']['StoredPatchSetDto'][];
      /**
       * @description Pass as `cursor` for the next page; null on the last page.
       */
      next_cursor: string | null;
      /**
       * @description Matching rows in all pages; only with `count=true`.
       */
      total?: number;
    };
    SubscriptionDto: {
      plan: string;
      limits: components['schemas']['PlanLimitsDto'];
      pending_plan: string | null;
      /**
       * @format date-time
       */
      pending_plan_from: string | null;
    };
    SubscriptionPlanDto: {
      /**
       * @format uuid
       */
      id: string;
      /**
       * @description Sent as the ETag; send it back as If-Match.
       */
      version: number;
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
      /**
       * @description expired once end_date has passed (in the organization’s timezone), unless cancelled.
       */
      status: 'active' | 'cancelled' | 'expired';
      notes: string | null;
      /**
       * @description What one billing period costs, exactly.
       */
      period_cost: string;
      /**
       * @description The period cost per month (rounded to 6 decimals, half-even).
       */
      monthly_cost: string;
      /**
       * @format date-time
       */
      created_at: string;
      /**
       * @format date-time
       */
      updated_at: string;
      /**
       * @format date-time
       */
      deleted_at: string | null;
    };
    SubscriptionPlanPageDto: {
      items: components['schemas']['SubscriptionPlanDto'][];
      next_cursor: string | null;
    };
    SubscriptionProviderDto: {
      provider: string;
      /**
       * @description Plans not deleted.
       */
      subscriptions: number;
      /**
       * @description Plans active today.
       */
      active_subscriptions: number;
      /**
       * @description Monthly equivalent of the active plans, per currency: summed exactly, divided by 12 once, rounded to 6 decimals half-even.
       */
      monthly_cost: components['schemas']['CurrencyAmountDto'][];
    };
    SubscriptionProviderListDto: {
      items: components['schemas']['SubscriptionProviderDto'][];
      /**
       * @description Always null: every provider is listed.
       */
      next_cursor: string | null;
    };
    SummaryModelDto: {
      provider: string;
      model: string | null;
      amount: string;
    };
    SummaryProjectDto: {
      /**
       * @description Null: spend of no project.
       * @format uuid
       */
      project_id: string | null;
      amount: string;
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
    TaskFieldsDto: {
      title?: string;
      description?: string;
      type?: 'engineering' | 'deploy' | 'research' | 'ops' | 'planning' | 'qa' | 'documentation' | 'other';
      priority?: 'low' | 'medium' | 'high' | 'critical';
      status?: 'todo' | 'in_progress' | 'blocked' | 'done' | 'failed' | 'cancelled';
      assignee?: string;
      payload?: {
        [key: string]: unknown;
      };
    };
    TaskNodeDto: {
      /**
       * @format uuid
       */
      id: string;
      title: string;
      description: string | null;
      type: string;
      status: string;
      priority: string;
      assignee: string | null;
      version: number;
      /**
       * @description Ids of the tasks it waits for.
       */
      depends_on: string[];
      subtasks: components['schemas']['TaskNodeDto'][];
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
    TaskRunRequestedDto: {
      /**
       * @format uuid
       */
      task_id: string;
      /**
       * @description The task was announced on engineering:queue; its run starts from there.
       */
      queued: boolean;
      /**
       * @description The run, when it already exists.
       * @format uuid
       */
      run_id: string | null;
    };
    TokenUsageDto: {
      /**
       * @description Prompt tokens, cached ones included.
       */
      input: number;
      /**
       * @description Completion tokens, reasoning ones included.
       */
      output: number;
      /**
       * @description Prompt tokens served from the provider’s cache.
       */
      cached_input: number;
      /**
       * @description Completion tokens spent on reasoning.
       */
      reasoning: number;
    };
    UndoResultDto: {
      /**
       * @format uuid
       */
      patch_set_id: string;
      status: 'undone';
      /**
       * @format date-time
       */
      undone_at: string;
      /**
       * @description What undoing changed.
       */
      diff: components['schemas']['PatchDiffDto'];
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
    UpdateCostAlertDto: {
      name?: string;
      /**
       * @description A new threshold re-arms the alert: it notifies again.
       */
      threshold?: string;
      /**
       * @description Replaces the parameters.
       */
      params?: components['schemas']['CostAlertParamsDto'];
      channel_ids?: string[];
      enabled?: boolean;
    };
    UpdateHierarchyNodeDto: {
      name?: string;
      level?: string;
      /**
       * @description Daily budget in the organization's currency, a decimal string; null: none.
       */
      daily_budget?: string | null;
      /**
       * @description Monthly budget in the organization's currency, a decimal string; null: none.
       */
      monthly_budget?: string | null;
      budget_enforcement?: 'hard' | 'soft' | null;
      /**
       * @description Replaces the labels whole.
       */
      metadata?: {
        [key: string]: unknown;
      };
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
    UpdateLocaleDto: {
      /**
       * @description ISO 4217 code, e.g. EUR.
       */
      currency?: string;
      /**
       * @description IANA time zone.
       */
      timezone?: string;
      /**
       * @description ISO 3166-1 alpha-2 code.
       */
      country?: string;
      fiscal_year_start?: number;
    };
    UpdateModelPriceDto: {
      /**
       * @description USD per 1,000,000 input tokens.
       */
      input_per_1m?: string;
      /**
       * @description USD per 1,000,000 output tokens.
       */
      output_per_1m?: string;
      /**
       * @description USD per 1,000,000 cached input tokens.
       */
      cached_input_per_1m?: string | null;
      /**
       * @description USD per 1,000,000 tokens written to the prompt cache.
       */
      cache_write_per_1m?: string | null;
      /**
       * @description USD per 1,000,000 reasoning tokens.
       */
      reasoning_per_1m?: string | null;
      /**
       * @description USD per request.
       */
      per_request?: string | null;
      /**
       * @format date-time
       */
      valid_from?: string;
      /**
       * @description Null: open-ended. A started period may only be closed, at now or later.
       * @format date-time
       */
      valid_to?: string | null;
      note?: string | null;
    };
    UpdateNotificationChannelDto: {
      name?: string;
      enabled?: boolean;
      email?: components['schemas']['EmailChannelDto'];
      slack?: components['schemas']['SlackChannelDto'];
      webhook?: components['schemas']['WebhookChannelDto'];
    };
    UpdateNotificationRuleDto: {
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
      channel_ids?: string[];
      /**
       * @description Replaces the filters.
       */
      filters?: components['schemas']['NotificationRuleFiltersDto'];
      enabled?: boolean;
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
    UpdateProjectOp: {
      op:
        | 'create_project'
        | 'update_project'
        | 'create_task'
        | 'update_task'
        | 'move_task'
        | 'delete_task'
        | 'add_dependency'
        | 'remove_dependency';
      /**
       * @description The project changed.
       * @format uuid
       */
      project: string;
      /**
       * @description The version the change was made against; another version is a conflict.
       */
      base_version?: number;
      /**
       * @description Current values required, else a conflict.
       */
      expect?: components['schemas']['ProjectFieldsDto'];
      set: components['schemas']['ProjectFieldsDto'];
      /**
       * @description Fields cleared (null).
       */
      unset?: 'description'[];
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
    UpdateSubscriptionPlanDto: {
      plan_name?: string;
      pricing_model?: 'per_seat' | 'flat';
      unit_price?: string;
      seats?: number;
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
      /**
       * @description cancelled stops it; expired follows from end_date by itself.
       */
      status?: 'active' | 'cancelled' | 'expired';
      notes?: string | null;
    };
    UpdateTaskDependencyDto: {
      [key: string]: unknown;
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
    UpdateTaskOp: {
      op:
        | 'create_project'
        | 'update_project'
        | 'create_task'
        | 'update_task'
        | 'move_task'
        | 'delete_task'
        | 'add_dependency'
        | 'remove_dependency';
      /**
       * @description The task changed.
       * @format uuid
       */
      task: string;
      /**
       * @description The version the change was made against; another version is a conflict.
       */
      base_version?: number;
      /**
       * @description Current values required, else a conflict.
       */
      expect?: components['schemas']['TaskFieldsDto'];
      set: components['schemas']['TaskFieldsDto'];
      /**
       * @description Fields cleared (null).
       */
      unset?: ('description' | 'assignee')[];
      /**
       * @description Once applied, the engineering task starts a run.
       */
      start_run?: boolean;
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
    ValidatePipelineDto: {
      kind: 'run' | 'ci_job';
      pipeline_id: string;
      /**
       * @description The data-api project it works on.
       * @format uuid
       */
      project_id?: string;
      /**
       * @description The run profile (runs), or the executor class (CI jobs).
       */
      profile?: string;
      /**
       * @description The LLM provider it will call; its integration must then be valid.
       */
      provider?: string;
      /**
       * @description Models it will call; each must be priced.
       */
      models?: string[];
      /**
       * @description Who asked for it (a user id).
       */
      requested_by?: string;
    };
    WebhookChannelDto: {
      url: string;
      /**
       * @description The HMAC-SHA256 key receivers verify X-Slipway-Signature with, at least 24 characters: sealed, never answered. Required on create.
       */
      signing_secret?: string;
    };
    WebhookChannelSettingsDto: {
      url: string;
    };
  };
}

export interface operations {
  /**
   * Every action of the agent, whether it changes data, and the JSON Schema of its input
   */
  AgentController_list: {
    parameters: {
      query?: never;
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
          'application/json': components['schemas']['CapabilitiesResponse'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * The caller is not a registry user
       */
      403: {
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
   * One chat turn: a reply, and a proposed PatchSet when the message asks for a change
   */
  AgentController_chat: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChatRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChatResponse'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * The caller is not a registry user
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
       * No such session or project of yours
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
       * planner_bad_output: the model answered unusable output twice
       */
      502: {
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
   * Your chat sessions
   */
  AgentController_sessions: {
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
          'application/json': components['schemas']['ChatSessionPage'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * The caller is not a registry user
       */
      403: {
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
   * A chat session: its messages, tool calls and the PatchSets each turn proposed
   */
  AgentController_session: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChatSessionDetailDto'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * The caller is not a registry user
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
       * No such session of yours
       */
      404: {
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
   * Check a PatchSet as apply would, writing nothing: per-op results, the diff, the conflicts
   */
  AgentController_validate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PatchSetDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PatchValidationDto'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * The caller is not a registry user
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
       * The base project is not visible to the caller
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
       * Not a PatchSet of format 1
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
  /**
   * Apply a PatchSet, all or nothing; applying the same id again answers the first result
   */
  PlannerController_apply: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PatchSetDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplyResultDto'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * The caller is not a registry user
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
       * patch_conflict: records changed since it was proposed; patch_set_closed: rejected, superseded or undone
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
       * patch_invalid: an operation breaks a rule; errors name each one
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
   * An idea becomes a proposed PatchSet creating a project and its task tree
   */
  PlannerController_generate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GenerateRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlannerResponse'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * The caller is not a registry user
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
       * Invalid body, or the idea yields no plan
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * More plans than RATE_LIMIT_GENERATE_PER_MINUTE this minute; see Retry-After
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * planner_bad_output: the model answered unusable output twice
       */
      502: {
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
   * Your PatchSets, newest first by default
   */
  PlannerController_list: {
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
          'application/json': components['schemas']['StoredPatchSetPage'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * The caller is not a registry user
       */
      403: {
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
   * A PatchSet with its lifecycle and what checking it found
   */
  PlannerController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoredPatchSetDto'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * The caller is not a registry user
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
       * No such PatchSet of yours
       */
      404: {
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
   * Decline a proposed PatchSet
   */
  PlannerController_reject: {
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
        'application/json': components['schemas']['RejectPatchSetRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoredPatchSetDto'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * The caller is not a registry user
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
       * No such PatchSet of yours
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
       * patch_set_closed: it is no longer pending
       */
      409: {
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
   * Take an applied PatchSet back; a record edited since is a conflict, never overwritten
   */
  PlannerController_undo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UndoResultDto'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * The caller is not a registry user
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
       * No such PatchSet of yours
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
       * patch_conflict: edited since; patch_set_closed: not applied
       */
      409: {
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
   * A project with its whole task tree and each task’s dependencies (the seed’s project hierarchy)
   */
  PlannerController_hierarchy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectHierarchyDto'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * The caller is not a registry user
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
       * No such project visible to the caller
       */
      404: {
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
   * Feedback on a project becomes a proposed PatchSet changing it
   */
  PlannerController_refine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefineRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlannerResponse'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * The caller is not a registry user
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
       * No such project visible to the caller
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
       * Invalid body, or nothing in the feedback was understood (the warnings say what)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * planner_bad_output: the model answered unusable output twice
       */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
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
   * A task becomes a proposed PatchSet of subtasks, their count from its complexity
   */
  TaskPlanningController_decompose: {
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
        'application/json': components['schemas']['DecomposeRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlannerResponse'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * The caller is not a registry user
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
       * No such task visible to the caller
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
       * Invalid body
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * planner_bad_output: the model answered unusable output twice
       */
      502: {
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
  /**
   * An engineering task starts its run (announced on engineering:queue)
   */
  TaskPlanningController_startRun: {
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
        'application/json': components['schemas']['StartTaskRunRequest'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskRunRequestedDto'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * The caller is not a registry user
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
       * No such task visible to the caller
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
       * The task is done or cancelled
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
       * Not an engineering task, or an unknown profile
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
  /**
   * Evaluate every organization’s enabled cost alerts now (the schedule does it too)
   */
  AdminAlertsController_processAll: {
    parameters: {
      query?: never;
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
          'application/json': components['schemas']['CostAlertEvaluationReportDto'];
        };
      };
      /**
       * Only the root key may call this
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AdminController_bootstrap: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Shipped defaults installed; a second call creates nothing
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BootstrapReportDto'];
        };
      };
      /**
       * Only the root key may call this
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AdminController_sync: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Shipped defaults brought up to date; org overrides kept
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BootstrapReportDto'];
        };
      };
      /**
       * Only the root key may call this
       */
      403: {
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
   * Set the organization’s budget windows of today and this month back to the ledger’s figures (lapsed holds and whatever Redis lost give way to what the calls cost); run once the ledger has caught up
   */
  AdminBudgetsController_rebuild: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * The budgets as they stand after the rebuild
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgBudgetsDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below owner
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AdminController_recompute: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecomputeCostsDto'];
      };
    };
    responses: {
      /**
       * Queued for the cost-worker: model calls of the window re-priced with the prices now in force for their time, corrections written as adjustments; a repeat writes nothing new
       */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecomputeQueuedDto'];
        };
      };
      /**
       * Only the root key may call this
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
       * No such organization
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
       * Invalid window
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
  AdminController_cleanupStale: {
    parameters: {
      query?: never;
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
          'application/json': components['schemas']['QuotaJobReportDto'];
        };
      };
      /**
       * Only the root key may call this
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AdminController_resetDaily: {
    parameters: {
      query?: never;
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
          'application/json': components['schemas']['QuotaJobReportDto'];
        };
      };
      /**
       * Only the root key may call this
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AdminController_resetMonthly: {
    parameters: {
      query?: never;
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
          'application/json': components['schemas']['QuotaJobReportDto'];
        };
      };
      /**
       * Only the root key may call this
       */
      403: {
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
   * Drop every cached cost answer of the organization (a new cache generation).
   */
  CostsController_invalidate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostCacheInvalidatedDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below member
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
       * No such organization visible to the caller
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
       * Invalid filters, dates or range (`errors` names the field)
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
   * Spend grouped by provider, model, project, hierarchy node or level, user, source or day.
   *  Cached per organization until its next midnight or its next ledger rows (X-Cache: hit or miss).
   */
  CostsController_summary: {
    parameters: {
      query?: {
        /**
         * First local day, included (the organization’s time zone).
         */
        start_date?: string;
        /**
         * Last local day, included; today when left out. Needs start_date.
         */
        end_date?: string;
        /**
         * A named range ending today in the organization’s time zone; not with start_date/end_date. Default this_month when neither is given.
         */
        period?:
          | 'today'
          | 'yesterday'
          | 'last_7_days'
          | 'last_30_days'
          | 'last_90_days'
          | 'this_week'
          | 'last_week'
          | 'this_month'
          | 'last_month'
          | 'this_quarter'
          | 'last_quarter'
          | 'this_year';
        /**
         * Exact provider.
         */
        provider?: string;
        /**
         * Exact model.
         */
        model?: string;
        /**
         * Only this registry project.
         */
        project_id?: string;
        /**
         * Only spend charged to this hierarchy node (with include_descendants: its subtree).
         */
        node_id?: string;
        /**
         * With node_id: the node’s descendants too.
         */
        include_descendants?: boolean;
        /**
         * Exact user.
         */
        user_id?: string;
        /**
         * One source or a comma-separated list.
         */
        source?: ('run' | 'planner' | 'ci' | 'saas' | 'adjustment')[];
        /**
         * Comma-separated dimensions, in the order the keys are given; default provider. `level` needs ?level=.
         */
        group_by?: ('provider' | 'model' | 'project' | 'node' | 'level' | 'user' | 'source' | 'day')[];
        /**
         * With group_by=level: one of the organization’s hierarchy levels (e.g. department).
         */
        level?: string;
        /**
         * Groups answered, largest amount first (default 100); group_count tells how many there are.
         */
        limit?: number;
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostSummaryDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
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
       * Invalid filters, dates or range (`errors` names the field)
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
   * The organization’s spend over local days, in all and per source.
   *  Cached per organization until its next midnight or its next ledger rows (X-Cache: hit or miss).
   */
  CostsController_total: {
    parameters: {
      query?: {
        /**
         * First local day, included (the organization’s time zone).
         */
        start_date?: string;
        /**
         * Last local day, included; today when left out. Needs start_date.
         */
        end_date?: string;
        /**
         * A named range ending today in the organization’s time zone; not with start_date/end_date. Default this_month when neither is given.
         */
        period?:
          | 'today'
          | 'yesterday'
          | 'last_7_days'
          | 'last_30_days'
          | 'last_90_days'
          | 'this_week'
          | 'last_week'
          | 'this_month'
          | 'last_month'
          | 'this_quarter'
          | 'last_quarter'
          | 'this_year';
        /**
         * Exact provider.
         */
        provider?: string;
        /**
         * Exact model.
         */
        model?: string;
        /**
         * Only this registry project.
         */
        project_id?: string;
        /**
         * Only spend charged to this hierarchy node (with include_descendants: its subtree).
         */
        node_id?: string;
        /**
         * With node_id: the node’s descendants too.
         */
        include_descendants?: boolean;
        /**
         * Exact user.
         */
        user_id?: string;
        /**
         * One source or a comma-separated list.
         */
        source?: ('run' | 'planner' | 'ci' | 'saas' | 'adjustment')[];
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostTotalDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
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
       * Invalid filters, dates or range (`errors` names the field)
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
   * Spend per hour, day, week or month of the organization’s time zone, zero-filled.
   *  Cached per organization until its next midnight or its next ledger rows (X-Cache: hit or miss).
   */
  CostsController_trend: {
    parameters: {
      query?: {
        /**
         * First local day, included (the organization’s time zone).
         */
        start_date?: string;
        /**
         * Last local day, included; today when left out. Needs start_date.
         */
        end_date?: string;
        /**
         * A named range ending today in the organization’s time zone; not with start_date/end_date. Default this_month when neither is given.
         */
        period?:
          | 'today'
          | 'yesterday'
          | 'last_7_days'
          | 'last_30_days'
          | 'last_90_days'
          | 'this_week'
          | 'last_week'
          | 'this_month'
          | 'last_month'
          | 'this_quarter'
          | 'last_quarter'
          | 'this_year';
        /**
         * Exact provider.
         */
        provider?: string;
        /**
         * Exact model.
         */
        model?: string;
        /**
         * Only this registry project.
         */
        project_id?: string;
        /**
         * Only spend charged to this hierarchy node (with include_descendants: its subtree).
         */
        node_id?: string;
        /**
         * With node_id: the node’s descendants too.
         */
        include_descendants?: boolean;
        /**
         * Exact user.
         */
        user_id?: string;
        /**
         * One source or a comma-separated list.
         */
        source?: ('run' | 'planner' | 'ci' | 'saas' | 'adjustment')[];
        /**
         * Bucket size in the organization’s time zone; weeks start on Monday; hour spans at most 31 days. Default day.
         */
        granularity?: 'hour' | 'day' | 'week' | 'month';
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostTrendDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
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
       * Invalid filters, dates or range (`errors` names the field)
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
   * What the organization’s model calls cost, per provider and model.
   *  GenAI spend is the ledger’s rows naming a model. Cached like the cost reads (X-Cache: hit or miss).
   */
  GenAiController_costs: {
    parameters: {
      query?: {
        /**
         * First local day, included (the organization’s time zone).
         */
        start_date?: string;
        /**
         * Last local day, included; today when left out. Needs start_date.
         */
        end_date?: string;
        /**
         * A named range ending today in the organization’s time zone; not with start_date/end_date. Default this_month when neither is given.
         */
        period?:
          | 'today'
          | 'yesterday'
          | 'last_7_days'
          | 'last_30_days'
          | 'last_90_days'
          | 'this_week'
          | 'last_week'
          | 'this_month'
          | 'last_month'
          | 'this_quarter'
          | 'last_quarter'
          | 'this_year';
        /**
         * Exact provider.
         */
        provider?: string;
        /**
         * Exact model.
         */
        model?: string;
        /**
         * Only this registry project.
         */
        project_id?: string;
        /**
         * Only spend charged to this hierarchy node (with include_descendants: its subtree).
         */
        node_id?: string;
        /**
         * With node_id: the node’s descendants too.
         */
        include_descendants?: boolean;
        /**
         * Exact user.
         */
        user_id?: string;
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GenAiCostsDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
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
       * Invalid filters, dates or range (`errors` names the field)
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
   * The organization’s price overrides in force now or at ?at=, or every version
   */
  GenAiPricingController_list: {
    parameters: {
      query?: {
        /**
         * Only this provider.
         */
        provider?: string;
        /**
         * Only this model.
         */
        model?: string;
        /**
         * The instant the overrides are in force at; now when left out.
         */
        at?: string;
        /**
         * Every version (all periods), not only those in force.
         */
        history?: boolean;
        /**
         * Page size, 1 to 100; 20 when left out.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelPricePageDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * An override: the organization’s price of a provider’s model for a period
   */
  GenAiPricingController_create: {
    parameters: {
      query?: {
        /**
         * Close the organization’s price of the model in force at the new valid_from there.
         */
        supersede?: boolean;
      };
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateGenAiOverrideDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelPriceDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * The period overlaps one of the organization’s prices of the model (named)
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
       * Invalid body, or valid_to not after valid_from
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
   * Delete an override not yet in force (one that has started is closed instead)
   */
  GenAiPricingController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * The ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        price_id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown key
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
       * A global price
       *
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * The period has started: close it with PATCH valid_to
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
       * If-Match names another version
       */
      412: {
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
   * Change an override: anything before it starts, only valid_to after
   */
  GenAiPricingController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * The ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        price_id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateModelPriceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelPriceDto'];
        };
      };
      /**
       * No or unknown key
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
       * A global price
       *
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * The period has started or ended (history is kept), or would overlap another
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
       * If-Match names another version
       */
      412: {
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
   * Tokens by model and local day, with the share read from the prompt cache.
   *  GenAI spend is the ledger’s rows naming a model. Cached like the cost reads (X-Cache: hit or miss).
   */
  GenAiController_usage: {
    parameters: {
      query?: {
        /**
         * First local day, included (the organization’s time zone).
         */
        start_date?: string;
        /**
         * Last local day, included; today when left out. Needs start_date.
         */
        end_date?: string;
        /**
         * A named range ending today in the organization’s time zone; not with start_date/end_date. Default this_month when neither is given.
         */
        period?:
          | 'today'
          | 'yesterday'
          | 'last_7_days'
          | 'last_30_days'
          | 'last_90_days'
          | 'this_week'
          | 'last_week'
          | 'this_month'
          | 'last_month'
          | 'this_quarter'
          | 'last_quarter'
          | 'this_year';
        /**
         * Exact provider.
         */
        provider?: string;
        /**
         * Exact model.
         */
        model?: string;
        /**
         * Only this registry project.
         */
        project_id?: string;
        /**
         * Only spend charged to this hierarchy node (with include_descendants: its subtree).
         */
        node_id?: string;
        /**
         * With node_id: the node’s descendants too.
         */
        include_descendants?: boolean;
        /**
         * Exact user.
         */
        user_id?: string;
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GenAiUsageDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
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
       * Invalid filters, dates or range (`errors` names the field)
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
  HierarchyController_export: {
    parameters: {
      query?: {
        /**
         * Defaults to json.
         */
        format?: 'csv' | 'json';
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * The same columns import reads; parents first
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyFileDto'];
          'text/csv': components['schemas']['HierarchyFileDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyController_import: {
    parameters: {
      query?: {
        /**
         * Check the file and report what would be created; write nothing.
         */
        dry_run?: boolean;
      };
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HierarchyFileDto'];
        'text/csv': components['schemas']['HierarchyFileDto'];
      };
    };
    responses: {
      /**
       * Created, or with dry_run=true what would be; 422 lists every row error and nothing is written
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyImportReportDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyController_levels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyLevelsDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyController_setLevels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutHierarchyLevelsDto'];
      };
    };
    responses: {
      /**
       * 409 when existing nodes would break the new levels
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyLevelsDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
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
         * Only nodes of this level.
         */
        level?: string;
        /**
         * Only the children of this node.
         */
        parent_id?: string;
        /**
         * The node with this code.
         */
        code?: string;
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyNodePage'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateHierarchyNodeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyNodeDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
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
      header?: never;
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyNodeDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
      query?: {
        /**
         * Delete the whole subtree, detaching its projects.
         */
        cascade?: boolean;
      };
      header?: {
        /**
         * The ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Deleted; 409 hierarchy_node_not_empty with children or projects unless cascade=true
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * If-Match names another version
       */
      412: {
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
         * The ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateHierarchyNodeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyNodeDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * If-Match names another version
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyNodesController_setBudget: {
    parameters: {
      query?: never;
      header?: {
        /**
         * The ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutHierarchyBudgetDto'];
      };
    };
    responses: {
      /**
       * Stored; part 2 enforces it
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyNodeDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyNodesController_move: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveHierarchyNodeDto'];
      };
    };
    responses: {
      /**
       * Moved with its subtree; 409 hierarchy_cycle, 422 hierarchy_too_deep
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyNodeDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyNodesController_path: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * The ancestors root first, the node last
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyPathDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyProjectsController_list: {
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
      };
      header?: never;
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyProjectPage'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyProjectsController_attach: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AttachHierarchyProjectDto'];
      };
    };
    responses: {
      /**
       * 409 when the project belongs to another organization
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyProjectDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyProjectsController_detach: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        project_id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Detached: the project stays in the organization, under no node
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HierarchyController_tree: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HierarchyTreeDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  IntegrationsController_providers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Every provider and the credential fields it takes
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntegrationProviderListDto'];
        };
      };
    };
  };
  IntegrationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Masked: status and fingerprint, never a secret
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntegrationListDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * OpenAI models and their prices in force (legacy)
   * Deprecated since 2026-12-01; answers until Tue, 01 Jun 2027 00:00:00 GMT. Use the successor named by the Link header.
   */
  OpenAiLegacyController_models: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * As the successor answers
       */
      200: {
        headers: {
          /**
           * RFC 9745: @<unix seconds>
           */
          Deprecation?: string;
          /**
           * RFC 8594: HTTP-date
           */
          Sunset?: string;
          /**
           * <successor>; rel="successor-version"
           */
          Link?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * The price of an OpenAI model in force now (legacy)
   * Deprecated since 2026-12-01; answers until Tue, 01 Jun 2027 00:00:00 GMT. Use the successor named by the Link header.
   */
  OpenAiLegacyController_model: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        model: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * As the successor answers
       */
      200: {
        headers: {
          /**
           * RFC 9745: @<unix seconds>
           */
          Deprecation?: string;
          /**
           * RFC 8594: HTTP-date
           */
          Sunset?: string;
          /**
           * <successor>; rel="successor-version"
           */
          Link?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * The organization’s OpenAI plans (legacy)
   * Deprecated since 2026-12-01; answers until Tue, 01 Jun 2027 00:00:00 GMT. Use the successor named by the Link header.
   */
  OpenAiSubscriptionsController_list: {
    parameters: {
      query?: {
        /**
         * Only plans of these statuses.
         */
        status?: ('active' | 'cancelled' | 'expired')[];
        /**
         * Include deleted plans (they carry `deleted_at`).
         */
        include_deleted?: boolean;
        /**
         * Page size, 1 to 100; 20 when left out.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * As the successor answers
       */
      200: {
        headers: {
          /**
           * RFC 9745: @<unix seconds>
           */
          Deprecation?: string;
          /**
           * RFC 8594: HTTP-date
           */
          Sunset?: string;
          /**
           * <successor>; rel="successor-version"
           */
          Link?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  IntegrationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        provider: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntegrationDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  IntegrationsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        provider: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * The credential is gone
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
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
   * Prices in force now or at ?at= (global and the organization’s), or every version
   */
  PricingController_list: {
    parameters: {
      query?: {
        /**
         * The instant the prices are in force at; now when left out.
         */
        at?: string;
        /**
         * Every version (all periods), not only those in force.
         */
        history?: boolean;
        /**
         * Only this model.
         */
        model?: string;
        /**
         * Only global prices or only the organization’s own.
         */
        scope?: ('global' | 'org')[];
        /**
         * Page size, 1 to 100; 20 when left out.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
      };
      header?: never;
      path: {
        /**
         * The provider, e.g. openai, anthropic, gemini
         */
        provider: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelPricePageDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * An organization price of a model for a period (it wins over the global one)
   */
  PricingController_create: {
    parameters: {
      query?: {
        /**
         * Close the organization’s price of the model in force at the new valid_from there.
         */
        supersede?: boolean;
      };
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * The provider, e.g. openai, anthropic, gemini
         */
        provider: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateModelPriceDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelPriceDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * The period overlaps one of the organization’s prices of the model (named)
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
       * Invalid body, or valid_to not after valid_from
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
   * The price a call of ?model= at ?at= (now) is charged, with its row id and version
   */
  PricingController_lookup: {
    parameters: {
      query: {
        /**
         * The model to price.
         */
        model: string;
        /**
         * The instant of the call; now when left out.
         */
        at?: string;
      };
      header?: never;
      path: {
        /**
         * The provider, e.g. openai, anthropic, gemini
         */
        provider: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PriceLookupDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No price of the model in force then
       *
       * No such organization visible to the caller
       */
      404: {
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
   * A price row, global or the organization’s
   */
  PricingController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The provider, e.g. openai, anthropic, gemini
         */
        provider: string;
        price_id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelPriceDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * Delete an organization price not yet in force (one that has started is closed instead)
   */
  PricingController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * The ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        /**
         * The provider, e.g. openai, anthropic, gemini
         */
        provider: string;
        price_id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown key
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
       * A global price
       *
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * The period has started: close it with PATCH valid_to
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
       * If-Match names another version
       */
      412: {
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
   * Change an organization price: anything before it starts, only valid_to after
   */
  PricingController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * The ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        /**
         * The provider, e.g. openai, anthropic, gemini
         */
        provider: string;
        price_id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateModelPriceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelPriceDto'];
        };
      };
      /**
       * No or unknown key
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
       * A global price
       *
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * The period has started or ended (history is kept), or would overlap another
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
       * If-Match names another version
       */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  IntegrationsController_setup: {
    parameters: {
      query?: {
        /**
         * Check the credential with the provider at once (default true); false leaves it pending.
         */
        validate?: boolean;
      };
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        provider: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IntegrationSetupDto'];
      };
    };
    responses: {
      /**
       * Stored encrypted (replacing any earlier credential) and checked with the provider unless validate=false; 429 quota_exceeded beyond the plan’s providers
       */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntegrationDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  IntegrationsController_validate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        provider: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * valid, or invalid with the reason (rejected or unreachable)
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntegrationDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrganizationsController_onboard: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OnboardOrganizationDto'];
      };
    };
    responses: {
      /**
       * The organization and its first key (shown once)
       */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OnboardedOrganizationDto'];
        };
      };
    };
  };
  OrganizationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CostApiApiKeysController_list: {
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
         * Keys whose prefix is this (e.g. `slwo_AbC`).
         */
        prefix?: string;
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgApiKeyPage'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CostApiApiKeysController_create: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrgApiKeyDto'];
      };
    };
    responses: {
      /**
       * The key, shown this once
       */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedOrgApiKeyDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ApiKeysController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key_id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * Revoked: it stops working at once here, within ORG_CACHE_TTL_MS elsewhere
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgApiKeyDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AuditController_list: {
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
         * Only this action, e.g. `api_key.revoke`.
         */
        action?: string;
        /**
         * Only changes of this kind of record.
         */
        target_type?: string;
        /**
         * Only changes of this record.
         */
        target_id?: string;
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditLogEntryPage'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrgBudgetsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgBudgetsDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrganizationsController_updateLocale: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateLocaleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  MembersController_list: {
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
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberPage'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  MembersController_add: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddMemberDto'];
      };
    };
    responses: {
      /**
       * A seat taken; 429 quota_exceeded when none is left
       */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  MembersController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        user_id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * The seat is free; the last owner cannot leave
       */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  MembersController_change: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        user_id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeMemberDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  QuotaController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuotaDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrganizationsController_repair: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * The same repair as sync
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuotaRepairDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrganizationsController_subscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrganizationsController_changeSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeSubscriptionDto'];
      };
    };
    responses: {
      /**
       * A downgrade below current usage is a 409 listing each figure
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below owner
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OrganizationsController_sync: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * The quota counters rebuilt from the records, and what moved
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuotaRepairDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelinesController_list: {
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
         * Only runs or only CI jobs.
         */
        kind?: ('run' | 'ci_job')[];
        /**
         * Filter by status.
         */
        status?: ('admitted' | 'succeeded' | 'failed' | 'cancelled' | 'expired')[];
        /**
         * Only pipelines of this project.
         */
        project_id?: string;
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * The org’s runs and CI jobs, newest first
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineRunPage'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelinesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineRunDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelinesController_steps: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineStepLogDto'][];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelinesController_transitions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineTransitionDto'][];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelinesController_start: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartPipelineDto'];
      };
    };
    responses: {
      /**
       * The run orchestrator-runs created, admitted for this org
       */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunDetail'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below member
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelinesController_status: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        run_id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunDetail'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PipelinesController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        run_id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * orchestrator-runs’ answer to the cancel
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below member
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PlansController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * The plans an organization can be on, with their limits
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanDto'][];
        };
      };
    };
  };
  /**
   * Providers the organization subscribes to: plan counts and monthly cost
   */
  SubscriptionsController_providers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionProviderListDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * The organization’s plans with a provider (?status=)
   */
  SubscriptionsController_list: {
    parameters: {
      query?: {
        /**
         * Only plans of these statuses.
         */
        status?: ('active' | 'cancelled' | 'expired')[];
        /**
         * Include deleted plans (they carry `deleted_at`).
         */
        include_deleted?: boolean;
        /**
         * Page size, 1 to 100; 20 when left out.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
      };
      header?: never;
      path: {
        /**
         * The provider, e.g. openai, anthropic, gemini
         */
        provider: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionPlanPageDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * A plan: per seat or flat, per billing period, from start_date to end_date
   */
  SubscriptionsController_create: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * The provider, e.g. openai, anthropic, gemini
         */
        provider: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSubscriptionPlanDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionPlanDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * Invalid body, per_seat without seats, or end_date before start_date
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
   * A plan
   */
  SubscriptionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The provider, e.g. openai, anthropic, gemini
         */
        provider: string;
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionPlanDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * Delete a plan (soft: kept with deleted_at, listed with ?include_deleted=true)
   */
  SubscriptionsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * The ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        /**
         * The provider, e.g. openai, anthropic, gemini
         */
        provider: string;
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * If-Match names another version
       */
      412: {
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
   * Change a plan (status cancelled stops it)
   */
  SubscriptionsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * The ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        /**
         * The provider, e.g. openai, anthropic, gemini
         */
        provider: string;
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSubscriptionPlanDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionPlanDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * If-Match names another version
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
       * Invalid body, per_seat without seats, or end_date before start_date
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
  ValidatorController_complete: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompletePipelineDto'];
      };
    };
    responses: {
      /**
       * The slot is free; the outcome is recorded
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineRunDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below member
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ValidatorController_heartbeat: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HeartbeatDto'];
      };
    };
    responses: {
      /**
       * The slot runs one more lease from now
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineRunDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below member
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
       * No such organization visible to the caller
       */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ValidatorController_validate: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ValidatePipelineDto'];
      };
    };
    responses: {
      /**
       * Admitted: counted and holding a slot until complete
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdmissionDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below member
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
       * No such organization visible to the caller
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
       * A quota is used up (quota_exceeded): the problem names it, its limit, usage and reset; Retry-After
       */
      429: {
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
   * The organization’s cost alerts (?state=, ?kind=, ?enabled=)
   */
  AlertsController_list: {
    parameters: {
      query?: {
        /**
         * Only alerts in these states.
         */
        state?: ('ok' | 'triggered' | 'resolved')[];
        /**
         * Only alerts of these kinds.
         */
        kind?: (
          'daily_spend_above' | 'monthly_forecast_above_budget' | 'spike_vs_trailing_mean' | 'budget_percent'
        )[];
        /**
         * Only enabled (true) or disabled (false) alerts.
         */
        enabled?: boolean;
        /**
         * Page size, 1 to 100; 20 when left out.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertListDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * A cost alert: daily spend above, monthly forecast above budget, spike, budget percent
   */
  AlertsController_create: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCostAlertDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * An alert of that name exists
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
       * Invalid body, parameters the kind does not read, a node or channel not the organization’s
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
   * Enable, disable, delete or set the channels of many alerts: all or none
   */
  AlertsController_bulk: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CostAlertBulkDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertBulkResultDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * An id names no alert of the organization (nothing changed)
       *
       * No such organization visible to the caller
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
       * An alert changed meanwhile (nothing changed)
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
       * A channel not the organization’s (nothing changed)
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
   * Evaluate the organization’s enabled alerts now
   */
  AlertsController_evaluate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertEvaluationReportDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
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
   * A cost alert made from a preset, its fields overridable
   */
  AlertsController_fromPreset: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CostAlertFromPresetDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such preset
       *
       * No such organization visible to the caller
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
       * The preset makes no cost alert, or needs a parameter not given
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
   * Every state change of the organization’s alerts, newest first
   */
  AlertsController_orgHistory: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100; 20 when left out.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertHistoryDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * The alert presets, each with the alert it makes
   */
  AlertsController_presets: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertPresetListDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * A cost alert and where it stands
   */
  AlertsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * Delete a cost alert (its history stays)
   */
  AlertsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * The ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * If-Match names another version
       */
      412: {
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
   * Change a cost alert (a new threshold re-arms it)
   */
  AlertsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * The ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCostAlertDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * If-Match names another version
       */
      412: {
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
   * An alert’s state changes, newest first
   */
  AlertsController_history: {
    parameters: {
      query?: {
        /**
         * Page size, 1 to 100; 20 when left out.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostAlertHistoryDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * The organization’s channels, secrets left out
   */
  ChannelsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationChannelListDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * A channel: email (SMTP), Slack incoming webhook or signed webhook
   */
  ChannelsController_create: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNotificationChannelDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationChannelDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * A channel of that name exists
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
       * Invalid body, the kind’s block missing, another kind’s given, a URL not https
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * CREDENTIALS_ENCRYPTION_KEY is not configured: no secret can be sealed
       */
      503: {
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
   * A channel, secrets left out
   */
  ChannelsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationChannelDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * Delete a channel (its deliveries stay in the history)
   */
  ChannelsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * The ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * If-Match names another version
       */
      412: {
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
   * Change a channel: its kind’s block replaces its settings; a secret left out is kept
   */
  ChannelsController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * The ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateNotificationChannelDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationChannelDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * If-Match names another version
       */
      412: {
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
   * Send a test message now; answers the delivery (sent, or failed with the error)
   */
  ChannelsController_test: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationDeliveryDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
       */
      404: {
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
   * Every delivery, newest first: channel, status, attempts, last error
   */
  HistoryController_list: {
    parameters: {
      query?: {
        /**
         * Only deliveries in these states.
         */
        status?: ('pending' | 'sent' | 'failed')[];
        /**
         * Only deliveries to this channel.
         */
        channel_id?: string;
        /**
         * Only deliveries of this rule.
         */
        rule_id?: string;
        /**
         * Page size, 1 to 100; 20 when left out.
         */
        limit?: number;
        /**
         * Opaque cursor from a previous page’s `next_cursor`.
         */
        cursor?: string;
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationHistoryDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * The organization’s rules (?event=)
   */
  RulesController_list: {
    parameters: {
      query?: {
        /**
         * Only rules of these events.
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
      };
      header?: never;
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationRuleListDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * A rule: an event, its channels, filters that fit the event
   */
  RulesController_create: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path: {
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNotificationRuleDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationRuleDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * A rule of that name exists
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
       * Invalid body, a channel not the organization’s, a filter the event does not take
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
   * A rule
   */
  RulesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationRuleDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * Delete a rule
   */
  RulesController_remove: {
    parameters: {
      query?: never;
      header?: {
        /**
         * The ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * If-Match names another version
       */
      412: {
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
   * Change a rule
   */
  RulesController_update: {
    parameters: {
      query?: never;
      header?: {
        /**
         * The ETag from GET; a stale one answers 412
         */
        'if-match'?: string;
      };
      path: {
        id: string;
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateNotificationRuleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationRuleDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below admin
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
       * No such organization visible to the caller
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
       * If-Match names another version
       */
      412: {
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
   * The daily or weekly digest (?date= a day of it; else the last complete one)
   */
  SummariesController_get: {
    parameters: {
      query?: {
        /**
         * A day of the period (in the organization’s timezone); left out: the last complete one.
         */
        date?: string;
      };
      header?: never;
      path: {
        period: 'daily' | 'weekly';
        /**
         * The organization’s slug
         */
        org: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationSummaryDto'];
        };
      };
      /**
       * No or unknown key
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
       * The caller’s role in the organization is below viewer
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
       * No such organization visible to the caller
       */
      404: {
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
   * Trade an API key for a browser session (HttpOnly cookie); answers who you are
   */
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
    };
  };
  /**
   * End this browser session (needs X-CSRF-Token)
   */
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  /**
   * Who this request acts for, its scopes, and (under a session) the CSRF token
   */
  AuthController_me: {
    parameters: {
      query?: never;
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
          'application/json': components['schemas']['MeDto'];
        };
      };
    };
  };
  /**
   * Where the identity provider sends the browser back: starts a session (HttpOnly cookie)
   */
  OidcController_callback: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * To return_to, else `/`, with the session cookie set.
       */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  /**
   * Single sign-on: redirects to the identity provider (a 404 unless OIDC_ISSUER is set)
   */
  OidcController_login: {
    parameters: {
      query?: {
        /**
         * A path of this gateway to land on after login (another origin is ignored: `/`).
         */
        return_to?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * To the identity provider’s authorization endpoint.
       */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  /**
   * How one may log in here
   */
  AuthController_providers: {
    parameters: {
      query?: never;
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
          'application/json': components['schemas']['AuthProvidersDto'];
        };
      };
    };
  };
  JobsController_list: {
    parameters: {
      query?: {
        status?: 'pending' | 'running' | 'success' | 'failed' | 'cancelled' | 'error';
        /**
         * Repository, e.g. team/app.
         */
        repo?: string;
        /**
         * Branch name.
         */
        branch?: string;
        /**
         * Page size, 1 to 100.
         */
        limit?: number;
        /**
         * The last job id of the previous page (next_cursor).
         */
        cursor?: string;
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
          'application/json': components['schemas']['CiJobPage'];
        };
      };
    };
  };
  /**
   * Run a job by hand
   */
  JobsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ManualJobDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobAcceptedDto'];
        };
      };
    };
  };
  JobsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CiJobDto'];
        };
      };
    };
  };
  /**
   * Cancel: a pending job ends now, a running one is stopped by its runner (SIGTERM, then SIGKILL)
   */
  JobsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CiJobDto'];
        };
      };
    };
  };
  /**
   * A page of the log as JSON, the newest entries first unless ?before=<entry id> says where
   */
  LogsController_page: {
    parameters: {
      query?: {
        /**
         * An entry id: the page ends just before it (the newest entries when absent).
         */
        before?: string;
        /**
         * Entries, 1 to 5000 (default 1000).
         */
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogPageDto'];
        };
      };
    };
  };
  /**
   * Live log as Server-Sent Events; ?follow=false for the whole log as text
   */
  LogsController_stream: {
    parameters: {
      query?: {
        /**
         * Instead of Last-Event-ID
         */
        last_event_id?: unknown;
        follow?: boolean;
      };
      header?: {
        /**
         * Resume after this entry id
         */
        'Last-Event-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * SSE: data events (one per line), `event: status`, then `event: end` with the final status
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  /**
   * Run a finished job again, as a new job linked to it
   */
  JobsController_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobAcceptedDto'];
        };
      };
    };
  };
  /**
   * List runs: your own, or all for admins
   */
  OrchestratorRunsRunsController_list: {
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
         * Filter by status (comma-separated for several).
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
          'application/json': components['schemas']['RunListResponse'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
       */
      401: {
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
   * Create a run (seed endpoint 1)
   */
  RunsController_create: {
    parameters: {
      query?: never;
      header?: {
        /**
         * Same key and body within 24 h → the first answer (Idempotent-Replayed: true)
         */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRunRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunSummary'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * Idempotency-Key reused with another body
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
       * Invalid body or unknown profile; integration_invalid, model_unpriced: cost-api will not admit it
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Too many runs created, or quota_exceeded: the organization’s quota is used up; see Retry-After
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * upstream_unavailable: cost-api cannot be reached to admit the run; nothing was created
       */
      503: {
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
   * A run with its phases (seed endpoint 3)
   */
  OrchestratorRunsRunsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunDetail'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * No such run, or not yours
       */
      404: {
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
   * Artifacts grouped by phase (seed endpoint 4), all or a page of them
   */
  RunsController_artifacts: {
    parameters: {
      query?: {
        /**
         * Page number from 1 (with limit, default 20 a page), oldest artifacts first.
         */
        page?: number;
        /**
         * Artifacts a page, 1 to 100 (with page, default 1).
         */
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArtifactsResponse'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * page or limit out of range, or an unknown query parameter
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
   * The artifact file
   */
  RunsController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        artifact_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * The file; ETag is its SHA-256 (If-None-Match → 304)
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
       */
      401: {
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
   * Cancel a run; a running phase is stopped (202 until it has)
   */
  RunsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CancelRunResponse'];
        };
      };
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CancelRunResponse'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * run_ended: the run has already ended
       */
      409: {
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
   * A new run of the same request; phases before from_phase are reused
   */
  RunsController_clone: {
    parameters: {
      query?: {
        /**
         * First phase the clone executes; earlier ones are reused.
         */
        from_phase?: 'planning' | 'architecture' | 'data' | 'development' | 'qa' | 'documentation';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunSummary'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * Earlier phases are not complete in the source run
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * quota_exceeded: the organization’s quota is used up; see Retry-After
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * upstream_unavailable: cost-api cannot be reached to admit the run
       */
      503: {
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
   * The run’s events as Server-Sent Events; resume with Last-Event-ID at any time
   * Each event has `id` = its sequence number. A run that has ended replays and then sends `event: end`.
   */
  RunsController_stream: {
    parameters: {
      query?: {
        /**
         * Instead of Last-Event-ID
         */
        last_event_id?: unknown;
      };
      header?: {
        'Last-Event-ID'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * SSE stream
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
       */
      401: {
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
   * Tokens, cost, governance and hygiene of a run (seed endpoint 5)
   */
  RunsController_runMetrics: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunMetricsDto'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
       */
      401: {
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
   * Execute the current phase and advance (seed endpoint 2)
   * Answers 200 when the phase ended within NEXT_WAIT_MS, else 202 with the run running.
   */
  RunsController_next: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['AdvanceRunRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdvanceRunResponse'];
        };
      };
      /**
       * Still running: follow /runs/{id}/events
       */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdvanceRunResponse'];
        };
      };
      /**
       * No valid X-Service-Token, or a malformed forwarded user
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
       * No such run, or not yours
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
       * phase_running: a phase is already running; outcome_pending: its outcome is being applied; run_cancelling, run_ended: the run is being cancelled or has ended
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
       * governance_failed: governance checks failed, `errors` lists them (advance with skip_validation)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * Too many advances; see Retry-After
       */
      429: {
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
   * Gitea webhook: push, create (tag), pull_request
   */
  WebhooksController_gitea: {
    parameters: {
      query?: never;
      header: {
        /**
         * hex HMAC-SHA256 of the body
         */
        'X-Gitea-Signature': string;
        'X-Gitea-Delivery'?: string;
        'X-Gitea-Event': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * A redelivery: the job it already made
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobAcceptedDto'];
        };
      };
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobAcceptedDto'];
        };
      };
    };
  };
  /**
   * GitHub webhook: push, pull_request, ping
   */
  WebhooksController_github: {
    parameters: {
      query?: never;
      header: {
        /**
         * sha256=<hex HMAC-SHA256 of the body>
         */
        'X-Hub-Signature-256': string;
        'X-GitHub-Delivery'?: string;
        'X-GitHub-Event': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * A redelivery, or the answer to ping
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobAcceptedDto'];
        };
      };
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobAcceptedDto'];
        };
      };
    };
  };
}
