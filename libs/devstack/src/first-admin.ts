import { DataApiClient, DataApiConflictError } from '@slipway/data-client';
import { existsSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
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
    const admin = await client
      .post('/api/users', { body: { username: 'admin', role: 'admin', is_active: true } })
      // The name may be a member's already: the admin is made without one.
      .catch((error: unknown) => {
        if (!(error instanceof DataApiConflictError)) throw error;
        return client.post('/api/users', { body: { role: 'admin', is_active: true } });
      })
      .then((answer) => answer.data);
    const { data: key } = await client.post('/api/api_keys', {
      body: { name: 'first admin (npm start)', owner_id: admin.id, scopes: ['admin'] },
    });
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, `${key.key}\n`, { mode: 0o600 });
    await chmod(file, 0o600); // a file left from an earlier registry keeps its mode otherwise
    return { created: true, key: key.key, file };
  } finally {
    await client.close();
  }
}
