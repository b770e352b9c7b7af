import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startProviderStandIn, STAND_IN_PROVIDERS, type ProviderStandIn } from '../../test/provider-stand-in';
import { readCredentialFields, type CredentialParts } from './credential-fields';
import { ProviderCheck } from './provider-check';
import { parseProviderBaseUrls } from './provider-request';
import { PROVIDER_IDS, PROVIDERS, type ProviderId } from './providers';

function partsOf(provider: ProviderId, body: Record<string, string>): CredentialParts {
  const read = readCredentialFields(PROVIDERS[provider], body);
  if ('errors' in read) throw new Error(JSON.stringify(read.errors));
  return read.parts;
}

/** A port nothing listens on: bound, noted and released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('ProviderCheck against the providers’ stand-in', () => {
  let standIn: ProviderStandIn;
  let check: ProviderCheck;

  beforeAll(async () => {
    standIn = await startProviderStandIn();
    check = new ProviderCheck({ timeoutMs: 2000, baseUrls: parseProviderBaseUrls(standIn.baseUrlsEnv) });
  });
  afterAll(async () => {
    await check.close();
    await standIn.close();
  });

  it('covers every provider of the catalogue', () => {
    expect([...STAND_IN_PROVIDERS].sort()).toEqual([...PROVIDER_IDS].sort());
  });

  it.each(PROVIDER_IDS)('%s: the good credential is valid, any other rejected', async (provider) => {
    const good = standIn.good[provider];
    await expect(check.check(PROVIDERS[provider], partsOf(provider, good))).resolves.toEqual({
      status: 'valid',
      reason: null,
    });
    const spec = PROVIDERS[provider];
    for (const field of spec.fields.filter((f) => f.kind === 'secret' && f.required)) {
      const wrong = { ...good, [field.name]: `${good[field.name] ?? ''}x` };
      await expect(check.check(spec, partsOf(provider, wrong))).resolves.toEqual({
        status: 'invalid',
        reason: 'rejected by provider (401)',
      });
    }
  });

  it('never puts a secret in a URL', () => {
    const secrets = STAND_IN_PROVIDERS.flatMap((p) =>
      PROVIDERS[p].fields.filter((f) => f.kind === 'secret').map((f) => standIn.good[p][f.name] ?? ''),
    ).filter(Boolean);
    expect(standIn.seen.length).toBeGreaterThan(PROVIDER_IDS.length);
    for (const seen of standIn.seen) for (const secret of secrets) expect(seen.url).not.toContain(secret);
  });

  it('says a closed port is unreachable, not a rejection', async () => {
    const port = await closedPort();
    const closed = new ProviderCheck({ timeoutMs: 2000, baseUrls: { openai: `http://127.0.0.1:${port}` } });
    const outcome = await closed.check(PROVIDERS.openai, partsOf('openai', standIn.good.openai));
    await closed.close();
    expect(outcome.status).toBe('invalid');
    expect(outcome.reason).toMatch(/^unreachable: .*ECONNREFUSED/);
    expect(outcome.reason).not.toContain(standIn.good.openai.api_key);
  });

  it('gives up after the timeout and says so', async () => {
    const slow = new ProviderCheck({ timeoutMs: 300, baseUrls: { openai: `${standIn.url}/hang` } });
    const started = Date.now();
    const outcome = await slow.check(PROVIDERS.openai, partsOf('openai', standIn.good.openai));
    await slow.close();
    expect(outcome).toEqual({ status: 'invalid', reason: 'unreachable: no answer within 300 ms' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('names a wrong base URL by its 404', async () => {
    const lost = new ProviderCheck({ timeoutMs: 2000, baseUrls: { openai: `${standIn.url}/nowhere` } });
    const outcome = await lost.check(PROVIDERS.openai, partsOf('openai', standIn.good.openai));
    await lost.close();
    expect(outcome.reason).toBe('check endpoint not found (404): is the base URL right?');
  });
});
