import { closeConsoleWorld, logIn, startConsoleWorld, type ConsoleWorld } from './harness';
import { ciFlows } from './flows/ci';
import { costsAdminFlows } from './flows/costs-admin';
import { projectsFlows } from './flows/projects';
import { runsFlows } from './flows/runs';

jest.setTimeout(180_000);

/**
 * The console in headless Chromium against the whole suite as `npm start` runs it: every page a
 * team uses, driven as a person would, with a screenshot of each in test-output/console.
 */
describe('the web console in a browser', () => {
  let world: ConsoleWorld;

  beforeAll(async () => {
    world = await startConsoleWorld();
  });
  afterAll(async () => {
    await closeConsoleWorld(world);
  });
  afterEach(() => {
    const errors = world?.pageErrors.splice(0) ?? [];
    expect(errors).toEqual([]);
  });

  it('sends a visitor to the login page, refuses a wrong key with its message, and logs in with the admin key', async () => {
    const { page } = world;
    await page.goto(world.url('/delivery'));
    await page.waitForURL(/\/login\?next=%2Fdelivery/);
    await world.screenshot(page, 'login');
    await page.getByLabel('API key').fill('slw_not_a_key');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/Could not log in/);
    expect(await page.getByRole('alert').textContent()).toMatch(/Request id/);

    await logIn(page, world.stack.gateway.url, world.stack.admin.key);
    const cookies = await world.admin.cookies();
    expect(cookies.find((cookie) => cookie.httpOnly)).toBeDefined();
    await page.getByRole('heading', { name: 'Recent runs' }).waitFor();
    await page
      .getByText(/Loading (runs|jobs)/)
      .first()
      .waitFor({ state: 'detached' });
    await world.screenshot(page, 'home');
  });

  it('switches between a light and a dark theme and keeps the choice', async () => {
    const { page } = world;
    const before = await page.evaluate(() => document.documentElement.dataset.theme);
    await page.getByRole('button', { name: /Use the (dark|light) theme/ }).click();
    const after = await page.evaluate(() => document.documentElement.dataset.theme);
    expect(after).not.toBe(before);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(after);
    await world.screenshot(page, `home-${after}`);
    await page.getByRole('button', { name: /Use the (dark|light) theme/ }).click();
  });

  projectsFlows(() => world);
  runsFlows(() => world);
  ciFlows(() => world);
  costsAdminFlows(() => world);
});
