import { DataApiClient } from '@slipway/data-client';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the first admin's key is written, readable by its owner only. */
export const ADMIN_KEY_FILE = 'admin-api-key';

export type FirstAdmin =
  { created: true; key: string; file: string } | { created: false; file: string | undefined };

/**
 * On a registry without any admin, creates one (`admin`, no Telegram id) and an API key of theirs,
 * written to `<dataDir>/admin-api-key` (mode 0600). Does nothing when an admin exists.
 */
export async function ensureFirstAdmin(
  dataApiUrl: string,
  serviceToken: string,
  dataDir: string,
): Promise<FirstAdmin> {
  const file = join(dataDir, ADMIN_KEY_FILE);
  const client = new DataApiClient({ baseUrl: dataApiUrl, serviceToken });
  try {
    const admins = await client.get('/api/users', { params: { query: { role: ['admin'], limit: 1 } } });
    if (admins.data.items.length > 0) return { created: false, file: existsSync(file) ? file : undefined };
    const { data: admin } = await client.post('/api/users', {
      body: { username: 'admin', role: 'admin', is_active: true },
    });
    const { data: key } = await client.post('/api/api_keys', {
      body: { name: 'first admin (npm start)', owner_id: admin.id, scopes: ['admin'] },
    });
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, `${key.key}\n`, { mode: 0o600 });
    return { created: true, key: key.key, file };
  } finally {
    await client.close();
  }
}
