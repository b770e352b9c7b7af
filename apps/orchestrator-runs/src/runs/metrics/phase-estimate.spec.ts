import { estimatePhaseSeconds, estimatePhaseTokens, median } from './phase-estimate';

describe('median', () => {
  it('is the middle value of an odd count, in any order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 10, 3])).toBe(3.5);
  });

  it('is not pulled by an outlier, unlike a mean', () => {
    expect(median([100, 110, 10_000])).toBe(110);
  });

  it('is 0 for no values', () => {
    expect(median([])).toBe(0);
  });
});

describe('estimatePhaseTokens', () => {
  it('takes the medians of the history, rounded to whole tokens', () => {
    const estimate = estimatePhaseTokens(
      [
        { input: 1000, output: 401 },
        { input: 5000, output: 400 },
      ],
      [{ input: 1, output: 1 }],
    );
    expect(estimate).toEqual({ tokens: { input: 3000, output: 401 }, basis: 'history', basisRuns: 2 });
  });

  it('without history, takes the mean of the phases this run completed', () => {
    const estimate = estimatePhaseTokens(
      [],
      [
        { input: 1000, output: 100 },
        { input: 2000, output: 201 },
      ],
    );
    expect(estimate).toEqual({ tokens: { input: 1500, output: 151 }, basis: 'this_run', basisRuns: 1 });
  });

  it('without either, projects nothing', () => {
    expect(estimatePhaseTokens([], [])).toEqual({
      tokens: { input: 0, output: 0 },
      basis: 'none',
      basisRuns: 0,
    });
  });
});

describe('estimatePhaseSeconds', () => {
  it('takes the median duration of the phase in earlier runs, in whole seconds', () => {
    expect(estimatePhaseSeconds([100, 3600, 121], [5])).toEqual({
      seconds: 121,
      basis: 'history',
      basisRuns: 3,
    });
    expect(estimatePhaseSeconds([100, 101], [])).toEqual({ seconds: 101, basis: 'history', basisRuns: 2 });
  });

  it('without history, goes at this run’s pace: the mean of its completed phases', () => {
    expect(estimatePhaseSeconds([], [60, 90])).toEqual({ seconds: 75, basis: 'this_run', basisRuns: 1 });
  });

  it('without either, has nothing to go by', () => {
    expect(estimatePhaseSeconds([], [])).toEqual({ seconds: 0, basis: 'none', basisRuns: 0 });
  });
});
