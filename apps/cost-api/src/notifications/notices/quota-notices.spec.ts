import { marksCrossed } from './quota-notices';

const crossed = (used: number, limit: number) => marksCrossed({ used, limit }).map((mark) => mark.percent);

describe('marksCrossed', () => {
  it('names the admission that reaches 80 % and the one that reaches 100 %, no other', () => {
    expect([1, 2, 3, 4, 5].map((used) => crossed(used, 5))).toEqual([[], [], [], [80], [100]]);
    expect([15, 16, 17, 20].map((used) => crossed(used, 20))).toEqual([[], [80], [], [100]]);
  });

  it('tells both at once when one admission passes both marks, and nothing without a limit', () => {
    expect(crossed(1, 1)).toEqual([80, 100]);
    expect(crossed(1, 0)).toEqual([]);
    expect(crossed(6, 5)).toEqual([]);
  });
});
