import type { ProjectionBasis } from '@slipway/contracts/runs';

/** Input and output tokens of one phase. */
export interface PhaseTokens {
  readonly input: number;
  readonly output: number;
}

export interface PhaseEstimate {
  readonly tokens: PhaseTokens;
  readonly basis: ProjectionBasis;
  /** Runs the estimate is drawn from: the history's, 1 for this run's own, 0 for none. */
  readonly basisRuns: number;
}

/** The middle value, the mean of the two middle ones for an even count; 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const mean = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Tokens a phase is expected to use, rounded to whole tokens: the medians over `history` (the phase's totals
 * in earlier runs); without history the mean of this run's completed phases; without those, none.
 */
export function estimatePhaseTokens(
  history: readonly PhaseTokens[],
  completedHere: readonly PhaseTokens[],
): PhaseEstimate {
  const averaged = (samples: readonly PhaseTokens[], average: (values: readonly number[]) => number) => ({
    input: Math.round(average(samples.map((sample) => sample.input))),
    output: Math.round(average(samples.map((sample) => sample.output))),
  });
  if (history.length > 0) {
    return { tokens: averaged(history, median), basis: 'history', basisRuns: history.length };
  }
  if (completedHere.length > 0) {
    return { tokens: averaged(completedHere, mean), basis: 'this_run', basisRuns: 1 };
  }
  return { tokens: { input: 0, output: 0 }, basis: 'none', basisRuns: 0 };
}
