import type { Page } from 'playwright-core';
import type { ConsoleWorld } from '../harness';

const PHASES = ['planning', 'architecture', 'data', 'development', 'qa', 'documentation'];
/** Markup in the intake reaches PRD.md through the offline model: the page must show it inert. */
const HOSTILE = '<img src=x onerror="window.__runXss=1"> <b style="position:fixed;inset:0">over the page</b>';

const headerStatus = (page: Page) => page.locator('.page-header .badge').first();

/** Runs: create one from the form, watch it live through its approval gate to the end, read its files. */
export function runsFlows(world: () => ConsoleWorld): void {
  let runPath = '';

  it('creates a run from the form and watches its phases live, approving it at the gate, to completion', async () => {
    const { page } = world();
    await page.goto(world().url('/delivery'));
    await page.getByRole('heading', { name: 'Runs' }).waitFor();
    await page.getByRole('button', { name: 'New run' }).click();
    await page.waitForURL(/create=true/);
    await page.getByLabel('Profile').first().fill('web_service');
    await page.getByLabel('Mode').selectOption('auto');
    await page.getByLabel('Budget (USD)').fill('5.00');
    await page.getByLabel('Project name').fill('Bakery orders');
    await page
      .getByLabel('Intake')
      .fill(
        `A bakery order API for shops and couriers. Orders carry items and a pickup time. Show ${HOSTILE} safely.`,
      );
    await page.getByRole('button', { name: 'Create run' }).click();
    await page.waitForURL(/\/delivery\/[0-9a-f-]{36}$/);
    runPath = new URL(page.url()).pathname;

    // web_service holds an auto run for approval after architecture.
    await page.getByText('data waits for approval').waitFor({ timeout: 60_000 });
    expect(await headerStatus(page).textContent()).toBe('awaiting approval');
    for (const phase of ['planning', 'architecture'])
      await page.getByRole('link', { name: `${phase}: completed` }).waitFor();
    expect(await page.getByRole('status', { name: 'Event stream' }).textContent()).toBe('live');
    await page.getByRole('log', { name: 'Run events' }).getByText('run.awaiting_approval').waitFor();
    await world().screenshot(page, 'run-live');

    await page.getByRole('button', { name: 'Approve data' }).click();
    await page.getByRole('status', { name: 'Event stream' }).getByText('ended').waitFor({ timeout: 90_000 });
    await page.locator('.page-header .badge', { hasText: 'completed' }).waitFor();
    for (const phase of PHASES) await page.getByRole('link', { name: `${phase}: completed` }).waitFor();
    const log = page.getByRole('log', { name: 'Run events' });
    await log.getByText('run.completed').waitFor();
    // Each event once, in order: the rows shown carry consecutive, distinct sequence numbers.
    const seqs = await log
      .locator('[data-seq]')
      .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-seq'))));
    expect(seqs.length).toBeGreaterThan(5);
    expect(seqs).toEqual(seqs.map((_, index) => seqs[0] + index));
    await world().screenshot(page, 'run-completed');

    // A phase narrows the history to its events, in the URL.
    await page.getByRole('link', { name: 'qa: completed' }).click();
    await page.waitForURL(/phase=qa/);
    await page.getByRole('heading', { name: /History of qa/ }).waitFor();
    const phases = await log.locator('.phase-tag').allTextContents();
    expect(new Set(phases)).toEqual(new Set(['qa']));
  });

  it('lists the run with its status, filtered in the URL', async () => {
    const { page } = world();
    const runId = runPath.split('/').pop() ?? '';
    await page.goto(world().url('/delivery'));
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: runId.slice(0, 8) }) });
    await row.waitFor();
    expect(await row.textContent()).toContain('completed');
    expect(await row.textContent()).toContain('Bakery orders');
    await world().screenshot(page, 'runs-list');
    await page.getByLabel('Status').selectOption('failed');
    await page.waitForURL(/status=failed/);
    await page.getByText('No run matches these filters.').waitFor();
    await page.getByLabel('Status').selectOption('completed');
    await page.waitForURL(/status=completed/);
    await row.waitFor();
  });

  it('opens an artifact rendered by its kind, with a download link', async () => {
    const { page } = world();
    await page.goto(world().url(`${runPath}?tab=artifacts`));
    await page
      .getByRole('navigation', { name: 'Artifacts by phase' })
      .getByRole('link', { name: 'PRD.md' })
      .click();
    await page.waitForURL(/artifact=/);
    const article = page.locator('article.markdown');
    await article.locator('h1, h2').first().waitFor();
    // The intake's markup is kept as inert text or removed: no handler ran, none is in the page.
    expect(await article.locator('[onerror]').count()).toBe(0);
    expect(await article.locator('[style]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __runXss?: number }).__runXss)).toBeUndefined();
    const download = page.getByRole('link', { name: 'Download' });
    expect(await download.getAttribute('href')).toMatch(
      /^\/runs\/[0-9a-f-]{36}\/artifacts\/[0-9a-f-]{36}\/download$/,
    );
    const href = (await download.getAttribute('href')) ?? '';
    const file = await page.request.get(world().url(href));
    expect(file.status()).toBe(200);
    const text = await file.text();
    expect(text).toMatch(/^#/);
    // The hostile markup did reach the file: the page above had it to neutralize.
    expect(text).toContain('onerror=');
    await world().screenshot(page, 'run-artifact');

    // JSON as tables: the data phase's fixtures, a table per table name.
    await page
      .getByRole('navigation', { name: 'Artifacts by phase' })
      .getByRole('link', { name: 'fixtures.json' })
      .click();
    await page.locator('.data-table table').first().waitFor();
  });

  it('shows the run’s metrics: cost and tokens per phase and agent, scores and a chart', async () => {
    const { page } = world();
    await page.goto(world().url(`${runPath}?tab=metrics`));
    await page.getByText('Cost so far').waitFor();
    await page.locator('.phase-chart canvas').waitFor();
    const table = page.locator('.metrics-table');
    for (const phase of PHASES) await table.getByRole('rowheader', { name: phase }).waitFor();
    expect(await table.locator('.agent-row').count()).toBeGreaterThanOrEqual(PHASES.length);
    await world().screenshot(page, 'run-metrics');
  });
}
