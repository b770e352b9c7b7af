import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { CI_STREAMS } from '@slipway/contracts';
import { ConfigError, createApp, envSpecs, listen, loadConfig, MetricsService } from '@slipway/platform';
import { RedisStreamsServer, useStreamsTransport } from '@slipway/streams';
import { CONFIG_FILE, RunnerConfig } from '../config';
import { RUN_PIPELINE_COMMAND, runPodPipeline } from './pod-pipeline';
import { RUNNER_DESCRIPTION, RunnerModule } from './runner.module';

const logger = new Logger('ci-runner');

/**
 * The ci-runner: consumer group `ci-runners` on `ci.jobs`, RUNNER_CONCURRENCY jobs at a time.
 * `config-specs` prints its variables; `run-pipeline <dir>` runs a pipeline inside a job's pod.
 */
async function main(): Promise<void> {
  if (process.argv[2] === 'config-specs') {
    process.stdout.write(`${JSON.stringify(envSpecs(RunnerConfig))}\n`);
    return;
  }
  if (process.argv[2] === RUN_PIPELINE_COMMAND) {
    // Inside the pod of a Kubernetes job (see pod-pipeline.ts); deleting the Job sends SIGTERM.
    const cancel = new AbortController();
    process.once('SIGTERM', () => cancel.abort());
    process.exitCode = await runPodPipeline(process.argv[3] ?? process.cwd(), {
      env: process.env,
      signal: cancel.signal,
      write: (text) => process.stdout.write(text),
    });
    return;
  }
  const config = loadConfig(RunnerConfig, process.env, CONFIG_FILE);
  const { app } = await createApp(RunnerModule.register(config), config, RUNNER_DESCRIPTION);
  const server = new RedisStreamsServer({
    url: config.REDIS_URL,
    prefix: config.REDIS_PREFIX,
    group: 'ci-runners',
    contracts: CI_STREAMS,
    concurrency: config.RUNNER_CONCURRENCY,
    visibilityTimeoutMs: config.RUNNER_VISIBILITY_TIMEOUT_MS,
    maxDeliveries: config.RUNNER_MAX_ATTEMPTS + 1,
    registry: app.get(MetricsService).registry,
  });
  useStreamsTransport(app, server);
  await app.startAllMicroservices();
  const url = await listen(app, config);
  logger.log(`consuming ci.jobs; health and metrics on ${url}`);
}

main().catch((error: unknown) => {
  logger.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
