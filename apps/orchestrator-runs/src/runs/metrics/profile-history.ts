import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@slipway/platform';
import { RUN_PHASE_ORDER, RunStatus, type RunPhase } from '@slipway/contracts';
import { OrchestratorConfig } from '../../config';
import { RunRecords, type PhaseRecord } from '../../records/run-records';
import type { PhaseTokens } from './phase-estimate';
import { tally } from './usage-tally';

/** How long the history of a profile is reused before it is read again. */
export const HISTORY_TTL_MS = 60_000;
/** Pages of earlier runs read at most for one profile's history (runs that stopped early complete few phases). */
const HISTORY_PAGES = 5;
/** data-api's largest page. */
const PAGE_LIMIT = 100;
/** Runs that may have completed a phase: all but those recorded as never started (before runs began as running). */
const STARTED_RUN_STATUSES = Object.values(RunStatus).filter((status) => status !== RunStatus.created);

/** What one phase of an earlier run used: its tokens, and how long it ran (null when unrecorded). */
export interface PhaseSample extends PhaseTokens {
  readonly seconds: number | null;
}

interface HistorySample extends PhaseSample {
  readonly runId: string;
  readonly phase: RunPhase;
}

/** A profile's history, shared by the calls that ask while it loads. */
interface CachedHistory {
  readonly loadedAt: number;
  readonly samples: Promise<readonly HistorySample[]>;
}

/**
 * The tokens and the time each phase of a profile took in its newest runs (PROJECTION_HISTORY_RUNS of
 * them), that projections are the median of; read from data-api once per profile every HISTORY_TTL_MS.
 */
@Injectable()
export class ProfileHistory {
  private readonly historyRuns: number;
  private readonly histories = new Map<string, CachedHistory>();

  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(OrchestratorConfig) settings: Pick<OrchestratorConfig, 'PROJECTION_HISTORY_RUNS'>,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.historyRuns = settings.PROJECTION_HISTORY_RUNS;
  }

  /** The phase's totals in the newest runs of the profile that completed it, `runId`'s own left out. */
  async phase(profile: string, phase: RunPhase, runId: string): Promise<PhaseSample[]> {
    return (await this.history(profile))
      .filter((sample) => sample.phase === phase && sample.runId !== runId)
      .slice(0, this.historyRuns);
  }

  /** The profile's phase totals in its newest runs, newest first, read again after HISTORY_TTL_MS. */
  private history(profile: string): Promise<readonly HistorySample[]> {
    const now = this.clock.now().getTime();
    const cached = this.histories.get(profile);
    if (cached !== undefined && now - cached.loadedAt < HISTORY_TTL_MS) return cached.samples;
    for (const [name, entry] of this.histories) {
      if (now - entry.loadedAt >= HISTORY_TTL_MS) this.histories.delete(name);
    }
    const samples = this.load(profile);
    this.histories.set(profile, { loadedAt: now, samples });
    // A failed read is not kept: the next call tries again (and this caller sees the failure).
    samples.catch(() => {
      if (this.histories.get(profile)?.samples === samples) this.histories.delete(profile);
    });
    return samples;
  }

  /**
   * Up to historyRuns + 1 samples per phase (one more than used: the run asking may be among them), from the
   * newest runs of the profile that started, reading at most HISTORY_PAGES pages of runs.
   */
  private async load(profile: string): Promise<readonly HistorySample[]> {
    const wanted = this.historyRuns + 1;
    const samples: HistorySample[] = [];
    const count = (phase: RunPhase) => samples.filter((sample) => sample.phase === phase).length;
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const { items, next_cursor } = await this.records.listRuns({
        profile,
        status: STARTED_RUN_STATUSES,
        sort: '-created_at',
        limit: Math.min(wanted, PAGE_LIMIT),
        ...(cursor === undefined ? {} : { cursor }),
      });
      const perRun = await Promise.all(items.map((run) => this.completedPhaseTokens(run.id)));
      for (const sample of perRun.flat()) if (count(sample.phase) < wanted) samples.push(sample);
      if (next_cursor === null || RUN_PHASE_ORDER.every((phase) => count(phase) >= wanted)) break;
      cursor = next_cursor;
    }
    return samples;
  }

  private async completedPhaseTokens(runId: string): Promise<HistorySample[]> {
    const completed = (await this.records.phases(runId)).filter((record) => record.status === 'completed');
    if (completed.length === 0) return [];
    const usage = await this.records.usage(runId);
    return completed.map((record) => ({
      runId,
      phase: record.phase,
      ...tally(usage.filter((row) => row.phase === record.phase)).tokens,
      seconds: phaseSeconds(record),
    }));
  }
}

/** How long a completed phase ran, start to completion; null when either time is missing. */
export function phaseSeconds(record: PhaseRecord): number | null {
  if (record.started_at === null || record.completed_at === null) return null;
  return Math.max(0, (Date.parse(record.completed_at) - Date.parse(record.started_at)) / 1000);
}
