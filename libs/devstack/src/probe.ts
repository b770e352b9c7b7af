import { createConnection } from 'node:net';

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
