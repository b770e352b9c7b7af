import { isPhase, isRunStatus, type Phase, type RunStatus } from './runs-api';

/** The runs list's URL state: filters and the page's cursor, so a filtered list can be shared. */
export interface RunsSearch {
  status?: RunStatus;
  profile?: string;
  cursor?: string;
  create?: boolean;
}

export function validateRunsSearch(search: Record<string, unknown>): RunsSearch {
  return {
    ...(isRunStatus(search.status) ? { status: search.status } : {}),
    ...(typeof search.profile === 'string' && search.profile ? { profile: search.profile } : {}),
    ...(typeof search.cursor === 'string' && search.cursor ? { cursor: search.cursor } : {}),
    ...(search.create === true || search.create === 'true' ? { create: true } : {}),
  };
}

export const RUN_TABS = ['timeline', 'artifacts', 'metrics'] as const;
export type RunTab = (typeof RUN_TABS)[number];

/** A run page's URL state: the tab, the phase looked at and the artifact open. */
export interface RunSearch {
  tab?: RunTab;
  phase?: Phase;
  artifact?: string;
}

export function validateRunSearch(search: Record<string, unknown>): RunSearch {
  return {
    ...(RUN_TABS.includes(search.tab as RunTab) ? { tab: search.tab as RunTab } : {}),
    ...(isPhase(search.phase) ? { phase: search.phase } : {}),
    ...(typeof search.artifact === 'string' && search.artifact ? { artifact: search.artifact } : {}),
  };
}
