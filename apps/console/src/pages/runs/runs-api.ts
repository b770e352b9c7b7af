import { api, unwrap, type Schemas } from '../../api/client';

export type RunSummary = Schemas['RunSummary'];
export type RunDetail = Schemas['RunDetail'];
export type RunStatus = RunSummary['status'];
export type Phase = RunSummary['current_phase'];
export type Artifact = Schemas['ArtifactSummary'];
export type RunMetrics = Schemas['RunMetricsDto'];
export type CreateRun = Schemas['CreateRunRequest'];

export const PHASES: readonly Phase[] = [
  'planning',
  'architecture',
  'data',
  'development',
  'qa',
  'documentation',
];
export const RUN_STATUSES: readonly RunStatus[] = [
  'created',
  'running',
  'awaiting_approval',
  'completed',
  'failed',
  'cancelling',
  'cancelled',
  'crashed',
];
const TERMINAL = new Set<RunStatus>(['completed', 'failed', 'cancelled', 'crashed']);
export const isTerminal = (status: RunStatus): boolean => TERMINAL.has(status);

export const isPhase = (value: unknown): value is Phase => PHASES.includes(value as Phase);
export const isRunStatus = (value: unknown): value is RunStatus => RUN_STATUSES.includes(value as RunStatus);

export interface RunListFilter {
  status?: RunStatus;
  profile?: string;
  cursor?: string;
}

export const runKeys = {
  all: ['runs'] as const,
  list: (filter: RunListFilter) => ['runs', 'list', filter] as const,
  run: (id: string) => ['runs', 'run', id] as const,
  artifacts: (id: string) => ['runs', 'run', id, 'artifacts'] as const,
  artifact: (id: string, artifactId: string) => ['runs', 'run', id, 'artifact', artifactId] as const,
  metrics: (id: string) => ['runs', 'run', id, 'metrics'] as const,
};

export const PAGE_SIZE = 25;

export const listRuns = (filter: RunListFilter) =>
  unwrap(
    api.GET('/runs', {
      params: {
        query: {
          limit: PAGE_SIZE,
          ...(filter.cursor ? { cursor: filter.cursor } : {}),
          ...(filter.status ? { status: [filter.status] } : {}),
          ...(filter.profile ? { profile: filter.profile } : {}),
        },
      },
    }),
  );

export const getRun = (id: string) => unwrap(api.GET('/runs/{id}', { params: { path: { id } } }));
export const getArtifacts = (id: string) =>
  unwrap(api.GET('/runs/{id}/artifacts', { params: { path: { id } } }));
export const getMetrics = (id: string) => unwrap(api.GET('/runs/{id}/metrics', { params: { path: { id } } }));
export const createRun = (body: CreateRun) => unwrap(api.POST('/runs', { body }));

/** The file's text (artifacts the console renders are text: Markdown, code, JSON, CSV). */
export const getArtifactText = (id: string, artifactId: string) =>
  unwrap(
    api.GET('/runs/{id}/artifacts/{artifact_id}/download', {
      params: { path: { id, artifact_id: artifactId } },
      parseAs: 'text',
    }),
  ) as Promise<string>;

export const advanceRun = (id: string, skipValidation: boolean) =>
  unwrap(
    api.POST('/runs/{id}/next', {
      params: { path: { id } },
      body: skipValidation ? { skip_validation: true } : {},
    }),
  );
export const cancelRun = (id: string) => unwrap(api.POST('/runs/{id}/cancel', { params: { path: { id } } }));
export const cloneRun = (id: string, fromPhase: Phase) =>
  unwrap(api.POST('/runs/{id}/clone', { params: { path: { id }, query: { from_phase: fromPhase } } }));

/** The share of a score in [0, 1] as a person reads it. */
export const percent = (score: number): string => `${Math.round(score * 1000) / 10}%`;
