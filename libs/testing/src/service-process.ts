import { freePort, waitFor } from '@slipway/devstack';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** The workspace root, where `dist/` holds the built processes. */
export const WORKSPACE_ROOT = join(__dirname, '../../..');

/** The built entry points of the suite's processes. */
export const BUILT = {
  dataApi: 'dist/apps/data-api/main.js',
  orchestratorRuns: 'dist/apps/orchestrator-runs/main.js',
  agentWorker: 'dist/apps/orchestrator-runs/worker.js',
  ciJobs: 'dist/apps/ci-jobs/main.js',
  ciRunner: 'dist/apps/ci-jobs/runner.js',
  gateway: 'dist/apps/gateway/main.js',
  costApi: 'dist/apps/cost-api/main.js',
  costWorker: 'dist/apps/cost-api/worker.js',
} as const;

/** How long a process may take to stop before it is killed. */
const STOP_GRACE_MS = 10_000;

export interface ServiceProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Its stdout as parsed JSON log lines (lines that are not JSON are left out). */
  logLines(): Record<string, unknown>[];
  /** Signals it (SIGTERM by default) and waits for it to exit; SIGKILL if it takes over 10 s. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts a built process of the suite on a free port (or `options.port`, one a peer started
 * earlier was already told) with only the environment given (plus PATH and HOME), JSON logs
 * captured, and waits until its /ready answers 200.
 */
export async function startServiceProcess(
  main: string,
  env: Record<string, string>,
  options: { readyTimeoutMs?: number; port?: number } = {},
): Promise<ServiceProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, [join(WORKSPACE_ROOT, main)], {
    cwd: WORKSPACE_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_FORMAT: 'json',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const running: ServiceProcess = {
    url,
    port,
    child,
    output: () => out,
    logLines: () =>
      stdout.split('\n').flatMap((line) => {
        if (!line.startsWith('{')) return [];
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      }),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const stuck = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(stuck);
    },
  };
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`${main} exited with ${child.exitCode}:\n${out}`);
        return (await fetch(`${url}/ready`).then(
          (r) => r.ok,
          () => false,
        ))
          ? true
          : undefined;
      },
      `${main} to become ready`,
      options.readyTimeoutMs ?? 20_000,
    );
  } catch (error) {
    await running.stop('SIGKILL');
    throw error;
  }
  return running;
}
