import { estimatePhaseTokens, median } from './phase-estimate';

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
