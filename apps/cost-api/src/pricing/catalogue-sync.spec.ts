import { planCatalogueSync, type StoredGlobalPrice } from './catalogue-sync';
import type { ShippedPrice } from './shipped-prices';

const amounts = (input: string, output: string) => ({
  input_per_1m: input,
  output_per_1m: output,
  cached_input_per_1m: null,
  cache_write_per_1m: null,
  reasoning_per_1m: null,
  per_request: null,
});
const shipped = (model: string, valid_from: string, valid_to: string | null, input = '1'): ShippedPrice => ({
  provider: 'openai',
  model,
  ...amounts(input, '2'),
  currency: 'USD',
  valid_from,
  valid_to,
  source: 'catalogue',
  note: 'List price',
});
const stored = (
  id: string,
  model: string,
  valid_from: string,
  valid_to: string | null,
  input = '1',
): StoredGlobalPrice => ({
  id,
  version: 1,
  provider: 'openai',
  model,
  ...amounts(input, '2'),
  valid_from,
  valid_to,
});
const JAN = '2026-01-01T00:00:00.000Z';
const MAR = '2026-03-01T00:00:00.000Z';
const JUN = '2026-06-01T00:00:00.000Z';

describe('planCatalogueSync', () => {
  it('inserts everything into an empty table (bootstrap)', () => {
    const plan = planCatalogueSync(
      [],
      [shipped('a', JAN, MAR, '3'), shipped('a', MAR, null, '2'), shipped('b', JAN, null)],
    );
    expect(plan.close).toEqual([]);
    expect(plan.insert.map((p) => [p.model, p.valid_from, p.valid_to])).toEqual([
      ['a', JAN, MAR],
      ['a', MAR, null],
      ['b', JAN, null],
    ]);
  });

  it('changes nothing when run again (idempotent)', () => {
    const plan = planCatalogueSync(
      [stored('r1', 'a', JAN, MAR, '3'), stored('r2', 'a', MAR, null, '2')],
      [shipped('a', JAN, MAR, '3'), shipped('a', MAR, null, '2')],
    );
    expect(plan).toEqual({ close: [], insert: [], unchanged: 2, differing: [] });
  });

  it('closes the open row where a new catalogue price starts', () => {
    const plan = planCatalogueSync(
      [stored('r1', 'a', JAN, null, '3')],
      [shipped('a', JAN, MAR, '3'), shipped('a', MAR, null, '2')],
    );
    expect(plan.close).toEqual([{ id: 'r1', version: 1, provider: 'openai', model: 'a', valid_to: MAR }]);
    expect(plan.insert.map((p) => [p.valid_from, p.valid_to, p.input_per_1m])).toEqual([[MAR, null, '2']]);
  });

  it('cuts an older shipped version where a stored later row begins', () => {
    const plan = planCatalogueSync(
      [stored('r2', 'a', JUN, null)],
      [shipped('a', MAR, JUN), shipped('a', JUN, null)],
    );
    expect(plan.close).toEqual([]);
    expect(plan.insert.map((p) => [p.valid_from, p.valid_to])).toEqual([[MAR, JUN]]);
    const inserted = planCatalogueSync([stored('r2', 'a', JUN, null)], [shipped('a', MAR, null)]);
    expect(inserted.insert.map((p) => [p.valid_from, p.valid_to])).toEqual([[MAR, JUN]]);
  });

  it('keeps a stored version whose prices differ, and reports it', () => {
    const plan = planCatalogueSync([stored('r1', 'a', JAN, null, '3')], [shipped('a', JAN, null, '4')]);
    expect(plan.insert).toEqual([]);
    expect(plan.close).toEqual([]);
    expect(plan.differing).toEqual([{ id: 'r1', provider: 'openai', model: 'a', valid_from: JAN }]);
  });

  it('compares amounts, not their spelling', () => {
    const plan = planCatalogueSync([stored('r1', 'a', JAN, null, '2.50')], [shipped('a', JAN, null, '2.5')]);
    expect(plan.unchanged).toBe(1);
  });

  it('never overlaps: a shipped version inside a stored closed row closes it and ends where the next begins', () => {
    const plan = planCatalogueSync(
      [stored('r1', 'a', JAN, JUN), stored('r2', 'a', JUN, null)],
      [shipped('a', MAR, null, '9')],
    );
    expect(plan.close).toEqual([{ id: 'r1', version: 1, provider: 'openai', model: 'a', valid_to: MAR }]);
    expect(plan.insert.map((p) => [p.valid_from, p.valid_to])).toEqual([[MAR, JUN]]);
  });
});
