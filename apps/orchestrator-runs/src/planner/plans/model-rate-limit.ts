import { RateLimit } from '@slipway/platform';
import type { OrchestratorConfig } from '../../config';

const MINUTE = 60_000;

/** Limits the routes that call the planner's model, per user and minute. */
export const ModelRateLimit = (bucket: string) =>
  RateLimit<OrchestratorConfig>({
    bucket,
    limit: (config) => config.RATE_LIMIT_PLANNER_PER_MINUTE,
    windowMs: MINUTE,
  });
