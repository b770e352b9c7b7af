import { inForce, isEmptyWindow, priceInForce, pricesInForce, windowsOverlap } from './effective-price';

const ORG = 'org-a';
const row = (
  id: string,
  org_id: string | null,
  valid_from: string,
  valid_to: string | null,
  model = 'gpt-4o',
) => ({
  id,
  org_id,
  model,
  valid_from,
  valid_to,
});
const at = (iso: string) => new Date(iso);

describe('inForce', () => {
  const window = row('r', null, '2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z');

  it('starts at valid_from inclusive and ends at valid_to exclusive', () => {
    expect(inForce(window, at('2025-12-31T23:59:59.999Z'))).toBe(false);
    expect(inForce(window, at('2026-01-01T00:00:00.000Z'))).toBe(true);
    expect(inForce(window, at('2026-01-31T23:59:59.999Z'))).toBe(true);
    expect(inForce(window, at('2026-02-01T00:00:00.000Z'))).toBe(false);
  });

  it('never ends when valid_to is null', () => {
    expect(inForce(row('r', null, '2026-01-01T00:00:00Z', null), at('2999-01-01T00:00:00Z'))).toBe(true);
  });
});

describe('windowsOverlap', () => {
  const jan = row('a', null, '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z');

  it('counts adjacent windows as not overlapping', () => {
    expect(windowsOverlap(jan, row('b', null, '2026-02-01T00:00:00Z', null))).toBe(false);
    expect(windowsOverlap(row('b', null, '2025-12-01T00:00:00Z', '2026-01-01T00:00:00Z'), jan)).toBe(false);
  });

  it('finds shared instants, open windows included', () => {
    expect(windowsOverlap(jan, row('b', null, '2026-01-31T00:00:00Z', null))).toBe(true);
    expect(windowsOverlap(row('b', null, '2025-01-01T00:00:00Z', null), jan)).toBe(true);
    expect(windowsOverlap(row('b', null, '2026-01-10T00:00:00Z', '2026-01-11T00:00:00Z'), jan)).toBe(true);
  });

  it('knows an empty window', () => {
    expect(isEmptyWindow(row('e', null, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'))).toBe(true);
    expect(isEmptyWindow(jan)).toBe(false);
  });
});

describe('priceInForce', () => {
  const rows = [
    row('g1', null, '2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    row('g2', null, '2026-01-01T00:00:00Z', null),
    row('o1', ORG, '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'),
    row('x1', 'org-b', '2025-01-01T00:00:00Z', null),
  ];
  const id = (iso: string, org: string | null = ORG) => priceInForce(rows, at(iso), org)?.id ?? null;

  it('takes the global row in force before, at and after a boundary', () => {
    expect(id('2025-12-31T23:59:59.999Z')).toBe('g1');
    expect(id('2026-01-01T00:00:00.000Z')).toBe('g2');
    expect(id('2026-02-15T00:00:00.000Z')).toBe('g2');
  });

  it('lets the organization’s override win while it is in force, and only then', () => {
    expect(id('2026-02-28T23:59:59.999Z')).toBe('g2');
    expect(id('2026-03-01T00:00:00.000Z')).toBe('o1');
    expect(id('2026-04-01T00:00:00.000Z')).toBe('g2');
  });

  it('never applies another organization’s override', () => {
    expect(id('2026-03-15T00:00:00Z', 'org-c')).toBe('g2');
    expect(id('2026-03-15T00:00:00Z', null)).toBe('g2');
  });

  it('answers null when nothing is in force', () => {
    expect(id('2024-06-01T00:00:00Z')).toBeNull();
    expect(priceInForce([], at('2026-01-01T00:00:00Z'), ORG)).toBeNull();
  });

  it('accepts Date windows', () => {
    const dated = [{ org_id: null, valid_from: at('2026-01-01T00:00:00Z'), valid_to: null }];
    expect(priceInForce(dated, at('2026-01-01T00:00:00Z'), ORG)).toBe(dated[0]);
  });
});

describe('pricesInForce', () => {
  it('answers one row per model, the override where there is one', () => {
    const rows = [
      row('a-global', null, '2026-01-01T00:00:00Z', null, 'a'),
      row('b-global', null, '2026-01-01T00:00:00Z', null, 'b'),
      row('b-org', ORG, '2026-01-01T00:00:00Z', null, 'b'),
      row('c-future', null, '2027-01-01T00:00:00Z', null, 'c'),
    ];
    expect(pricesInForce(rows, at('2026-06-01T00:00:00Z'), ORG).map((r) => r.id)).toEqual([
      'a-global',
      'b-org',
    ]);
  });
});
