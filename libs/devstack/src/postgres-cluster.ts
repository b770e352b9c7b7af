import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { runAs, type EmbeddedPostgresPlacement, type ServerAccount } from './postgres-placement';

/** initdb and postgres of a placed embedded PostgreSQL, run as its account. */

export interface RunningCluster {
  stop(): Promise<void>;
}

/** Server messages in English whatever the locale, so readiness can be read from the log. */
const env = () => ({ ...process.env, LC_MESSAGES: 'C' });
const READY = 'database system is ready to accept connections';

type Exit = { code: number | null; signal: NodeJS.Signals | null };

/** Resolves when `child` exits; rejects when it could not be started. */
function exitOf(child: ChildProcess): Promise<Exit> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

/** Passes each line `child` writes to `onLine`; returns its last lines, for error messages. */
function readLines(child: ChildProcess, onLine: (line: string) => void): () => string {
  const recent: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream?.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        recent.push(line);
        if (recent.length > 20) recent.shift();
        onLine(line);
      }
    });
  }
  return () => recent.join('\n');
}

/** Writes a new file only `account` (the current user when undefined) may read. */
async function writePrivately(
  path: string,
  content: string,
  account: ServerAccount | undefined,
): Promise<void> {
  const file = await open(path, 'wx', 0o600);
  try {
    if (account !== undefined) await file.chown(account.uid, account.gid);
    await file.writeFile(content);
  } finally {
    await file.close();
  }
}

/** Creates the cluster in the placement's data directory, `user` logging in with `password`. */
export async function initialiseCluster(
  placement: EmbeddedPostgresPlacement,
  user: string,
  password: string,
  log: (line: string) => void,
): Promise<void> {
  const { account, binaries, dataDir } = placement;
  // Next to the data directory, which the server's account can reach, and readable by that account only.
  const passwordFile = join(
    dirname(dataDir),
    `.${basename(dataDir)}.password-${randomBytes(6).toString('hex')}`,
  );
  try {
    await writePrivately(passwordFile, `${password}\n`, account);
    const child = spawn(
      join(binaries, 'bin', 'initdb'),
      [
        `--pgdata=${dataDir}`,
        '--auth=password',
        `--username=${user}`,
        `--pwfile=${passwordFile}`,
        '--lc-messages=C',
      ],
      { ...runAs(account, dirname(dataDir)), env: env(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const output = readLines(child, log);
    const { code, signal } = await exitOf(child);
    if (code !== 0) throw new Error(`initdb failed (${code ?? signal}):\n${output()}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** Starts the server on `port`; resolves once it accepts connections. */
export async function startCluster(
  placement: EmbeddedPostgresPlacement,
  port: number,
  log: (line: string) => void,
): Promise<RunningCluster> {
  const { account, binaries, dataDir } = placement;
  const child = spawn(join(binaries, 'bin', 'postgres'), ['-D', dataDir, '-p', String(port)], {
    ...runAs(account, dataDir),
    env: env(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = exitOf(child);
  // A server left running would hold the port and data directory after we are gone.
  const stopWithUs = () => void child.kill('SIGINT');
  process.once('exit', stopWithUs);
  try {
    await new Promise<void>((resolve, reject) => {
      const output = readLines(child, (line) => {
        log(line);
        if (line.includes(READY)) resolve();
      });
      exited.then(
        ({ code, signal }) =>
          reject(new Error(`postgres exited (${code ?? signal}) before accepting connections:\n${output()}`)),
        reject,
      );
    });
  } catch (error) {
    process.off('exit', stopWithUs);
    throw error;
  }
  return {
    stop: async () => {
      process.off('exit', stopWithUs);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}
