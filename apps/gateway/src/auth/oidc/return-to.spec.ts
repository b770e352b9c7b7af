import { returnPathOf } from './return-to';

const PUBLIC_URL = 'https://slipway.example.org';

describe('returnPathOf', () => {
  it.each([
    ['/', '/'],
    ['/runs/42?tab=logs', '/runs/42?tab=logs'],
    ['/jobs#latest', '/jobs#latest'],
    ['/a/../b', '/b'],
  ])('keeps the gateway path %s', (value, expected) => {
    expect(returnPathOf(value, PUBLIC_URL)).toBe(expected);
  });

  it.each([
    'https://evil.example/',
    'http://slipway.example.org/runs',
    '//evil.example/runs',
    '/\\evil.example/runs',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/.//evil.example',
    '/..//evil.example',
    '/%2e//evil.example/x',
    'runs',
    'javascript:alert(1)',
    '',
    '/'.padEnd(2049, 'a'),
  ])('ignores %j', (value) => {
    expect(returnPathOf(value, PUBLIC_URL)).toBeUndefined();
  });

  it('ignores what is not one string (a repeated parameter, none at all)', () => {
    expect(returnPathOf(['/a', '/b'], PUBLIC_URL)).toBeUndefined();
    expect(returnPathOf(undefined, PUBLIC_URL)).toBeUndefined();
  });
});
