import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CI_STREAMS } from '@slipway/contracts';
import { createApp, loadConfig } from '@slipway/platform';
import { RedisStreamsServer, useStreamsTransport } from '@slipway/streams';
import { RunnerConfig } from '../src/config';
import { RUNNER_DESCRIPTION, RunnerModule } from '../src/runner/runner.module';
import { type CiJobsHarness, SERVICE_TOKEN } from './harness';

/** A ci-runner in-process on the harness's Redis prefix, consuming ci.jobs; `env` adds its settings. */
export async function startRunner(
  ci: CiJobsHarness,
  env: Record<string, string>,
): Promise<NestFastifyApplication> {
  const config = loadConfig(RunnerConfig, {
    REDIS_URL: ci.config.REDIS_URL,
    REDIS_PREFIX: ci.prefix,
    SERVICE_TOKEN,
    RUNNER_HEARTBEAT_MS: '100',
    RUNNER_KILL_GRACE_MS: '500',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const { app } = await createApp(RunnerModule.register(config), config, RUNNER_DESCRIPTION);
  useStreamsTransport(
    app,
    new RedisStreamsServer({
      url: config.REDIS_URL,
      prefix: config.REDIS_PREFIX,
      group: 'ci-runners',
      contracts: CI_STREAMS,
      blockMs: 200,
    }),
  );
  await app.init();
  await app.startAllMicroservices();
  return app;
}
