import type { CreateSpendLedgerRecordDto, OrganizationRecordDto } from '@slipway/contracts';
import type { DataApiHarness } from './harness';

/** A deterministic generator (mulberry32), so a failure names data that can be made again. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Exact decimal text without trailing zeros (as data-api answers amounts). */
export const plain = (value: string): string =>
  value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;

let orgs = 0;

export async function createOrg(
  api: DataApiHarness,
  timezone = 'Europe/Paris',
): Promise<OrganizationRecordDto> {
  const reply = await api.request<OrganizationRecordDto>('POST', '/api/organizations', {
    body: {
      slug: `spend-${process.pid}-${++orgs}`,
      name: 'Spender',
      currency: 'USD',
      timezone,
      country: 'FR',
      plan: 'free',
    },
  });
  if (reply.status !== 201) throw new Error(`POST /api/organizations: ${reply.status} ${reply.text}`);
  return reply.body;
}

let events = 0;

/** A model call of `org`, priced at a sub-cent amount, on 2025-01-15 unless told otherwise. */
export function usage(
  org: string,
  extra: Partial<CreateSpendLedgerRecordDto> = {},
): CreateSpendLedgerRecordDto {
  return {
    event_id: `usage-${process.pid}-${++events}`,
    org_id: org,
    occurred_at: '2025-01-15T10:00:00.000Z',
    local_day: '2025-01-15',
    source: 'run',
    provider: 'openai',
    model: 'gpt-4o-mini',
    user_id: 'alice',
    input_tokens: 1200,
    output_tokens: 300,
    cached_input_tokens: 200,
    amount: '0.000123456789',
    price_snapshot: { input_per_1m: '0.15', output_per_1m: '0.6' },
    ...extra,
  };
}

export interface Dimensions {
  nodes: (string | undefined)[];
  projects: (string | undefined)[];
  models: string[];
  users: (string | undefined)[];
}

/**
 * `count` events of `org` over the days from `firstDay`, dimensions drawn at random (nulls among
 * them), amounts with twelve fractional digits; the local day is the Paris day of the instant.
 */
export function generated(
  org: string,
  count: number,
  firstDay: string,
  days: number,
  dims: Dimensions,
  random: () => number,
): CreateSpendLedgerRecordDto[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const start = Date.parse(`${firstDay}T00:00:00Z`);
  const paris = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', dateStyle: 'short' });
  return Array.from({ length: count }, () => {
    const at = new Date(start + Math.floor(random() * days * 86_400_000));
    const model = pick(dims.models);
    const source = pick(['run', 'run', 'planner', 'ci'] as const);
    const micros = Math.floor(random() * 10 ** 9);
    return usage(org, {
      occurred_at: at.toISOString(),
      local_day: paris.format(at),
      source,
      node_id: pick(dims.nodes),
      project_id: pick(dims.projects),
      provider: model.startsWith('claude') ? 'anthropic' : 'openai',
      model: source === 'ci' ? undefined : model,
      user_id: pick(dims.users),
      input_tokens: Math.floor(random() * 5000),
      output_tokens: Math.floor(random() * 2000),
      cached_input_tokens: Math.floor(random() * 1000),
      amount: `${Math.floor(random() * 3)}.${String(micros).padStart(9, '0')}${Math.floor(random() * 1000)
        .toString()
        .padStart(3, '0')}`,
    });
  });
}
