import 'reflect-metadata';
import type { IncomingMessage } from 'node:http';
import { type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ProblemDto } from '@slipway/contracts';
import type { BaseConfig } from './config';
import { ShutdownState } from './health';
import { loggerOf, PinoNestLogger, RequestLogController, requestIdOf } from './logging';
import { answerClientError } from './client-error';
import { honourRouteBodyLimits } from './body-limit';
import { jsonBodyParser } from './json-body';
import { MetricsService } from './metrics';
import { ProblemFilter, sendProblem } from './problem.filter';
import { requestLoggers } from './request-logger';
import { echoRequestIds, openRequestScopes } from './request-scope';
import { createValidationPipe } from './validation';

export interface AppDescription {
  /** Short name, on every log line and metric. */
  service: string;
  title: string;
  description: string;
  version: string;
  /** Header credentials of the app's own, documented as API-key security schemes by name (cost-api's `api-key`: X-API-Key). */
  apiKeyHeaders?: Record<string, string>;
}

/** Builds an app the one way every Slipway service boots: Fastify, pino, problem+json, validation, metrics, Swagger. */
export interface AppOptions {
  /** Keep each JSON body's exact bytes as `request.rawBody` (webhook signatures). */
  rawBody?: boolean;
  /** Proxies in front of this app whose X-Forwarded-For is believed (request.ip is the client's). */
  trustProxyHops?: number;
  /**
   * Open a request scope per request (default), so that whatever the request causes — a log line
   * through AppLogger, a call to another service, a stream message — carries its id. An app that
   * causes nothing beyond its own reply (data-api) turns it off and saves its cost.
   */
  requestScopes?: boolean;
  /** At shutdown, cut connections still open after in-flight requests (event streams never end by themselves). */
  forceCloseConnections?: boolean;
  /** The document served at /openapi.json and /docs instead of the app's own (the gateway's merged one). */
  openapi?: (own: OpenAPIObject) => OpenAPIObject;
}

/** Believes X-Forwarded-For across the nearest `hops` proxies. */
const trustHops =
  (hops: number) =>
  (_address: string, hop: number): boolean =>
    hop < hops;

export async function createApp(
  module: Type | DynamicModule,
  config: BaseConfig,
  description: AppDescription,
  options: AppOptions = {},
): Promise<{ app: NestFastifyApplication; openapi: () => OpenAPIObject }> {
  const logger = loggerOf(description.service, config);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    childLoggerFactory: requestLoggers(logger),
    logController: new RequestLogController(),
    skipMiddie: true,
    bodyLimit: config.BODY_LIMIT_BYTES,
    genReqId: (req: IncomingMessage) => requestIdOf(req),
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
    ...(options.trustProxyHops ? { trustProxy: trustHops(options.trustProxyHops) } : {}),
    ...(options.forceCloseConnections ? { forceCloseConnections: true } : {}),
    // The router's own refusals (a path parameter over 100 characters, a malformed URL) and the
    // HTTP parser's (headers over 16 KiB) answer problem+json like everything else.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) =>
      sendProblem(error, request, reply),
    clientErrorHandler: answerClientError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: new PinoNestLogger(logger),
    rawBody: options.rawBody ?? false,
    abortOnError: false,
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());

  const fastify = app.getHttpAdapter().getInstance();
  honourRouteBodyLimits(fastify);
  app.useBodyParser('application/json', { bodyLimit: config.BODY_LIMIT_BYTES }, jsonBodyParser(fastify));
  fastify.removeContentTypeParser('text/plain');
  if (options.requestScopes === false) echoRequestIds(fastify);
  else openRequestScopes(fastify);
  app.get(MetricsService).instrument(fastify);

  // Built when first asked for (the docs routes, the `openapi` command), not at every boot.
  let document: OpenAPIObject | undefined;
  const openapi = (): OpenAPIObject => {
    if (document) return document;
    const own = buildOpenApi(app, description);
    document = options.openapi ? options.openapi(own) : own;
    return document;
  };
  SwaggerModule.setup('docs', app, openapi, {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
  });
  return { app, openapi };
}

export function buildOpenApi(app: INestApplication, description: AppDescription): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle(description.title)
    .setDescription(description.description)
    .setVersion(description.version)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Service-Token' }, 'service-token')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Telegram-ID' }, 'telegram-id')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-User-Id' }, 'user-id');
  for (const [scheme, header] of Object.entries(description.apiKeyHeaders ?? {}))
    builder.addApiKey({ type: 'apiKey', in: 'header', name: header }, scheme);
  const document = builder.build();
  return SwaggerModule.createDocument(app, document, { extraModels: [ProblemDto] });
}

/**
 * Starts listening. On SIGTERM or SIGINT: /ready turns 503 and requests are still served for
 * SHUTDOWN_DRAIN_MS; then stop accepting, let in-flight requests finish, close pools (Nest's
 * shutdown hooks) and exit 0 — or exit 1 if that takes longer than SHUTDOWN_GRACE_MS.
 */
export async function listen(app: NestFastifyApplication, config: BaseConfig): Promise<string> {
  const logger = app.getHttpAdapter().getInstance().log;
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal, drain_ms: config.SHUTDOWN_DRAIN_MS }, 'shutting down');
    app.get(ShutdownState).draining = true;
    setTimeout(() => {
      logger.error('in-flight work did not finish within SHUTDOWN_GRACE_MS; exiting');
      process.exit(1);
    }, config.SHUTDOWN_DRAIN_MS + config.SHUTDOWN_GRACE_MS).unref();
    const drained = new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_DRAIN_MS));
    drained
      .then(() => app.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  await app.listen({ port: config.PORT, host: config.HOST });
  return app.getUrl();
}
