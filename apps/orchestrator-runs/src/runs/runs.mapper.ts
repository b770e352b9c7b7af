/** Run records as the DTOs of the /runs routes. */
import { RUN_PHASE_ORDER, type RunPhase } from '@slipway/contracts';
import type { RunProfile } from '../profiles/profile';
import type { ArtifactRecord, PhaseRecord, RunRecord } from '../records/run-records';
import { holdOf } from './run-orchestrator';
import type {
  AdvanceRunResponse,
  ArtifactsResponse,
  ArtifactSummary,
  PhaseInfo,
  RunDetail,
  RunSummary,
} from '@slipway/contracts/runs';

const seconds = (from: string | null, to: string | null): number | null =>
  from && to ? Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000) : null;

export function toRunSummary(run: RunRecord): RunSummary {
  return {
    run_id: run.id,
    profile: run.profile,
    project_name: run.project_name,
    current_phase: run.current_phase,
    status: run.status,
    mode: run.mode,
    parent_run_id: run.parent_run_id,
    created_at: run.created_at,
    updated_at: run.updated_at,
  };
}

/** The run with its six phases; agents a phase has not run yet are the profile's (null: profile gone). */
export function toRunDetail(
  run: RunRecord,
  phases: readonly PhaseRecord[],
  artifacts: readonly ArtifactRecord[],
  profile: RunProfile | null,
): RunDetail {
  const infos: PhaseInfo[] = RUN_PHASE_ORDER.map((name) => {
    const phase = phases.find((p) => p.phase === name);
    return {
      phase: name,
      status: phase?.status ?? 'pending',
      started_at: phase?.started_at ?? null,
      completed_at: phase?.completed_at ?? null,
      duration_seconds: seconds(phase?.started_at ?? null, phase?.completed_at ?? null),
      agent_ids: phase?.agent_ids.length
        ? phase.agent_ids
        : (profile?.phases[name].agents.map((a) => a.id) ?? []),
      artifacts_count: artifacts.filter((a) => a.phase === name).length,
      attempt: phase?.attempt ?? 0,
      error: phase?.error ?? null,
    };
  });
  const starts = infos.map((p) => p.started_at).filter((t): t is string => t !== null);
  const ends = infos.map((p) => p.completed_at).filter((t): t is string => t !== null);
  return {
    run_id: run.id,
    profile: run.profile,
    intake: run.intake,
    project_name: run.project_name,
    current_phase: run.current_phase,
    status: run.status,
    mode: run.mode,
    phases: infos,
    created_at: run.created_at,
    updated_at: run.updated_at,
    total_duration_seconds:
      starts.length && ends.length ? seconds(starts.sort()[0], ends.sort()[ends.length - 1]) : null,
    metadata: run.metadata,
    budget_usd: run.budget_usd,
    parent_run_id: run.parent_run_id,
    root_run_id: run.root_run_id,
    project_id: run.project_id,
    error: run.error,
    awaiting_approval: run.status === 'awaiting_approval' ? holdOf(run) : null,
    last_event_id: run.last_event_seq,
  };
}

/** The answer of /next: where the run stands after `previous`, 202 while the phase still runs. */
export function toAdvanceResponse(run: RunRecord, previous: RunPhase, status: 200 | 202): AdvanceRunResponse {
  const hold = holdOf(run);
  const message =
    status === 202
      ? `Phase ${previous} is running; follow /runs/${run.id}/events`
      : run.status === 'completed'
        ? `Completed ${previous}; the run is complete`
        : run.status === 'awaiting_approval' && hold
          ? `Awaiting approval: ${hold.detail}; POST /next again to approve`
          : run.status === 'failed' || run.status === 'crashed' || run.status === 'cancelled'
            ? `Run ${run.status}: ${run.error ?? ''}`.trim()
            : `Advanced from ${previous} to ${run.current_phase}`;
  return {
    run_id: run.id,
    previous_phase: previous,
    current_phase: run.current_phase,
    status: run.status,
    message,
  };
}

export function toArtifactSummary(run: RunRecord, artifact: ArtifactRecord): ArtifactSummary {
  return {
    artifact_id: artifact.id,
    phase: artifact.phase,
    path: artifact.path,
    name: artifact.name,
    description: artifact.description,
    artifact_type: artifact.artifact_type,
    size_bytes: artifact.size_bytes,
    sha256: artifact.sha256,
    agent_id: artifact.agent_id,
    created_at: artifact.created_at,
    download_url: `/runs/${run.id}/artifacts/${artifact.id}/download`,
  };
}

/** The run's artifacts (or one page of them, `total` in all) grouped by phase. */
export function toArtifactsResponse(
  run: RunRecord,
  artifacts: readonly ArtifactRecord[],
  paged?: { page: number; limit: number; total: number },
): ArtifactsResponse {
  const byPhase: Record<string, ArtifactSummary[]> = {};
  for (const artifact of artifacts) (byPhase[artifact.phase] ??= []).push(toArtifactSummary(run, artifact));
  if (paged === undefined)
    return { run_id: run.id, total_count: artifacts.length, artifacts_by_phase: byPhase };
  const { page, limit, total } = paged;
  return {
    run_id: run.id,
    total_count: total,
    artifacts_by_phase: byPhase,
    page,
    limit,
    next_page: page * limit < total ? page + 1 : null,
  };
}
