import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Runs a child process in its own process group; resolves with its exit code (null when killed). */
export function runProcess(
  command: string,
  args: string[],
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    timeoutMs: number;
    killGraceMs: number;
    signal: AbortSignal;
    onLine: (stream: 'stdout' | 'stderr', text: string) => void;
  },
): Promise<{ code: number | null; timedOut: boolean; cancelled: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let timedOut = false;
    let cancelled = false;
    const killGroup = (signal: NodeJS.Signals) => {
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          // already gone
        }
      }
    };
    const stop = () => {
      killGroup('SIGTERM');
      setTimeout(() => killGroup('SIGKILL'), options.killGraceMs).unref();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs);
    const onAbort = () => {
      cancelled = true;
      stop();
    };
    options.signal.addEventListener('abort', onAbort, { once: true });
    if (options.signal.aborted) onAbort();
    for (const stream of ['stdout', 'stderr'] as const) {
      createInterface({ input: child[stream], crlfDelay: Infinity }).on('line', (line) =>
        options.onLine(stream, line),
      );
    }
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      resolve({ code, timedOut, cancelled });
    });
  });
}
