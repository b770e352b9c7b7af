import { createConnection, createServer } from 'node:net';

/** Sends `payload` to host:port and resolves with the first bytes answered, or null when nothing answers in time. */
export function probeTcp(
  host: string,
  port: number,
  payload?: string,
  timeoutMs = 1500,
): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (answer: string | null) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(null));
    socket.once('error', () => done(null));
    socket.once('connect', () => {
      if (payload === undefined) done('');
      else socket.write(payload);
    });
    socket.once('data', (chunk) => done(chunk.toString('utf8')));
  });
}

/** Whether a listener could bind host:port now. */
async function canListen(port: number, host = '127.0.0.1'): Promise<boolean> {
  const server = createServer();
  const bound = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, host, () => resolve(true));
  });
  if (bound) await new Promise<void>((resolve) => server.close(() => resolve()));
  return bound;
}

/** Ports handed to parallel test workers: one block each, below the OS's ephemeral range. */
export const WORKER_PORTS = { first: 10_000, block: 1_000, blocks: 20 } as const;
let nextInBlock = Math.floor(Math.random() * WORKER_PORTS.block);

/**
 * A TCP port nothing listens on right now, for a process about to be started on it. Outside a test
 * worker the OS picks it. A Jest worker (`JEST_WORKER_ID`) takes its ports in turn from a block of
 * its own below the ephemeral range: a port the OS picks is free only until someone else takes it,
 * and between choosing a port and the process binding it another worker's freePort, or any outgoing
 * connection, could be given the same one — the process then fails to bind, and its readiness probe
 * reaches whoever holds the port.
 */
export async function freePort(): Promise<number> {
  const worker = Number(process.env.JEST_WORKER_ID);
  if (!Number.isInteger(worker) || worker < 1) return osPort();
  const base = WORKER_PORTS.first + ((worker - 1) % WORKER_PORTS.blocks) * WORKER_PORTS.block;
  for (let tried = 0; tried < WORKER_PORTS.block; tried++) {
    const port = base + (nextInBlock++ % WORKER_PORTS.block);
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port in ${base}–${base + WORKER_PORTS.block - 1}`);
}

/** A port the OS picks among those nothing listens on. */
async function osPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
