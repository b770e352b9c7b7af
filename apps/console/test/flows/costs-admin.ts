import { randomBytes } from 'node:crypto';
import { money } from '../../src/ui/format';
import { logIn, type ConsoleWorld } from '../harness';

type Credential = { bearer: string } | { rootKey: string };

/** A call to the gateway beside the browser: as a registry key (Bearer) or as cost-api's root key alone. */
async function call<T>(
  world: ConsoleWorld,
  as: Credential,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(world.url(path), {
    method,
    headers: {
      ...('bearer' in as ? { authorization: `Bearer ${as.bearer}` } : { 'x-api-key': as.rootKey }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 120_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

interface Total {
  currency: string;
  total: { amount: string; events: number };
}

/**
 * Costs and admin: an organization whose registry project's run spends, the spend shown exactly on
 * /costs; the admin pages for users and keys; a member refused the admin pages.
 */
export function costsAdminFlows(world: () => ConsoleWorld): void {
  const slug = `console-${randomBytes(3).toString('hex')}`;

  it('shows on /costs, exactly, what a run of a project attached to the organization’s hierarchy spent', async () => {
    const w = world();
    const admin = { bearer: w.stack.admin.key };
    await call(w, { rootKey: w.stack.costRootKey }, 'POST', '/api/v1/admin/bootstrap');
    // The admin onboards the organization through the gateway: its owner, as a member of it.
    await call(w, admin, 'POST', '/api/v1/organizations/onboard', {
      slug,
      name: 'Console bakery',
      currency: 'USD',
      timezone: 'Pacific/Auckland',
      country: 'NZ',
    });
    const { levels } = await call<{ levels: string[] }>(w, admin, 'GET', `/api/v1/hierarchy/${slug}/levels`);
    const node = await call<{ id: string }>(w, admin, 'POST', `/api/v1/hierarchy/${slug}/nodes`, {
      code: 'ENG',
      name: 'Engineering',
      level: levels[0],
      monthly_budget: '25',
      budget_enforcement: 'soft',
    });
    const project = await call<{ id: string }>(w, admin, 'POST', '/api/projects', {
      name: 'Costed forecasts',
      modules: [],
    });
    // The cost-worker charges a project's model calls to the organization its org_projects link names.
    await call(w, admin, 'POST', `/api/v1/hierarchy/${slug}/nodes/${node.id}/projects`, {
      project_id: project.id,
    });
    // The offline model's calls are priced by the organization's own price of it, from an hour ago.
    await call(w, admin, 'POST', `/api/v1/integrations/${slug}/template/pricing`, {
      model: 'slipway-template-1',
      input_per_1m: '3',
      output_per_1m: '15',
      valid_from: new Date(Date.now() - 3_600_000).toISOString(),
    });

    const run = await call<{ run_id: string }>(w, admin, 'POST', '/runs', {
      profile: 'analytics_forecast_app',
      mode: 'auto',
      intake: 'Daily bread demand forecasts per shop',
      project_id: project.id,
    });
    await waitFor('the run to complete', async () => {
      const detail = await call<{ status: string }>(w, admin, 'GET', `/runs/${run.run_id}`);
      if (['failed', 'crashed', 'cancelled'].includes(detail.status))
        throw new Error(`the run ended ${detail.status}`);
      return detail.status === 'completed' ? detail : undefined;
    });
    // The cost-worker ingests cost.usage on its own time: the month's total once two reads agree.
    let events = -1;
    const settled = await waitFor('the run’s spend in the ledger', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const total = await call<Total>(w, admin, 'GET', `/api/v1/costs/${slug}/total?period=this_month`);
      const steady = total.total.events === events && Number(total.total.amount) > 0;
      events = total.total.events;
      return steady ? total : undefined;
    });
    const exact = money(settled.total.amount, settled.currency);
    expect(exact).toMatch(/^\$0\.\d+$/);

    // uPlot formats numbers in navigator.language when it loads; this machine's headless Chromium
    // reports en-US@posix, which Intl refuses. A person's browser has a real locale: so does this one.
    // Left open: @sparticuz/chromium runs --single-process, where closing a context ends the browser.
    // closeConsoleWorld closes it with the browser.
    const context = await w.browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'en-US' });
    const page = await context.newPage();
    await logIn(page, w.stack.gateway.url, w.stack.admin.key);
    await page.goto(w.url(`/costs?org=${slug}`));
    const month = page.getByTestId('total-this_month');
    await month.filter({ hasText: exact }).waitFor();
    expect(await month.textContent()).toBe(exact);
    const byProvider = page.getByRole('table', { name: 'Spend by provider' });
    const template = byProvider.getByRole('row').filter({ hasText: 'template' });
    expect(await template.textContent()).toContain(exact);
    await page.locator('.trend-plot canvas').first().waitFor();
    await page.getByRole('link', { name: 'Hierarchy node' }).click();
    await page.waitForURL(/by=node/);
    const byNode = page.getByRole('table', { name: 'Spend by node' });
    expect(await byNode.getByRole('row').filter({ hasText: 'ENG · Engineering' }).textContent()).toContain(
      exact,
    );
    await page.getByRole('meter', { name: 'Pipelines today' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Engineering' }).first().waitFor();
    await w.screenshot(page, 'costs');

    await page.getByRole('link', { name: 'Alerts' }).click();
    await page.waitForURL(/tab=alerts/);
    await page.getByLabel('Preset', { exact: true }).selectOption({ label: 'Monthly budget 80 %' });
    await page.getByLabel('Hierarchy node', { exact: true }).selectOption({ label: 'ENG · Engineering' });
    await page.getByRole('button', { name: 'Create alert' }).click();
    await page.getByRole('heading', { name: 'Alerts' }).waitFor();
    await page
      .getByRole('region', { name: 'Alerts' })
      .getByRole('row')
      .filter({ hasText: 'Monthly budget 80 %' })
      .waitFor();
    await w.screenshot(page, 'costs-alerts');
  });

  it('lists users and creates an API key shown once on the admin pages', async () => {
    const { page } = world();
    await page.goto(world().url('/admin/users'));
    await page.getByRole('table', { name: 'users' }).waitFor();
    expect(await page.getByRole('table', { name: 'users' }).textContent()).toContain('admin');
    await world().screenshot(page, 'admin-users');

    await page.getByRole('link', { name: 'API keys' }).click();
    await page.waitForURL(/\/admin\/keys$/);
    await page.getByLabel('Name').fill('console flow key');
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = await page.getByTestId('new-key').textContent();
    expect(key).toMatch(/^slw_/);
    await page
      .getByRole('table', { name: 'API keys' })
      .getByRole('row')
      .filter({ hasText: 'console flow key' })
      .waitFor();
    await world().screenshot(page, 'admin-keys');
    // Shown once: after Done, and on a new visit, the key is nowhere on the page.
    await page.getByRole('button', { name: 'Done' }).click();
    await page.reload();
    await page.getByRole('table', { name: 'API keys' }).waitFor();
    expect(await page.content()).not.toContain(key ?? 'slw_');
  });

  it('shows a member the forbidden page at /admin', async () => {
    const w = world();
    const admin = { bearer: w.stack.admin.key };
    const member = await call<{ id: string }>(w, admin, 'POST', '/api/users', {
      username: `console-member-${randomBytes(3).toString('hex')}`,
      role: 'member',
    });
    const { key } = await call<{ key: string }>(w, admin, 'POST', '/api/api_keys', {
      name: 'member browser',
      owner_id: member.id,
    });
    // A browser of the member's own; left open like the costs one, for the same reason.
    const context = await w.browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'en-US' });
    const page = await context.newPage();
    await logIn(page, w.stack.gateway.url, key);
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).count(),
    ).toBe(0);
    await page.goto(w.url('/admin'));
    await page.getByRole('heading', { name: 'Forbidden' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('logged in as a member');
    expect(await page.getByRole('table').count()).toBe(0);
    await w.screenshot(page, 'forbidden');
  });
}
