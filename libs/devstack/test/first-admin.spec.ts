import { startDataApi, type DataApiFixture } from '@slipway/testing';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_KEY_FILE, ensureFirstAdmin } from '../src/first-admin';

jest.setTimeout(60_000);

describe('the first admin npm start makes', () => {
  let dataApi: DataApiFixture;
  let dir: string;

  beforeAll(async () => {
    dataApi = await startDataApi();
    dir = await mkdtemp(join(tmpdir(), 'slipway-first-admin-'));
    // A registry without an admin, and a member already called "admin".
    await dataApi.client.patch('/api/users/{id}', {
      params: { path: { id: dataApi.users.admin.id } },
      body: { role: 'member', username: 'admin' },
    });
  });
  afterAll(async () => {
    await dataApi?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('makes an admin and their key once, in a file only its owner reads, whatever was there', async () => {
    await writeFile(join(dir, ADMIN_KEY_FILE), 'stale\n', { mode: 0o644 });
    const first = await ensureFirstAdmin(dataApi.url, dataApi.serviceToken, dir);
    if (!first.created) throw new Error('no admin was made');
    expect(first.key).toMatch(/^slw_/);
    expect(await readFile(first.file, 'utf8')).toBe(`${first.key}\n`);
    expect((await stat(first.file)).mode & 0o777).toBe(0o600);
    const verified = await dataApi.client.post('/api/api_keys/verify', { body: { key: first.key } });
    expect(verified.data).toMatchObject({ role: 'admin', scopes: ['admin'] });

    const again = await ensureFirstAdmin(dataApi.url, dataApi.serviceToken, dir);
    expect(again).toEqual({ created: false, file: first.file });
  });
});
