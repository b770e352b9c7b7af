import { launchChromium, startSuiteStack, type SuiteStack, WORKSPACE_ROOT } from '@slipway/testing';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Where the browser suite writes a screenshot of every page it visits. */
export const SCREENSHOTS = join(WORKSPACE_ROOT, 'test-output', 'console');

/** The suite as `npm start` runs it, a headless Chromium, and the first admin logged in. */
export interface ConsoleWorld {
  stack: SuiteStack;
  browser: Browser;
  /** The admin's browser: logged in through the login page. */
  admin: BrowserContext;
  page: Page;
  url(path: string): string;
  /** Uncaught script errors of the admin's page since the last check: a flow must leave none. */
  pageErrors: string[];
  /** Writes test-output/console/<name>.png of the page as it is now. */
  screenshot(page: Page, name: string): Promise<void>;
}

export async function startConsoleWorld(env: Record<string, string> = {}): Promise<ConsoleWorld> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const stack = await startSuiteStack({ authCacheTtlMs: 1_000, env });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const admin = await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'en-US' });
    const page = await admin.newPage();
    const pageErrors: string[] = [];
    reportPageErrors(page, pageErrors);
    const world: ConsoleWorld = {
      stack,
      browser,
      admin,
      page,
      url: (path) => `${stack.gateway.url}${path}`,
      pageErrors,
      screenshot: async (target, name) => {
        await target.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      },
    };
    return world;
  } catch (error) {
    await browser?.close();
    await stack.close();
    throw error;
  }
}

export async function closeConsoleWorld(world: ConsoleWorld | undefined): Promise<void> {
  await world?.browser.close();
  await world?.stack.close();
}

/** Logs in through the login page with an API key; answers once the home page shows. */
export async function logIn(page: Page, baseUrl: string, key: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/**
 * A script error in the page, or an error it logs, goes to the test's output (a blank page then says
 * why); uncaught errors are also kept in `errors`, for the suite to refuse.
 */
export function reportPageErrors(page: Page, errors: string[] = []): void {
  page.on('pageerror', (error) => {
    errors.push(error.message);
    process.stderr.write(`[page error] ${error.stack ?? error.message}\n`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') process.stderr.write(`[page console] ${message.text()}\n`);
  });
}
