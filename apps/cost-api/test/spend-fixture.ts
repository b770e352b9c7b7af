import { randomUUID } from 'node:crypto';
import type { HierarchyNodeDto, SpendSource } from '@slipway/contracts';
import type { Schemas } from '@slipway/data-client';
import { Money, sumMoney } from '@slipway/pricing';
import { OrgCalendar } from '../src/quota/org-calendar';
import type { CostHarness, TestOrg } from './harness';
import { HierarchyCaller } from './hierarchy-fixture';

export type LedgerRow = Schemas['CreateSpendLedgerRecordDto'] & {
  local_day: string;
  source: SpendSource;
  input_tokens: number;
  output_tokens: number;
  cached_input_tokens: number;
};

/** UTC+1 all year (no DST): an event at 23:30 UTC is on the next local day. */
export const ZONE = 'Africa/Lagos';
export const FIRST_DAY = '2026-03-02';
export const LAST_DAY = '2026-03-11';
/** The one call of `night-owl`: 23:30 UTC on March 5th, so March 6th in the org's zone. */
export const NIGHT_CALL = '2026-03-05T23:30:00.000Z';
/** The one call of `penny`, far below a cent: kept whole, never rounded. */
export const SUB_CENT = '0.000000431275';

const MODELS = [
  ['openai', 'gpt-4o'],
  ['openai', 'gpt-4o-mini'],
  ['anthropic', 'claude-sonnet-4'],
] as const;
const USERS = ['ada', 'brian', 'chen'];

/** A deterministic generator (mulberry32): the same rows every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The organization's tree: two departments, three teams; spend lands on teams, a department, or no node. */
export interface Tree {
  sales: HierarchyNodeDto;
  research: HierarchyNodeDto;
  emea: HierarchyNodeDto;
  apac: HierarchyNodeDto;
  lab: HierarchyNodeDto;
}

export async function buildTree(cost: CostHarness, org: TestOrg): Promise<Tree> {
  const hierarchy = new HierarchyCaller(cost, org);
  const sales = await hierarchy.create('SALES', 'department');
  const research = await hierarchy.create('RESEARCH', 'department');
  return {
    sales,
    research,
    emea: await hierarchy.create('EMEA', 'team', sales),
    apac: await hierarchy.create('APAC', 'team', sales),
    lab: await hierarchy.create('LAB', 'team', research),
  };
}

/**
 * `count` model calls, CI minutes and SaaS charges spread over FIRST_DAY…LAST_DAY (UTC instants,
 * local days in ZONE), several projects, nodes, users and sources; plus the night call and the
 * sub-cent call. Amounts carry 12 decimals.
 */
export function generateRows(orgId: string, tree: Tree, count: number, seed = 7): LedgerRow[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const calendar = new OrgCalendar(ZONE);
  const projects = [randomUUID(), randomUUID(), randomUUID()];
  const nodes = [tree.emea.id, tree.apac.id, tree.lab.id, tree.research.id, null];
  const start = Date.parse(`${FIRST_DAY}T00:00:00Z`);
  const span = Date.parse(`${LAST_DAY}T22:00:00Z`) - start;
  const rows: LedgerRow[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(start + Math.floor(next() * span));
    const kind = next();
    const source: SpendSource = kind < 0.6 ? 'run' : kind < 0.8 ? 'planner' : kind < 0.93 ? 'ci' : 'saas';
    const [provider, model] =
      source === 'ci' ? ['ci', null] : source === 'saas' ? ['github', null] : pick(MODELS);
    const llm = model !== null;
    const input = llm ? 100 + Math.floor(next() * 5000) : 0;
    const project = next() < 0.9 ? pick(projects) : null;
    const node = pick(nodes);
    rows.push({
      event_id: `evt-${orgId}-${i}`,
      org_id: orgId,
      occurred_at: at.toISOString(),
      local_day: calendar.day(at),
      source,
      provider,
      ...(model ? { model } : {}),
      ...(project ? { project_id: project } : {}),
      ...(node ? { node_id: node } : {}),
      user_id: pick(USERS),
      input_tokens: input,
      output_tokens: llm ? Math.floor(next() * 2000) : 0,
      cached_input_tokens: llm ? Math.floor(next() * input * 0.5) : 0,
      amount: new Money(Math.floor(next() * 1e12))
        .dividedBy(1e12)
        .times(pick([1, 3, 20]))
        .toFixed(12),
    });
  }
  rows.push(special(orgId, 'night', NIGHT_CALL, calendar, { user_id: 'night-owl', amount: '1.25' }));
  rows.push(
    special(orgId, 'penny', '2026-03-03T10:15:00.000Z', calendar, {
      user_id: 'penny',
      amount: SUB_CENT,
      node_id: tree.lab.id,
    }),
  );
  return rows;
}

function special(
  orgId: string,
  name: string,
  at: string,
  calendar: OrgCalendar,
  fields: Partial<LedgerRow>,
): LedgerRow {
  return {
    event_id: `evt-${orgId}-${name}`,
    org_id: orgId,
    occurred_at: at,
    local_day: calendar.day(new Date(at)),
    source: 'run',
    provider: 'openai',
    model: 'gpt-4o-mini',
    input_tokens: 40,
    output_tokens: 4,
    cached_input_tokens: 10,
    amount: '0',
    ...fields,
  };
}

/** Writes rows as the cost-worker does: through data-api's bulk ledger write, with the service token. */
export async function record(cost: CostHarness, rows: readonly LedgerRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const { data } = await cost.client.post('/api/spend_ledger/bulk', { body: rows.slice(i, i + 1000) });
    expect(data.duplicates).toEqual([]);
  }
}

/** The exact sums of some rows, as the cost reads answer them. */
export function sums(rows: readonly LedgerRow[]) {
  return {
    amount: sumMoney(rows.map((row) => row.amount)).toFixed(),
    input_tokens: rows.reduce((n, row) => n + row.input_tokens, 0),
    output_tokens: rows.reduce((n, row) => n + row.output_tokens, 0),
    cached_input_tokens: rows.reduce((n, row) => n + row.cached_input_tokens, 0),
    events: rows.length,
  };
}

/** Rows grouped by a key of theirs. */
export function groupBy<K>(rows: readonly LedgerRow[], key: (row: LedgerRow) => K): Map<K, LedgerRow[]> {
  const groups = new Map<K, LedgerRow[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

export const inDays = (rows: readonly LedgerRow[], from: string, to: string) =>
  rows.filter((row) => row.local_day >= from && row.local_day <= to);
