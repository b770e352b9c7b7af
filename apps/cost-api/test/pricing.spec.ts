import type {
  AuditLogEntryDto,
  ModelPriceDto,
  ModelPricePageDto,
  Page,
  PriceLookupDto,
  ProblemDto,
} from '@slipway/contracts';
import { PriceCatalogue } from '../src/pricing/price-catalogue';
import { CostHarness, type TestOrg } from './harness';

const T2030 = '2030-01-01T00:00:00.000Z';
const JUST_BEFORE_2030 = '2029-12-31T23:59:59.999Z';
const MID_2030 = '2030-06-01T00:00:00.000Z';

describe('GenAI pricing', () => {
  let cost: CostHarness;
  let a: TestOrg;
  let b: TestOrg;
  const base = (org: TestOrg, provider = 'openai') => `/api/v1/integrations/${org.slug}/${provider}/pricing`;
  const lookup = (org: TestOrg, model: string, at: string) =>
    cost.request<PriceLookupDto & ProblemDto>('GET', `${base(org)}/lookup?model=${model}&at=${at}`, {
      key: org.key,
    });
  const post = (org: TestOrg, body: object, query = '') =>
    cost.request<ModelPriceDto & ProblemDto>('POST', `${base(org)}${query}`, { key: org.key }, { body });
  const registered = async (model: string) =>
    (
      await cost.client.get('/api/available_models', {
        params: { query: { provider: 'openai', model_name: model } },
      })
    ).data.items[0];

  beforeAll(async () => {
    cost = await CostHarness.start();
    [a, b] = [await cost.createOrg(), await cost.createOrg()];
    await cost.app.get(PriceCatalogue).install(false);
  });
  afterAll(async () => {
    await cost.close();
  });

  describe('the shipped catalogue', () => {
    it('is installed once, as global prices, and registered in available_models per 1K', async () => {
      const again = await cost.app.get(PriceCatalogue).install(true);
      expect(again.created).toBe(0);
      expect(again.updated).toBe(0);
      const list = await cost.request<ModelPricePageDto>('GET', `${base(a)}?model=gpt-4o`, { key: a.key });
      expect(list.status).toBe(200);
      expect(list.body.items).toEqual([
        expect.objectContaining({
          scope: 'global',
          input_per_1m: '2.5',
          output_per_1m: '10',
          effective: true,
        }),
      ]);
      expect(await registered('gpt-4o')).toMatchObject({
        input_price_per_1k: '0.0025',
        output_price_per_1k: '0.01',
        cached_input_price_per_1k: '0.00125',
      });
    });

    it('prices a call by the version in force before, at and after a boundary', async () => {
      expect((await lookup(a, 'o3', '2025-06-09T23:59:59.999Z')).body.input_per_1m).toBe('10');
      const at = await lookup(a, 'o3', '2025-06-10T00:00:00.000Z');
      expect(at.body).toMatchObject({ input_per_1m: '2', scope: 'global', at: '2025-06-10T00:00:00.000Z' });
      expect(at.body.id).toEqual(expect.any(String));
      expect((await lookup(a, 'o3', '2026-01-01T00:00:00Z')).body.input_per_1m).toBe('2');
      const before = await lookup(a, 'o3', '2025-04-15T00:00:00Z');
      expect(before.status).toBe(404);
      expect((await lookup(a, 'no-such-model', '2026-01-01T00:00:00Z')).status).toBe(404);
    });
  });

  describe('organization overrides', () => {
    let first: ModelPriceDto;

    it('win while in force; exact amounts survive the round trip', async () => {
      const made = await post(a, {
        model: 'gpt-4o',
        input_per_1m: '0.0000001',
        output_per_1m: '1',
        valid_from: T2030,
      });
      expect(made.status).toBe(201);
      expect(made.headers.etag).toBe(`"${made.body.version}"`);
      first = made.body;
      expect(first).toMatchObject({
        scope: 'org',
        source: 'custom',
        input_per_1m: '0.0000001',
        valid_to: null,
      });
      expect((await lookup(a, 'gpt-4o', JUST_BEFORE_2030)).body).toMatchObject({
        scope: 'global',
        input_per_1m: '2.5',
      });
      expect((await lookup(a, 'gpt-4o', T2030)).body).toMatchObject({
        id: first.id,
        input_per_1m: '0.0000001',
      });
      const listed = await cost.request<ModelPricePageDto>('GET', `${base(a)}?model=gpt-4o&at=${MID_2030}`, {
        key: a.key,
      });
      expect(listed.body.items.map((p) => [p.scope, p.effective])).toEqual([
        ['global', false],
        ['org', true],
      ]);
    });

    it('refuses an overlapping period with 409 naming the row, and supersedes on request', async () => {
      const clash = await post(a, {
        model: 'gpt-4o',
        input_per_1m: '3',
        output_per_1m: '4',
        valid_from: MID_2030,
      });
      expect(clash.status).toBe(409);
      expect(clash.body.detail).toContain(first.id);
      const next = await post(
        a,
        { model: 'gpt-4o', input_per_1m: '3', output_per_1m: '4', valid_from: MID_2030 },
        '?supersede=true',
      );
      expect(next.status).toBe(201);
      expect((await lookup(a, 'gpt-4o', '2030-05-31T23:59:59.999Z')).body.id).toBe(first.id);
      expect((await lookup(a, 'gpt-4o', MID_2030)).body.id).toBe(next.body.id);
      const history = await cost.request<ModelPricePageDto>('GET', `${base(a)}?model=gpt-4o&history=true`, {
        key: a.key,
      });
      expect(history.body.items.map((p) => [p.scope, p.valid_from, p.valid_to])).toEqual([
        ['global', '2024-10-02T00:00:00.000Z', null],
        ['org', T2030, MID_2030],
        ['org', MID_2030, null],
      ]);
    });

    it('changes a period not yet started (If-Match honoured) and deletes it', async () => {
      const made = await post(a, {
        model: 'gpt-4.1',
        input_per_1m: '1',
        output_per_1m: '2',
        valid_from: T2030,
      });
      const url = `${base(a)}/${made.body.id}`;
      const stale = await cost.request(
        'PATCH',
        url,
        { key: a.key },
        { body: { input_per_1m: '1.5' }, headers: { 'if-match': '"99"' } },
      );
      expect(stale.status).toBe(412);
      const changed = await cost.request<ModelPriceDto>(
        'PATCH',
        url,
        { key: a.key },
        {
          body: { input_per_1m: '1.5' },
          headers: { 'if-match': made.headers.etag as string },
        },
      );
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ input_per_1m: '1.5', version: made.body.version + 1 });
      expect((await cost.request('DELETE', url, { key: a.key })).status).toBe(204);
      expect((await cost.request('GET', url, { key: a.key })).status).toBe(404);
    });

    it('keeps a started period as history: only closing it, at now or later', async () => {
      const made = await post(a, {
        model: 'gpt-4o-mini',
        input_per_1m: '0.1',
        output_per_1m: '0.5',
        valid_from: '2026-01-01T00:00:00Z',
      });
      const url = `${base(a)}/${made.body.id}`;
      const repriced = await cost.request<ProblemDto>(
        'PATCH',
        url,
        { key: a.key },
        { body: { input_per_1m: '0.2' } },
      );
      expect(repriced.status).toBe(409);
      expect(repriced.body.detail).toContain('only valid_to may change');
      expect(
        (await cost.request('PATCH', url, { key: a.key }, { body: { valid_to: '2026-02-01T00:00:00Z' } }))
          .status,
      ).toBe(409);
      expect((await cost.request('DELETE', url, { key: a.key })).status).toBe(409);
      const closed = await cost.request<ModelPriceDto>(
        'PATCH',
        url,
        { key: a.key },
        { body: { valid_to: T2030 } },
      );
      expect(closed.status).toBe(200);
      expect(closed.body.valid_to).toBe(T2030);
      expect((await lookup(a, 'gpt-4o-mini', '2026-06-01T00:00:00Z')).body.id).toBe(made.body.id);
    });

    it('keeps an organization’s price its own: the shared registry neither gains nor changes a model', async () => {
      expect(await registered('ft:gpt-4o-mini:acme')).toBeUndefined();
      const before = await registered('gpt-4o');
      for (const model of ['ft:gpt-4o-mini:acme', 'gpt-4o']) {
        const made = await post(b, { model, input_per_1m: '0.0000001', output_per_1m: '1.2' });
        expect(made.status).toBe(201);
      }
      expect(await registered('ft:gpt-4o-mini:acme')).toBeUndefined();
      expect(await registered('gpt-4o')).toEqual(before);
    });

    it('writes every change to the audit log', async () => {
      const audit = await cost.request<Page<AuditLogEntryDto>>(
        'GET',
        `/api/v1/organizations/${a.slug}/audit-logs?target_type=model_price&limit=100`,
        { key: a.key },
      );
      const actions = audit.body.items.map((entry) => entry.action);
      for (const action of [
        'model_price.create',
        'model_price.close',
        'model_price.update',
        'model_price.delete',
      ]) {
        expect(actions).toContain(action);
      }
    });
  });

  describe('refusals', () => {
    it('shows org B nothing of org A', async () => {
      const own = await post(a, { model: 'gpt-5', input_per_1m: '9', output_per_1m: '9', valid_from: T2030 });
      expect((await cost.request('GET', `${base(b)}/${own.body.id}`, { key: b.key })).status).toBe(404);
      expect((await cost.request('GET', base(a), { key: b.key })).status).toBe(404);
      expect((await cost.request('GET', `${base(a)}/not-a-uuid`, { key: a.key })).status).toBe(404);
      expect((await lookup(b, 'gpt-5', MID_2030)).body).toMatchObject({
        scope: 'global',
        input_per_1m: '1.25',
      });
    });

    it('answers 401 without a key, 403 to a viewer writing and to global rows, 422 to bad input', async () => {
      expect((await cost.request('GET', base(a), { anonymous: true })).status).toBe(401);
      const viewer = await cost.createKey(a.id, 'viewer');
      expect((await cost.request('GET', base(a), { key: viewer })).status).toBe(200);
      const body = { model: 'x', input_per_1m: '1', output_per_1m: '1' };
      expect((await cost.request('POST', base(a), { key: viewer }, { body })).status).toBe(403);
      const global = (await lookup(a, 'gpt-4.1-nano', MID_2030)).body;
      expect(
        (
          await cost.request(
            'PATCH',
            `${base(a)}/${global.id}`,
            { key: a.key },
            { body: { valid_to: T2030 } },
          )
        ).status,
      ).toBe(403);
      for (const bad of [
        { ...body, input_per_1m: '0.00000001' },
        { ...body, output_per_1m: '-1' },
        { ...body, valid_from: T2030, valid_to: '2029-01-01T00:00:00Z' },
        { input_per_1m: '1', output_per_1m: '1' },
      ]) {
        expect((await cost.request('POST', base(a), { key: a.key }, { body: bad })).status).toBe(422);
      }
      expect((await cost.request('GET', `${base(a)}?colour=blue`, { key: a.key })).status).toBe(422);
      expect((await cost.request('GET', `${base(a, 'Open AI')}`, { key: a.key })).status).toBe(422);
    });
  });
});
