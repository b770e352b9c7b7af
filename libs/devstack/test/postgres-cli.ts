import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** `devstack postgres <dir> <port>` from the built CLI, as the embedded-PostgreSQL specs run it. */

export const ROOT = join(__dirname, '../../..');
export const MAIN = join(ROOT, 'dist/libs/devstack/main.js');

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export interface PostgresCli {
  child: ChildProcess;
  /** The server URL, the first line the CLI prints on stdout */
  url: Promise<string>;
  exited: Promise<Exit>;
  /** Everything the CLI wrote so far, for failure messages */
  output(): string;
  /** SIGKILLs the CLI if it is still running */
  kill(): Promise<void>;
}

const hasExited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

export function launchPostgresCli(options: {
  dir: string;
  port: number;
  /** Where the CLI runs from; `main` is the path of the CLI as seen from there */
  cwd?: string;
  main?: string;
  nodeArgs?: string[];
}): PostgresCli {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npx nx build devstack\` first`);
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), options.main ?? MAIN, 'postgres', options.dir, String(options.port)],
    { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let output = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const kill = async () => {
    if (hasExited(child)) return;
    child.kill('SIGKILL');
    await exited;
  };
  const url = new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      output += chunk;
      const newline = stdout.indexOf('\n');
      if (newline >= 0) resolve(stdout.slice(0, newline).trim());
    });
    child.once('exit', (code) =>
      reject(new Error(`devstack postgres exited with ${code} before printing its URL:\n${output}`)),
    );
  });
  return { child, url, exited, output: () => output, kill };
}
