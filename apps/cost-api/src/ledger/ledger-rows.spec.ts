import { MAX_EVENT_ID_LENGTH } from '@slipway/contracts';
import { parseCiRates } from './ci-rates';
import { eventId } from './ledger-rows';

describe('ledger event ids', () => {
  it('prefix the source’s id by its kind, and hash an id too long to fit', () => {
    expect(eventId('run', 'chatcmpl-1')).toBe('run:chatcmpl-1');
    const long = eventId('planner', 'x'.repeat(300));
    expect(long).toMatch(/^planner:sha256:[0-9a-f]{64}$/);
    expect(long.length).toBeLessThanOrEqual(MAX_EVENT_ID_LENGTH);
    expect(eventId('planner', 'x'.repeat(300))).toBe(long);
  });
});

describe('CI_RATES_USD_PER_MINUTE', () => {
  it('reads exact rates per executor class', () => {
    const rates = parseCiRates('{"local":"0.008","kubernetes":"0.012"}');
    expect([...rates].map(([executor, rate]) => [executor, rate.toFixed()])).toEqual([
      ['local', '0.008'],
      ['kubernetes', '0.012'],
    ]);
  });

  it.each([
    ['not JSON', 'local=0.008'],
    ['a list', '["0.008"]'],
    ['a number rate (a binary float)', '{"local":0.008}'],
    ['a negative rate', '{"local":"-1"}'],
    ['a class that is no name', '{"Local Runner":"1"}'],
  ])('refuses %s, saying what it wants', (_, text) => {
    expect(() => parseCiRates(text)).toThrow(/CI_RATES_USD_PER_MINUTE/);
  });
});
