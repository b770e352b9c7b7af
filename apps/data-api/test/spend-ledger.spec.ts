import type { Page, SpendLedgerBulkResultDto, SpendLedgerRecordDto } from '@slipway/contracts';
import { Client } from 'pg';
import { asAdmin, asMember, type Caller, DataApiHarness } from './support/harness';
import { expectProblem } from './support/problem';
import { createOrg, usage } from './support/spend';

const SOME_ID = '00000000-0000-4000-8000-000000000000';

describe('spend ledger: each event once, its daily rollup in the same transaction', () => {
  let api: DataApiHarness;
  let db: Client;

  beforeAll(async () => {
    api = await DataApiHarness.start();
    db = new Client({ connectionString: api.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  /** The organization's ledger and rollups summed directly, to compare with what the API wrote. */
  async function sums(org: string) {
    const sql = (table: string, events: string) =>
      `SELECT coalesce(sum(amount), 0)::text AS amount, coalesce(sum(input_tokens), 0)::int AS input_tokens, ${events}::int AS events FROM ${table} WHERE org_id = $1`;
    const [ledger] = (await db.query(sql('spend_ledger', 'count(*)'), [org])).rows;
    const [rollups] = (await db.query(sql('spend_rollups_daily', 'coalesce(sum(events), 0)'), [org])).rows;
    return { ledger: ledger as Record<string, unknown>, rollups: rollups as Record<string, unknown> };
  }

  it('records a row exactly, with its defaults, and adds it to its daily rollup', async () => {
    const org = await createOrg(api);
    const reply = await api.request<SpendLedgerRecordDto>('POST', '/api/spend_ledger', {
      body: usage(org.id, { amount: '0.000123456789', currency: undefined, cached_input_tokens: undefined }),
    });
    expect(reply.status).toBe(201);
    expect(reply.headers.etag).toBe('"1"');
    expect(reply.headers['idempotent-replayed']).toBeUndefined();
    expect(reply.body).toMatchObject({
      org_id: org.id,
      occurred_at: '2025-01-15T10:00:00.000Z',
      local_day: '2025-01-15',
      source: 'run',
      amount: '0.000123456789',
      currency: 'USD',
      cached_input_tokens: 0,
      node_id: null,
      quantity: null,
      adjusts_id: null,
      price_snapshot: { input_per_1m: '0.15', output_per_1m: '0.6' },
    });
    const { rows } = await db.query(
      'SELECT local_day::text, node_id, model, user_id, amount::text, input_tokens::int, events FROM spend_rollups_daily WHERE org_id = $1',
      [org.id],
    );
    expect(rows).toEqual([
      {
        local_day: '2025-01-15',
        node_id: null,
        model: 'gpt-4o-mini',
        user_id: 'alice',
        amount: '0.000123456789',
        input_tokens: 1200,
        events: 1,
      },
    ]);
    const got = await api.request<SpendLedgerRecordDto>('GET', `/api/spend_ledger/${reply.body.id}`);
    expect(got.body).toEqual(reply.body);
  });

  it('counts an event sent twice once: the second answer is the first row, 200, ledger and rollup unchanged', async () => {
    const org = await createOrg(api);
    const event = usage(org.id);
    const first = await api.request<SpendLedgerRecordDto>('POST', '/api/spend_ledger', { body: event });
    const before = await sums(org.id);
    const again = await api.request<SpendLedgerRecordDto>('POST', '/api/spend_ledger', {
      body: { ...event, amount: '99' },
    });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await sums(org.id)).toEqual(before);
    expect(before.ledger).toEqual({ amount: '0.000123456789', input_tokens: 1200, events: 1 });
    expect(before.rollups).toEqual(before.ledger);
  });

  it('takes bulk events: repeats inside a call and across calls are duplicates, counted once', async () => {
    const org = await createOrg(api);
    const [a, b, c] = [
      usage(org.id),
      usage(org.id, { model: 'gpt-4o' }),
      usage(org.id, { user_id: undefined }),
    ];
    const first = await api.request<SpendLedgerBulkResultDto>('POST', '/api/spend_ledger/bulk', {
      body: [a, b, { ...a, amount: '5' }],
    });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ inserted: 2, duplicates: [a.event_id] });
    const second = await api.request<SpendLedgerBulkResultDto>('POST', '/api/spend_ledger/bulk', {
      body: [b, c, c],
    });
    expect(second.body).toEqual({ inserted: 1, duplicates: [b.event_id, c.event_id] });
    const { ledger, rollups } = await sums(org.id);
    expect(ledger).toEqual({ amount: '0.000370370367', input_tokens: 3600, events: 3 });
    expect(rollups).toEqual(ledger);
    const kept = await api.request<Page<SpendLedgerRecordDto>>(
      'GET',
      `/api/spend_ledger?org_id=${org.id}&event_id=${a.event_id}`,
    );
    expect(kept.body.items.map((row) => row.amount)).toEqual(['0.000123456789']);
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM spend_rollups_daily WHERE org_id = $1 AND user_id IS NULL',
      [org.id],
    );
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('counts events sent by concurrent callers once, without deadlock, rollups equal to the ledger', async () => {
    const org = await createOrg(api);
    const shared = Array.from({ length: 300 }, (_, i) => usage(org.id, { user_id: `user-${i % 7}` }));
    const calls = [0, 1, 2, 3].map((n) => {
      const own = Array.from({ length: 50 }, () => usage(org.id, { model: `model-${n}` }));
      const order = n % 2 === 0 ? shared : [...shared].reverse();
      return api.request<SpendLedgerBulkResultDto>('POST', '/api/spend_ledger/bulk', {
        body: [...order, ...own],
      });
    });
    const replies = await Promise.all(calls);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(replies.reduce((n, r) => n + r.body.inserted, 0)).toBe(300 + 4 * 50);
    const { ledger, rollups } = await sums(org.id);
    expect(ledger).toMatchObject({ events: 500, input_tokens: 500 * 1200 });
    expect(rollups).toEqual(ledger);
  });

  it('takes 5000 events in one call (over the app’s 1 MiB body limit), not 5001', async () => {
    const org = await createOrg(api);
    const many = Array.from({ length: 5000 }, () => usage(org.id));
    const reply = await api.request<SpendLedgerBulkResultDto>('POST', '/api/spend_ledger/bulk', {
      body: many,
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ inserted: 5000, duplicates: [] });
    expect((await sums(org.id)).rollups).toMatchObject({ events: 5000, amount: '0.617283945000' });
    expectProblem(
      await api.request('POST', '/api/spend_ledger/bulk', { body: [...many, usage(org.id)] }),
      422,
      'validation_failed',
      'body',
    );
  });

  it('still answers 413 past the bulk route’s own body limit of 16 MiB, and past 1 MiB elsewhere', async () => {
    const padding = 'x'.repeat(16 * 1024 * 1024);
    const bulk = await api.request('POST', '/api/spend_ledger/bulk', { body: [{ event_id: padding }] });
    expectProblem(bulk, 413, 'payload_too_large');
    const single = await api.request('POST', '/api/spend_ledger', {
      body: { event_id: padding.slice(0, 1024 * 1024) },
    });
    expectProblem(single, 413, 'payload_too_large');
  });

  it('refuses a whole bulk call for one bad row, naming it, and inserts nothing', async () => {
    const org = await createOrg(api);
    const good = usage(org.id);
    const reply = await api.request('POST', '/api/spend_ledger/bulk', {
      body: [good, usage(org.id, { amount: '-1' })],
    });
    expectProblem(reply, 422, 'validation_failed', '[1].amount');
    const unknownOrg = await api.request('POST', '/api/spend_ledger/bulk', {
      body: [good, usage(SOME_ID)],
    });
    expectProblem(unknownOrg, 422, 'validation_failed', 'org_id');
    expect((await sums(org.id)).ledger).toMatchObject({ events: 0 });
  });

  it('lets only adjustments be negative or correct a row, which must exist', async () => {
    const org = await createOrg(api);
    const charged = await api.request<SpendLedgerRecordDto>('POST', '/api/spend_ledger', {
      body: usage(org.id, { amount: '1.5' }),
    });
    const refused = await api.request('POST', '/api/spend_ledger', {
      body: usage(org.id, { amount: '-0.5', quantity: '-3', adjusts_id: charged.body.id }),
    });
    const problem = expectProblem(refused, 422, 'validation_failed');
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['adjusts_id', 'amount', 'quantity']);
    const correction = await api.request<SpendLedgerRecordDto>('POST', '/api/spend_ledger', {
      body: usage(org.id, { source: 'adjustment', amount: '-0.5', adjusts_id: charged.body.id }),
    });
    expect(correction.status).toBe(201);
    expect(correction.body).toMatchObject({ amount: '-0.5', adjusts_id: charged.body.id });
    expectProblem(
      await api.request('POST', '/api/spend_ledger', {
        body: usage(org.id, { source: 'adjustment', amount: '-0.5', adjusts_id: SOME_ID }),
      }),
      422,
      'validation_failed',
      'adjusts_id',
    );
    // The correction changes the amount; the events are still the one charged call.
    expect((await sums(org.id)).rollups).toMatchObject({ amount: '1.000000000000', events: 1 });
    const adjustments = await api.request<Page<SpendLedgerRecordDto>>(
      'GET',
      `/api/spend_ledger?adjusts_id=${charged.body.id}`,
    );
    expect(adjustments.body.items.map((row) => row.id)).toEqual([correction.body.id]);
  });

  it('never changes or deletes a row (405), and lists rows by filter, paged', async () => {
    const org = await createOrg(api);
    const run = '5b0f6a4e-2f7c-4d1a-9d3e-7c1e0a9b8f99';
    const rows = await Promise.all(
      ['2025-01-15T08:00:00Z', '2025-01-15T09:00:00Z', '2025-01-15T10:00:00Z'].map(async (at, i) => {
        const reply = await api.request<SpendLedgerRecordDto>('POST', '/api/spend_ledger', {
          body: usage(org.id, {
            occurred_at: at,
            source: i === 2 ? 'ci' : 'run',
            run_id: i === 0 ? run : undefined,
          }),
        });
        return reply.body;
      }),
    );
    expectProblem(
      await api.request('PATCH', `/api/spend_ledger/${rows[0].id}`, { body: {} }),
      405,
      'method_not_allowed',
    );
    expectProblem(await api.request('DELETE', `/api/spend_ledger/${rows[0].id}`), 405, 'method_not_allowed');
    const ids = async (query: string) =>
      (
        await api.request<Page<SpendLedgerRecordDto>>('GET', `/api/spend_ledger?org_id=${org.id}&${query}`)
      ).body.items.map((row) => row.id);
    expect(await ids('sort=occurred_at')).toEqual(rows.map((row) => row.id));
    expect(await ids('source=ci')).toEqual([rows[2].id]);
    expect(await ids(`run_id=${run}`)).toEqual([rows[0].id]);
    expect(await ids('occurred_after=2025-01-15T08:00:00Z&occurred_before=2025-01-15T10:00:00Z')).toEqual([
      rows[1].id,
    ]);
    const page = await api.request<Page<SpendLedgerRecordDto>>(
      'GET',
      `/api/spend_ledger?org_id=${org.id}&sort=-occurred_at&limit=2&count=true`,
    );
    expect(page.body.items.map((row) => row.id)).toEqual([rows[2].id, rows[1].id]);
    expect(page.body.total).toBe(3);
    const rest = await api.request<Page<SpendLedgerRecordDto>>(
      'GET',
      `/api/spend_ledger?org_id=${org.id}&sort=-occurred_at&limit=2&cursor=${page.body.next_cursor}`,
    );
    expect(rest.body.items.map((row) => row.id)).toEqual([rows[0].id]);
    expectProblem(await api.request('GET', '/api/spend_ledger?model=x'), 422, 'validation_failed', 'model');
  });

  it.each([asAdmin, asMember])('refuses users, admins too, on every spend route (%o)', async (as: Caller) => {
    const org = await createOrg(api);
    const days = `org_id=${org.id}&from_day=2025-01-01&to_day=2025-01-31`;
    const routes = [
      api.request('GET', '/api/spend_ledger', { as }),
      api.request('GET', `/api/spend_ledger/${SOME_ID}`, { as }),
      api.request('POST', '/api/spend_ledger', { as, body: usage(org.id) }),
      api.request('POST', '/api/spend_ledger/bulk', { as, body: [usage(org.id)] }),
      api.request('PATCH', `/api/spend_ledger/${SOME_ID}`, { as, body: {} }),
      api.request('DELETE', `/api/spend_ledger/${SOME_ID}`, { as }),
      api.request(
        'GET',
        `/api/spend_ledger/trend?org_id=${org.id}&from=2025-01-01T00:00:00Z&to=2025-01-02T00:00:00Z`,
        {
          as,
        },
      ),
      api.request('GET', `/api/spend_rollups/aggregate?${days}`, { as }),
      api.request('GET', `/api/spend_rollups/trend?${days}`, { as }),
    ];
    for (const reply of await Promise.all(routes)) expectProblem(reply, 403, 'forbidden');
    expect((await sums(org.id)).ledger).toMatchObject({ events: 0 });
  });

  it('keeps the spend routes out of the gateway’s document', async () => {
    const reply = await api.request<{ paths: Record<string, Record<string, Record<string, unknown>>> }>(
      'GET',
      '/openapi.json',
      { as: 'anonymous' },
    );
    const operations = Object.entries(reply.body.paths)
      .filter(([path]) => /^\/api\/spend_(ledger|rollups)/.test(path))
      .flatMap(([, methods]) => Object.values(methods));
    expect(operations).toHaveLength(7);
    for (const operation of operations) expect(operation['x-slipway-service-only']).toBe(true);
  });
});
