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

export interface DurationEstimate {
  /** Whole seconds. */
  readonly seconds: number;
  readonly basis: ProjectionBasis;
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

type Average = (values: readonly number[]) => number;

/**
 * The rule of every projection of a phase: the median over `history` (the phase in earlier runs of
 * the profile); without history the mean of this run's completed phases; without those, `none`.
 */
function project<T>(
  history: readonly T[],
  completedHere: readonly T[],
  combine: (samples: readonly T[], average: Average) => T,
  none: T,
): { value: T; basis: ProjectionBasis; basisRuns: number } {
  if (history.length > 0)
    return { value: combine(history, median), basis: 'history', basisRuns: history.length };
  if (completedHere.length > 0)
    return { value: combine(completedHere, mean), basis: 'this_run', basisRuns: 1 };
  return { value: none, basis: 'none', basisRuns: 0 };
}

/** Tokens a phase is expected to use, rounded to whole tokens (see `project`). */
export function estimatePhaseTokens(
  history: readonly PhaseTokens[],
  completedHere: readonly PhaseTokens[],
): PhaseEstimate {
  const { value, basis, basisRuns } = project(
    history,
    completedHere,
    (samples, average) => ({
      input: Math.round(average(samples.map((sample) => sample.input))),
      output: Math.round(average(samples.map((sample) => sample.output))),
    }),
    { input: 0, output: 0 },
  );
  return { tokens: value, basis, basisRuns };
}

/** How long a phase is expected to run, in whole seconds (see `project`). */
export function estimatePhaseSeconds(
  history: readonly number[],
  completedHere: readonly number[],
): DurationEstimate {
  const { value, basis, basisRuns } = project(
    history,
    completedHere,
    (samples, average) => Math.round(average(samples)),
    0,
  );
  return { seconds: value, basis, basisRuns };
}
