import 'reflect-metadata';
import type { IncomingMessage } from 'node:http';
import { type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ProblemDto } from '@slipway/contracts';
import { Logger } from 'nestjs-pino';
import type { BaseConfig } from './config';
import { REQUEST_ID_HEADER, requestIdOf } from './logging';
import { MetricsService } from './metrics';
import { ProblemFilter } from './problem.filter';
import { createValidationPipe } from './validation';

export interface AppDescription {
  title: string;
  description: string;
  version: string;
}

/** Builds an app the one way every Slipway service boots: Fastify, pino, problem+json, validation, metrics, Swagger. */
export async function createApp(
  module: Type | DynamicModule,
  config: BaseConfig,
  description: AppDescription,
): Promise<{ app: NestFastifyApplication; openapi: OpenAPIObject }> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    genReqId: (req: IncomingMessage) => requestIdOf(req),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser('text/plain');
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  app.get(MetricsService).instrument(fastify);

  const openapi = buildOpenApi(app, description);
  SwaggerModule.setup('docs', app, openapi, { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
  return { app, openapi };
}

export function buildOpenApi(app: INestApplication, description: AppDescription): OpenAPIObject {
  const document = new DocumentBuilder()
    .setTitle(description.title)
    .setDescription(description.description)
    .setVersion(description.version)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Service-Token' }, 'service-token')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Telegram-ID' }, 'telegram-id')
    .build();
  return SwaggerModule.createDocument(app, document, { extraModels: [ProblemDto] });
}

/** Starts listening, and on SIGTERM stops accepting, lets in-flight requests finish, then closes pools. */
export async function listen(app: NestFastifyApplication, config: BaseConfig): Promise<string> {
  process.once('SIGTERM', () => {
    setTimeout(() => process.exit(1), config.SHUTDOWN_GRACE_MS).unref();
  });
  await app.listen({ port: config.PORT, host: config.HOST });
  return app.getUrl();
}
