import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { testRedis } from '@slipway/devstack';
import { loadConfig } from '@slipway/platform';
import { type DataApiFixture, startDataApi, TEST_SERVICE_TOKEN } from '@slipway/testing';
import { Redis } from 'ioredis';
import { GatewayConfig } from '../src/config';
import { createGateway } from '../src/gateway';

export interface GatewayFixture {
  url: string;
  app: NestFastifyApplication;
  config: GatewayConfig;
  close(): Promise<void>;
}

/** The gateway in this process, on a free port, with the test service token and its own Redis prefix. */
export async function startGateway(env: Record<string, string>): Promise<GatewayFixture> {
  const redis = testRedis();
  const config = loadConfig(GatewayConfig, {
    SERVICE_TOKEN: TEST_SERVICE_TOKEN,
    REDIS_URL: redis.url,
    REDIS_PREFIX: redis.prefix,
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    SHUTDOWN_DRAIN_MS: '0',
    ...env,
  });
  const { app } = await createGateway(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('the gateway listens on no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    config,
    close: async () => {
      await app.close();
      const client = new Redis(redis.url);
      const keys = await client.keys(`${redis.prefix}*`);
      if (keys.length) await client.del(...keys);
      await client.quit();
    },
  };
}

/** A new API key of a registry user, made through data-api as that user. */
export async function apiKeyOf(
  dataApi: DataApiFixture,
  userId: string,
  scopes: string[] = [],
): Promise<{ key: string; id: string }> {
  const answer = await fetch(`${dataApi.url}/api/api_keys`, {
    method: 'POST',
    headers: {
      'x-service-token': TEST_SERVICE_TOKEN,
      'x-user-id': userId,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ name: `key of ${userId}`, scopes }),
  });
  if (answer.status !== 201)
    throw new Error(`data-api refused the key: ${answer.status} ${await answer.text()}`);
  const body = (await answer.json()) as { key: string; id: string };
  return { key: body.key, id: body.id };
}

export const bearer = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });

export { startDataApi, type DataApiFixture };
