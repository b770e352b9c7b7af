import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { probeTcp } from './probe';

export interface RedisServer {
  url: string;
  source: 'REDIS_URL' | 'local' | 'started';
  stop(): Promise<void>;
}

export const STARTED_REDIS_PORT = 6390;

const pong = async (host: string, port: number) =>
  (await probeTcp(host, port, 'PING\r\n'))?.startsWith('+PONG') ?? false;

/**
 * DESIGN §2: REDIS_URL if set; else the Redis answering on 127.0.0.1:6379; else a `redis-server`
 * from PATH with its data under `dataDir`; else an error saying how to get one.
 */
export async function resolveRedis(dataDir: string, log: (line: string) => void): Promise<RedisServer> {
  if (process.env.REDIS_URL)
    return { url: process.env.REDIS_URL, source: 'REDIS_URL', stop: async () => undefined };
  if (await pong('127.0.0.1', 6379))
    return { url: 'redis://127.0.0.1:6379', source: 'local', stop: async () => undefined };
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error(
      'No Redis answers on 127.0.0.1:6379 and no redis-server is on PATH: set REDIS_URL, start Redis, or install it (apt-get install redis-server).',
    );
  }
  const dir = join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  log(`no Redis on 127.0.0.1:6379; starting redis-server on ${STARTED_REDIS_PORT}`);
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(STARTED_REDIS_PORT),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 50 && !(await pong('127.0.0.1', STARTED_REDIS_PORT)); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `redis://127.0.0.1:${STARTED_REDIS_PORT}`,
    source: 'started',
    stop: async () => void child.kill('SIGTERM'),
  };
}
