import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureLocalSecrets, LOCAL_SECRETS } from './local-secrets';
import { localUrl, SERVICES } from './services';

const VARIABLES = ['COST_ROOT_API_KEY', 'CREDENTIALS_ENCRYPTION_KEY'] as const;

describe('the local secrets npm start keeps under .data/', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'slipway-local-secrets-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('makes each once, in a file only its owner reads, in the form cost-api accepts', async () => {
    const first = await ensureLocalSecrets(dir, [...VARIABLES, 'COST_ROOT_API_KEY'], {});
    expect(first.map((secret) => [secret.variable, secret.source])).toEqual([
      ['COST_ROOT_API_KEY', 'file'],
      ['CREDENTIALS_ENCRYPTION_KEY', 'file'],
    ]);
    for (const secret of first) {
      if (secret.source !== 'file') throw new Error('not kept in a file');
      expect(secret.created).toBe(true);
      expect(secret.file).toBe(join(dir, LOCAL_SECRETS[secret.variable].file));
      expect(await readFile(secret.file, 'utf8')).toBe(`${secret.value}\n`);
      expect((await stat(secret.file)).mode & 0o777).toBe(0o600);
    }
    const [root, credentials] = first.map((secret) => secret.value);
    // COST_ROOT_API_KEY: 32+ characters; CREDENTIALS_ENCRYPTION_KEY: kid:base64 of 32 bytes.
    expect(root).toMatch(/^slwroot_[A-Za-z0-9_-]{43}$/);
    const [kid, key] = credentials.split(':');
    expect(kid).toBe('local');
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    expect(Buffer.from(key, 'base64').toString('base64')).toBe(key);

    const again = await ensureLocalSecrets(dir, VARIABLES, {});
    expect(again.map((secret) => secret.value)).toEqual([root, credentials]);
    expect(again.every((secret) => secret.source === 'file' && !secret.created)).toBe(true);
  });

  it('keeps what a file holds (a rotated key list too) and makes it 0600 whatever its mode was', async () => {
    const file = join(dir, LOCAL_SECRETS.CREDENTIALS_ENCRYPTION_KEY.file);
    await writeFile(file, 'k2:bmV3LWtleS1uZXctbmV3LWtleS1uZXctbmV3LWtleS0=,local:b2xk\n', { mode: 0o644 });
    const [secret] = await ensureLocalSecrets(dir, ['CREDENTIALS_ENCRYPTION_KEY'], {});
    expect(secret).toEqual({
      variable: 'CREDENTIALS_ENCRYPTION_KEY',
      value: 'k2:bmV3LWtleS1uZXctbmV3LWtleS1uZXctbmV3LWtleS0=,local:b2xk',
      source: 'file',
      file,
      created: false,
    });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('takes the environment’s value when it sets one, and writes nothing', async () => {
    const secrets = await ensureLocalSecrets(dir, VARIABLES, { COST_ROOT_API_KEY: 'from-the-environment' });
    expect(secrets[0]).toEqual({
      variable: 'COST_ROOT_API_KEY',
      value: 'from-the-environment',
      source: 'environment',
    });
    await expect(stat(join(dir, LOCAL_SECRETS.COST_ROOT_API_KEY.file))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(secrets[1].source).toBe('file');
  });
});

describe('the services npm start runs', () => {
  const names = SERVICES.map((service) => service.name);

  it('starts cost-api on 3004 after data-api, before the services it admits, the gateway last', () => {
    const costApi = SERVICES.find((service) => service.name === 'cost-api');
    expect(costApi).toMatchObject({ main: 'dist/apps/cost-api/main.js', port: 3004 });
    expect(costApi?.localSecrets).toEqual(['COST_ROOT_API_KEY', 'CREDENTIALS_ENCRYPTION_KEY']);
    const at = (name: string) => names.indexOf(name);
    expect(at('data-api')).toBeLessThan(at('cost-api'));
    for (const client of ['ci-jobs', 'ci-runner', 'orchestrator-runs', 'agent-worker'])
      expect(at('cost-api')).toBeLessThan(at(client));
    expect(names.at(-1)).toBe('gateway');
  });

  it('starts the cost-worker on 9103 after cost-api, on data-api, unsealing with cost-api’s key', () => {
    const worker = SERVICES.find((service) => service.name === 'cost-worker');
    expect(worker).toMatchObject({
      main: 'dist/apps/cost-api/worker.js',
      port: 9103,
      upstreams: { DATA_API_URL: 'data-api' },
      localSecrets: ['CREDENTIALS_ENCRYPTION_KEY'],
    });
    expect(names.indexOf('cost-api')).toBeLessThan(names.indexOf('cost-worker'));
  });

  it('lets the local cost-api and cost-worker notify local receivers (http://, private addresses), nothing else', () => {
    for (const service of SERVICES) {
      const expected = ['cost-api', 'cost-worker'].includes(service.name)
        ? { NOTIFY_ALLOW_HTTP: 'true', NOTIFY_ALLOW_PRIVATE_TARGETS: 'true' }
        : undefined;
      expect([service.name, service.localDefaults]).toEqual([service.name, expected]);
    }
  });

  it('points the gateway and the services that call cost-api at it, and every upstream at a service of the list', () => {
    const upstreamOf = (name: string) => SERVICES.find((service) => service.name === name)?.upstreams;
    for (const client of ['gateway', 'ci-jobs', 'ci-runner', 'orchestrator-runs', 'agent-worker'])
      expect(upstreamOf(client)).toMatchObject({ COST_API_URL: 'cost-api' });
    expect(upstreamOf('cost-api')).toEqual({
      DATA_API_URL: 'data-api',
      ORCHESTRATOR_URL: 'orchestrator-runs',
    });
    for (const service of SERVICES)
      for (const upstream of Object.values(service.upstreams ?? {})) expect(names).toContain(upstream);
    expect(localUrl('cost-api')).toBe('http://127.0.0.1:3004');
    expect(() => localUrl('billing')).toThrow(/no service billing/);
  });
});
