import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { WORKSPACE_ROOT } from './service-process';

const run = promisify(execFile);

/** Chromiums a machine may have; the first one found is used. */
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * What keeps a headless Chromium quiet on a machine with no way out: no background networking,
 * component updates, sync or first-run work (each would try to reach Google's hosts).
 */
const QUIET = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--metrics-recording-only',
];

/**
 * @sparticuz/chromium's flags, less those that would hide what a test must see (its web security
 * off, mixed content allowed) and its one-process mode, in which closing a browser context ends
 * the whole browser.
 */
const LOOSENING = /^--(disable-web-security|allow-running-insecure-content|single-process)/;

export interface ChromiumExecutable {
  path: string;
  args: string[];
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

/**
 * The Chromium to drive: CHROMIUM_PATH, else one installed on the machine, else the one
 * @sparticuz/chromium (from npm) unpacks under the temp directory. The package is ESM-only and
 * reads its own location, so it is asked in a child process.
 */
export async function findChromium(): Promise<ChromiumExecutable> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return { path: configured, args: QUIET, source: 'CHROMIUM_PATH' };
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return { path: system, args: QUIET, source: 'system' };
  const script =
    "import c from '@sparticuz/chromium'; process.stdout.write(JSON.stringify({ path: await c.executablePath(), args: c.args }));";
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: WORKSPACE_ROOT,
    timeout: 120_000,
  });
  const found = JSON.parse(stdout) as { path: string; args: string[] };
  const args = [...found.args.filter((arg) => !LOOSENING.test(arg)), ...QUIET];
  return { path: found.path, args: [...new Set(args)], source: '@sparticuz/chromium' };
}

/**
 * A headless Chromium driven by playwright-core, loaded here and not at import: every test file
 * imports this library, and only the browser suite needs it.
 */
export async function launchChromium(): Promise<Browser> {
  const executable = await findChromium();
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: executable.path, args: executable.args, headless: true });
}
