import type { OrchestratorConfig } from '../../config';

/** What the openai planner reads of the configuration. */
export type PlannerSettings = Pick<
  OrchestratorConfig,
  | 'PLANNER_MODEL'
  | 'PLANNER_BASE_URL'
  | 'PLANNER_API_KEY'
  | 'PLANNER_RESPONSE_FORMAT'
  | 'PLANNER_TIMEOUT_MS'
  | 'PLANNER_MAX_OUTPUT_TOKENS'
>;

/** Where the openai planner calls, or why it cannot start: at boot, with the variable to set. */
export function plannerConnection(settings: Pick<PlannerSettings, 'PLANNER_BASE_URL' | 'PLANNER_API_KEY'>): {
  baseUrl: string;
  apiKey: string;
} {
  if (!settings.PLANNER_BASE_URL)
    throw new Error(
      'PLANNER_PROVIDER=openai needs PLANNER_BASE_URL, the OpenAI-compatible API of the planner (https://api.openai.com/v1 for OpenAI)',
    );
  if (!settings.PLANNER_API_KEY)
    throw new Error('PLANNER_PROVIDER=openai needs PLANNER_API_KEY (any value for a server that takes none)');
  return { baseUrl: settings.PLANNER_BASE_URL, apiKey: settings.PLANNER_API_KEY };
}
