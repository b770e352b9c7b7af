import { giteaPush } from '@slipway/testing';
import type { ConsoleWorld } from '../harness';

/** A pipeline whose log has colour, two steps and a line worth searching for, written over a few seconds. */
const PIPELINE = [
  'steps:',
  '  - name: build',
  "    run: for i in 1 2 3 4 5 6; do printf '\\033[32mcompiling\\033[0m unit %s\\n' $i; sleep 0.5; done; echo built",
  '  - name: test',
  '    run: echo needle-in-the-log; echo all good',
  '',
].join('\n');

/** CI: a signed forge push becomes a job whose log the console shows live, searches and links by line. */
export function ciFlows(world: () => ConsoleWorld): void {
  it('shows a pushed job in the jobs list and its log arriving live, searchable, with line links that survive a reload', async () => {
    const { page, stack } = world();
    const push = giteaPush(stack.workDir, { '.slipway/ci.yml': PIPELINE }, stack.giteaSecret);
    const accepted = await fetch(`${stack.gateway.url}/webhook/gitea`, {
      method: 'POST',
      headers: push.headers,
      body: new Uint8Array(push.bytes),
    });
    expect(accepted.status).toBe(202);
    const { job_id: jobId } = (await accepted.json()) as { job_id: string };

    await page.goto(world().url('/ci'));
    const link = page.getByRole('link', { name: jobId.slice(0, 8) });
    await link.waitFor();
    await world().screenshot(page, 'ci-jobs');
    await page.getByLabel('Status').selectOption('failed');
    await page.waitForURL(/\/ci\?status=failed/);
    await page.getByText('No jobs match these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear' }).click();
    await link.click();
    await page.waitForURL(new RegExp(`/ci/${jobId}$`));

    // Live: the build step's lines arrive while the job runs, before the test step's.
    const log = page.getByRole('log', { name: 'Log lines' });
    await log.getByText('compiling').first().waitFor();
    expect(await log.getByText('needle-in-the-log').count()).toBe(0);
    await page.getByText('live', { exact: true }).waitFor();
    const green = await log
      .getByText('compiling')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(green).toBe('rgb(0, 187, 0)');
    await world().screenshot(page, 'ci-job-live');

    await log.getByText('all good').waitFor({ timeout: 60_000 });
    await page.locator('.page-header').getByText('success').waitFor();
    await page.getByRole('searchbox', { name: 'Search the log' }).fill('compiling');
    await page.getByText('1 of 6').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('2 of 6').waitFor();
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByText('6 of 6').waitFor();
    expect(await log.locator('mark.log-match').count()).toBeGreaterThanOrEqual(6);
    await world().screenshot(page, 'ci-job-search');

    // Folding a step hides its lines but its header.
    await page.getByRole('button', { name: 'Fold step build' }).click();
    expect(await log.getByText('compiling').count()).toBe(0);
    await page.getByRole('button', { name: 'Unfold step build' }).click();

    // A line link: the number puts #L<n> in the URL; opening that URL highlights the line.
    const row = log.locator('.log-row', { hasText: 'needle-in-the-log' });
    const n = Number(await row.getAttribute('data-line'));
    await row.getByRole('link').click();
    await page.waitForURL(new RegExp(`/ci/${jobId}#L${n}$`));
    await page.reload();
    const target = page.locator('.log-target');
    await target.waitFor();
    expect(await target.getAttribute('data-line')).toBe(String(n));
    expect(await target.textContent()).toContain('needle-in-the-log');

    const raw = await page.evaluate(
      async (url) => (await fetch(url, { credentials: 'same-origin' })).text(),
      `/jobs/${jobId}/logs?follow=false`,
    );
    expect(raw).toContain('needle-in-the-log');
  });
}
