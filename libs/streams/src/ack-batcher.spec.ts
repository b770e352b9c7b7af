import { AckBatcher } from './ack-batcher';
import type { Ack } from './stream-store';

/** A store whose writes the test completes (or fails) by hand. */
class ManualStore {
  readonly writes: Array<{ acks: Ack[]; finish: (error?: Error) => void }> = [];

  ackBatch(key: string, group: string, acks: readonly Ack[], ttlMs: number): Promise<void> {
    expect([key, group, ttlMs]).toEqual(['s', 'g', 1000]);
    return new Promise<void>((resolve, reject) => {
      this.writes.push({
        acks: acks.map(({ id, doneKey }) => ({ id, doneKey })),
        finish: (error) => (error ? reject(error) : resolve()),
      });
    });
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('AckBatcher', () => {
  let store: ManualStore;
  let queued: number;
  let batcher: AckBatcher;

  beforeEach(() => {
    store = new ManualStore();
    queued = 0;
    batcher = new AckBatcher(store, 's', 'g', 1000, () => (queued += 1));
  });

  it('writes the acks queued in one turn of the event loop together, each with its marker', async () => {
    const settled: string[] = [];
    const acks = ['1-0', '2-0', '3-0'].map((id, i) =>
      batcher.ack(id, i === 1 ? undefined : `done:${id}`).then(() => settled.push(id)),
    );
    expect(queued).toBe(3);
    expect(batcher.pending).toBe(3);
    await nextTurn();

    expect(store.writes.map(({ acks }) => acks)).toEqual([
      [
        { id: '1-0', doneKey: 'done:1-0' },
        { id: '2-0', doneKey: undefined },
        { id: '3-0', doneKey: 'done:3-0' },
      ],
    ]);
    expect(settled).toEqual([]);
    store.writes[0].finish();
    await Promise.all(acks);
    expect(settled).toEqual(['1-0', '2-0', '3-0']);
    expect(batcher.pending).toBe(0);
  });

  it('queues the acks that come while a write is on the wire, and writes them together after it', async () => {
    const first = batcher.ack('1-0', 'done:1');
    await nextTurn();
    const later = [batcher.ack('2-0', 'done:2'), batcher.ack('3-0', 'done:3')];
    await nextTurn();
    await nextTurn();
    expect(store.writes).toHaveLength(1);
    expect(batcher.pending).toBe(3);

    store.writes[0].finish();
    await first;
    await nextTurn();
    expect(store.writes.map(({ acks }) => acks.map(({ id }) => id))).toEqual([['1-0'], ['2-0', '3-0']]);
    store.writes[1].finish();
    await Promise.all(later);
    expect(batcher.pending).toBe(0);
  });

  it('fails every ack of a failed write, and writes the next ones anew', async () => {
    const failed = [batcher.ack('1-0', 'done:1'), batcher.ack('2-0', 'done:2')];
    await nextTurn();
    store.writes[0].finish(new Error('connection lost'));
    for (const ack of failed) await expect(ack).rejects.toThrow('connection lost');

    const retried = batcher.ack('1-0', 'done:1');
    await nextTurn();
    expect(store.writes).toHaveLength(2);
    store.writes[1].finish();
    await expect(retried).resolves.toBeUndefined();
  });
});
