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

/** A TCP port nothing listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
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
