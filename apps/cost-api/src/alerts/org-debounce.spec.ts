import { OrgDebounce } from './org-debounce';

describe('OrgDebounce', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** A debounce whose runs are recorded and go on until released (all of those going at once). */
  function counting(): { runs: string[]; release: () => void; debounce: OrgDebounce } {
    const runs: string[] = [];
    let going: Array<() => void> = [];
    const debounce = new OrgDebounce(1_000, (orgId) => {
      runs.push(orgId);
      return new Promise<void>((done) => going.push(done));
    });
    const release = () => {
      for (const done of going) done();
      going = [];
    };
    return { runs, release, debounce };
  }

  it('runs once per organization for a burst of touches, after the wait', async () => {
    const { runs, release, debounce } = counting();
    for (let i = 0; i < 50; i++) debounce.touch('a');
    debounce.touch('b');
    expect(runs).toEqual([]);
    await jest.advanceTimersByTimeAsync(999);
    expect(runs).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(runs.sort()).toEqual(['a', 'b']);
    release();
    await debounce.close();
  });

  it('does not push the wait back: steady touches run every wait', async () => {
    const runs: string[] = [];
    const debounce = new OrgDebounce(1_000, (orgId) => Promise.resolve(void runs.push(orgId)));
    for (let ms = 0; ms < 3_000; ms += 100) {
      debounce.touch('a');
      await jest.advanceTimersByTimeAsync(100);
    }
    expect(runs).toEqual(['a', 'a', 'a']);
    await debounce.close();
  });

  it('makes exactly one more run for touches during a run, and none after close', async () => {
    const { runs, release, debounce } = counting();
    debounce.touch('a');
    await jest.advanceTimersByTimeAsync(1_000);
    for (let i = 0; i < 10; i++) debounce.touch('a');
    release();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(runs).toEqual(['a', 'a']);
    release();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(runs).toEqual(['a', 'a']);
    const closing = debounce.close();
    debounce.touch('a');
    await jest.advanceTimersByTimeAsync(5_000);
    await closing;
    expect(runs).toEqual(['a', 'a']);
  });
});
