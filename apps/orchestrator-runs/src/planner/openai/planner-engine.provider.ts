import type { ClassProvider } from '@nestjs/common';
import type { OrchestratorConfig } from '../../config';
import type { PlannerEngine } from '../engine/planner-engine';
import { PLANNER_ENGINE } from '../engine/planner-engine.token';
import { OfflinePlanner } from '../offline/offline-planner';
import { OpenAiPlanner } from './openai-planner';
import { plannerConnection } from './planner-settings';

/**
 * The planner PLANNER_PROVIDER names, as PLANNER_ENGINE: the built-in offline one, or the model
 * behind PLANNER_BASE_URL. Choosing openai without its URL or key fails here, at boot.
 */
export function plannerEngineProvider(
  config: Pick<OrchestratorConfig, 'PLANNER_PROVIDER' | 'PLANNER_BASE_URL' | 'PLANNER_API_KEY'>,
): ClassProvider<PlannerEngine> {
  switch (config.PLANNER_PROVIDER) {
    case 'offline':
      return { provide: PLANNER_ENGINE, useClass: OfflinePlanner };
    case 'openai':
      plannerConnection(config);
      return { provide: PLANNER_ENGINE, useClass: OpenAiPlanner };
  }
}
