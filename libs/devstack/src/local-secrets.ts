import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A secret `npm start` makes once for a local suite and keeps under `.data/`, readable by its owner only. */
export interface LocalSecretSpec {
  /** The file under the data directory. */
  file: string;
  /** What it is, as `npm start` names it. */
  what: string;
  make(): string;
}

/** The secrets services name in `localSecrets` (services.ts), by the variable that carries each. */
export const LOCAL_SECRETS = {
  COST_ROOT_API_KEY: {
    file: 'cost-root-api-key',
    what: "cost-api's root key (X-API-Key for /api/v1/admin/* and every organization)",
    make: () => `slwroot_${randomBytes(32).toString('base64url')}`,
  },
  CREDENTIALS_ENCRYPTION_KEY: {
    file: 'credentials-encryption-key',
    what: 'the key cost-api encrypts stored provider credentials under (keep it: they are unreadable without it)',
    // kid:base64-of-32-bytes; to rotate, put a new key first (new:…,local:…) and re-encrypt.
    make: () => `local:${randomBytes(32).toString('base64')}`,
  },
} satisfies Record<string, LocalSecretSpec>;

export type LocalSecretVariable = keyof typeof LOCAL_SECRETS;

/** A secret's value and where it came from: the environment, or a file under the data directory. */
export type LocalSecret =
  | { variable: LocalSecretVariable; value: string; source: 'environment' }
  | { variable: LocalSecretVariable; value: string; source: 'file'; file: string; created: boolean };

/**
 * Each secret of `variables`: the environment's value when it sets one (nothing written), else the
 * one kept in `<dataDir>/<file>`, made on first use. The file is mode 0600 even when an older one
 * was not, and is never replaced: a new encryption key would strand every credential stored.
 */
export async function ensureLocalSecrets(
  dataDir: string,
  variables: readonly LocalSecretVariable[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<LocalSecret[]> {
  const secrets: LocalSecret[] = [];
  for (const variable of new Set(variables)) {
    const fromEnvironment = env[variable];
    if (fromEnvironment) {
      secrets.push({ variable, value: fromEnvironment, source: 'environment' });
      continue;
    }
    const spec: LocalSecretSpec = LOCAL_SECRETS[variable];
    const file = join(dataDir, spec.file);
    const kept = await readFile(file, 'utf8').then(
      (text) => text.trim(),
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return '';
        throw error;
      },
    );
    const value = kept || spec.make();
    if (!kept) {
      await mkdir(dataDir, { recursive: true });
      await writeFile(file, `${value}\n`, { mode: 0o600 });
    }
    await chmod(file, 0o600); // an existing file keeps its mode otherwise
    secrets.push({ variable, value, source: 'file', file, created: !kept });
  }
  return secrets;
}
