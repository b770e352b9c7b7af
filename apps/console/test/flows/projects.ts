import type { Page } from 'playwright-core';
import type { ConsoleWorld } from '../harness';

interface TaskNode {
  id: string;
  title: string;
  version: number;
  subtasks: TaskNode[];
}

/** A call to the gateway as the admin's API key, beside the browser (another person's edit). */
async function asAdmin<T>(world: ConsoleWorld, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(world.url(path), {
    ...init,
    headers: {
      authorization: `Bearer ${world.stack.admin.key}`,
      'content-type': 'application/json',
      ...init.headers,
    },
  });
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const tree = (page: Page) => page.getByRole('tree', { name: 'Tasks' });
const review = (page: Page) => page.getByRole('region', { name: 'PatchSet review' });

async function propose(page: Page, idea: string): Promise<void> {
  await page.getByLabel('Idea or change').fill(idea);
  await page.getByRole('button', { name: 'Propose a plan' }).click();
  await review(page).getByRole('region', { name: 'Created' }).waitFor();
}

/** Projects: create one, plan it in words, review the diff, apply, undo, edit a task, chat. */
export function projectsFlows(world: () => ConsoleWorld): void {
  let projectUrl = '';

  it('creates a project, proposes a plan shown as a diff, applies it into the tree and undoes it', async () => {
    const { page } = world();
    await page.goto(world().url('/projects'));
    await page.getByRole('heading', { name: 'Projects', exact: true }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Browser shop');
    await page.getByLabel('Description').fill('Planned from the browser suite');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}/);
    projectUrl = page.url();
    await page.getByRole('heading', { name: 'Browser shop', exact: true }).waitFor();
    expect(await page.getByText('No tasks yet').count()).toBe(1);

    await propose(page, 'add search; add user login');
    const created = review(page).getByRole('region', { name: 'Created' });
    expect(await created.textContent()).toMatch(/Search/);
    expect(await created.textContent()).toMatch(/Authentication/);
    expect(new URL(page.url()).searchParams.get('review')).toMatch(/^[0-9a-f-]{36}$/);
    await world().screenshot(page, 'plan-diff');

    await review(page).getByRole('button', { name: 'Apply' }).click();
    await review(page).getByText('applied', { exact: true }).waitFor();
    await tree(page).getByText('Search', { exact: true }).waitFor();
    expect(await tree(page).getByText('Authentication', { exact: true }).count()).toBeGreaterThan(0);
    await world().screenshot(page, 'plan-applied');

    await review(page).getByRole('button', { name: 'Undo' }).click();
    await review(page).getByText('undone', { exact: true }).waitFor();
    await page.getByText('No tasks yet').waitFor();
    expect(await page.getByRole('tree', { name: 'Tasks' }).count()).toBe(0);

    // The PatchSets list keeps both lifecycles' end: the undone plan.
    await page.getByRole('tab', { name: 'PatchSets' }).click();
    await page.locator('table.patchsets').getByText('undone').waitFor();
  });

  it('edits a task inline, and shows a conflicting edit with both values without losing it', async () => {
    const { page } = world();
    await page.goto(projectUrl);
    await propose(page, 'add search');
    await review(page).getByRole('button', { name: 'Apply' }).click();
    await tree(page).getByText('Search', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Edit Search', exact: true }).click();
    const editor = page.getByRole('form', { name: 'Edit Search' });
    await editor.getByLabel('Title').fill('Search everything');
    await editor.getByLabel('Status').selectOption('in_progress');
    await editor.getByLabel('Assignee').fill('ada');
    await editor.getByRole('button', { name: 'Save' }).click();
    await tree(page).getByText('Search everything', { exact: true }).waitFor();
    expect(await tree(page).getByText('@ada').count()).toBe(1);

    // Someone else renames it while this browser has it open.
    await page.getByRole('button', { name: 'Edit Search everything', exact: true }).click();
    const projectId = new URL(projectUrl).pathname.split('/').pop() ?? '';
    const hierarchy = await asAdmin<{ tasks: TaskNode[] }>(world(), `/api/planner/projects/${projectId}`);
    const search = hierarchy.tasks.find((task) => task.title === 'Search everything');
    if (!search) throw new Error('the edited task is not in the tree');
    await asAdmin(world(), `/api/tasks/${search.id}`, {
      method: 'PATCH',
      headers: { 'if-match': `"${search.version}"` },
      body: JSON.stringify({ title: 'Search by someone else' }),
    });

    const second = page.getByRole('form', { name: 'Edit Search everything' });
    await second.getByLabel('Title').fill('Search, my way');
    await second.getByRole('button', { name: 'Save' }).click();
    const conflict = second.getByRole('alert');
    await conflict.getByText('Changed by someone else').waitFor();
    expect(await conflict.textContent()).toMatch(/Search, my way/);
    expect(await conflict.textContent()).toMatch(/Search by someone else/);
    expect(await second.getByLabel('Title').inputValue()).toBe('Search, my way');
    await world().screenshot(page, 'project-tree');

    await conflict.getByRole('button', { name: 'Save mine over it' }).click();
    await tree(page).getByText('Search, my way', { exact: true }).waitFor();
  });

  it('chats about the project and reviews the proposal the chat makes', async () => {
    const { page } = world();
    await page.goto(projectUrl);
    await page.getByRole('tab', { name: 'Chat' }).click();
    await page.getByLabel('Message').fill('add notifications');
    await page.getByRole('button', { name: 'Send' }).click();
    await review(page).getByRole('region', { name: 'Created' }).waitFor();
    expect(await review(page).textContent()).toMatch(/Notifications/i);
    await page.getByRole('list', { name: 'Conversation' }).waitFor();
    expect(new URL(page.url()).searchParams.get('session')).toMatch(/^[0-9a-f-]{36}$/);
    await world().screenshot(page, 'chat');

    await review(page).getByRole('button', { name: 'Reject' }).click();
    await review(page).getByText('rejected', { exact: true }).waitFor();

    await page.goto(world().url('/projects'));
    await page.getByRole('link', { name: 'Browser shop' }).waitFor();
    await world().screenshot(page, 'projects');
  });
}
