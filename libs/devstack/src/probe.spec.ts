import { createServer, type Server } from 'node:net';
import { freePort, WORKER_PORTS } from './probe';

const EPHEMERAL_FIRST = 32_768;

function release(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

async function holdPort(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}

describe('freePort in a test worker', () => {
  const worker = Number(process.env.JEST_WORKER_ID);
  const block = {
    first: WORKER_PORTS.first + ((worker - 1) % WORKER_PORTS.blocks) * WORKER_PORTS.block,
    size: WORKER_PORTS.block,
  };

  it('hands out distinct ports of its own block, below the ephemeral range', async () => {
    const ports: number[] = [];
    for (let i = 0; i < 50; i++) ports.push(await freePort());
    expect(new Set(ports).size).toBe(50);
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(block.first);
      expect(port).toBeLessThan(block.first + block.size);
      expect(port).toBeLessThan(EPHEMERAL_FIRST);
    }
  });

  it('passes over a port something already listens on', async () => {
    const next = await freePort();
    // The one after `next` in turn is held: freePort must skip it.
    const held = await holdPort(next + 1 < block.first + block.size ? next + 1 : block.first);
    try {
      const port = await freePort();
      expect(port).not.toBe((held.address() as { port: number }).port);
      await release(await holdPort(port));
    } finally {
      await release(held);
    }
  });
});
