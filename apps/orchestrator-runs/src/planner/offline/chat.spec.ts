import type { ChatInput } from '../engine/planner-engine';
import type { ProjectSnapshot } from '../snapshot';
import { generatePlan } from './generate';
import { OfflinePlanner } from './offline-planner';
import { snapshotFromOps, withStatuses } from './snapshot-fixture';

const snapshot = snapshotFromOps(
  generatePlan({ idea: 'A shop. Users must sign up. Buyers pay with Stripe.', maxTasks: 60 }).ops,
);
const planner = new OfflinePlanner();
const chat = (message: string, extra: Partial<ChatInput> = {}) =>
  planner.chat({ snapshot, summary: '', turns: [], applied: [], message, ...extra });

describe('chat', () => {
  it('answers a status question from the snapshot, with no proposal', async () => {
    const setupDone = withStatuses(snapshot, {
      Setup: 'done',
      'Repository, tooling and CI skeleton': 'done',
      'Environments and configuration': 'done',
      'Architecture overview': 'done',
      'Shopping cart': 'in_progress',
    });
    const answer = await chat('What is the status?', { snapshot: setupDone });
    expect(answer.proposal).toBeNull();
    expect(answer.reply).toContain(`${setupDone.tasks.length} tasks — 4 done, 1 in progress, `);
    expect(answer.reply).toContain('Next up (nothing unfinished before them): "Domain model and entities".');
    expect(answer.reply).toContain('In progress: "Shopping cart"');
    expect(answer.reply).toContain('Setup 3/3');
    expect(answer.calls).toEqual([expect.objectContaining({ provider: 'offline', estimated: true })]);
  });

  it('names the first tasks in dependency order when asked what is next', async () => {
    const answer = await chat("what's next?");
    expect(answer.reply).toContain(
      'Next up (nothing unfinished before them): "Repository, tooling and CI skeleton".',
    );
  });

  it('turns a command into a proposal and describes it', async () => {
    const answer = await chat('add search and rename Checkout flow to Checkout');
    expect(answer.proposal?.ops[0]).toMatchObject({ op: 'create_task', title: 'Search' });
    expect(answer.proposal?.ops).toContainEqual(
      expect.objectContaining({ op: 'update_task', set: { title: 'Checkout' } }),
    );
    expect(answer.reply).toContain(
      'Add the Search feature with 4 subtasks. Rename "Checkout flow" to "Checkout".',
    );
    expect(answer.calls).toHaveLength(1);
    expect(answer.proposal?.calls).toEqual(answer.calls);
  });

  it('does not propose again what the project already has', async () => {
    const answer = await chat('add payments');
    expect(answer.proposal).toBeNull();
    expect(answer.reply).toContain('"Payments" already exists');
  });

  it('plans an idea when the conversation has no project yet', async () => {
    const answer = await chat('Build a recipe app with search and email reminders', { snapshot: null });
    expect(answer.proposal?.ops[0]).toMatchObject({ op: 'create_project', ref: '$p', name: 'Recipe App' });
    expect(answer.reply).toMatch(/^Proposed a new project with \d+ tasks\./);
    expect(answer.reply).toContain('Search, Notifications');
  });

  it('lists what it can do when asked, or when it reads nothing it knows', async () => {
    const help = await chat('help');
    expect(help.proposal).toBeNull();
    for (const command of [
      'add X under Y',
      'rename A to B',
      'split X into A, B and C',
      'move X to top level',
    ]) {
      expect(help.reply).toContain(command);
    }
    const lost = await chat('the weather is nice');
    expect(lost.reply).toContain('I could not read that as a change');
    expect(lost.reply).toContain('mark X done');
    const empty = await chat('how are you', { snapshot: null });
    expect(empty.reply).toContain('I did not find an idea to plan');
  });

  it('says what was applied when asked what changed', async () => {
    const applied = [
      {
        patchSetId: '00000000-0000-4000-8000-00000000abcd',
        rationale: 'Add the Search feature with 4 subtasks.',
        opCount: 8,
        appliedAt: '2025-01-02T10:00:00.000Z',
      },
    ];
    const answer = await chat('what changed so far?', { applied });
    expect(answer.reply).toBe(
      'Applied in this conversation (1):\n- 2025-01-02T10:00:00.000Z: Add the Search feature with 4 subtasks. (8 operations)',
    );
    expect((await chat('history')).reply).toBe('Nothing has been applied in this conversation yet.');
  });

  it('gives the same turn the same response id', async () => {
    const [first, second] = await Promise.all([chat('status'), chat('status')]);
    const other: ProjectSnapshot = { ...snapshot, project: { ...snapshot.project, version: 2 } };
    const third = await chat('status', { snapshot: other });
    expect(second.calls[0].responseId).toBe(first.calls[0].responseId);
    expect(third.calls[0].responseId).not.toBe(first.calls[0].responseId);
  });
});
