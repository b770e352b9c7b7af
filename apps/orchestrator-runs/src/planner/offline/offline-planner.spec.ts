import { OfflinePlanner } from './offline-planner';
import { snapshotFromOps } from './snapshot-fixture';

const IDEA = 'A shop. Users must sign up. Buyers pay with Stripe.';

describe('OfflinePlanner', () => {
  const planner = new OfflinePlanner();

  it('names itself offline, slipway-planner-1', () => {
    expect([planner.provider, planner.model]).toEqual(['offline', 'slipway-planner-1']);
  });

  it('reports one estimated call per proposal, its id a hash of the input', async () => {
    const first = await planner.generate({ idea: IDEA, maxTasks: 60 });
    const again = await planner.generate({ idea: IDEA, maxTasks: 60 });
    const other = await planner.generate({ idea: `${IDEA} Add maps.`, maxTasks: 60 });
    expect(first).toMatchObject({ provider: 'offline', model: 'slipway-planner-1' });
    expect(first.calls).toHaveLength(1);
    const [call] = first.calls;
    expect(call).toMatchObject({
      provider: 'offline',
      model: 'slipway-planner-1',
      estimated: true,
      cachedInput: 0,
    });
    expect(call.responseId).toMatch(/^offline-[0-9a-f]{32}$/);
    expect(call.input).toBeGreaterThan(0);
    expect(call.output).toBeGreaterThan(call.input);
    expect(again).toEqual(first);
    expect(other.calls[0].responseId).not.toBe(call.responseId);
  });

  it('counts refine and decompose calls apart from generate ones with the same words', async () => {
    const generated = await planner.generate({ idea: IDEA, maxTasks: 60 });
    const snapshot = snapshotFromOps(generated.ops);
    const refined = await planner.refine({ snapshot, feedback: 'add search' });
    const payments = snapshot.tasks.find((task) => task.title === 'Payments');
    const decomposed = await planner.decompose({ snapshot, taskId: payments?.id ?? '' });
    const ids = [generated, refined, decomposed].map((proposal) => proposal.calls[0].responseId);
    expect(new Set(ids).size).toBe(3);
    expect(refined.ops.length).toBeGreaterThan(0);
    expect(refined.calls[0].estimated).toBe(true);
    expect(decomposed.warnings.every((warning) => warning.code === 'already_exists')).toBe(true);
  });
});
