import { Body, Controller, Get, Inject, Module, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { createApp } from './bootstrap';
import { BaseConfig, loadConfig, PortVar } from './config';
import { AppLogger } from './logging';
import { PlatformModule } from './platform.module';
import { Public } from './public';
import { currentRequestId, withRequestId } from './request-context';

class ScopeConfig extends BaseConfig {
  @PortVar(0)
  PORT!: number;
}

@Controller()
class ScopeController {
  constructor(@Inject(AppLogger) private readonly logger: AppLogger) {}

  @Get('id')
  @Public()
  async id(): Promise<{ id: string | undefined }> {
    await sleep(5);
    return { id: currentRequestId() };
  }

  @Post('id')
  @Public()
  async posted(@Body() body: { n: number }): Promise<{ id: string | undefined; n: number }> {
    await sleep(5);
    this.logger.info({ n: body.n }, 'handled');
    return { id: currentRequestId(), n: body.n };
  }
}

describe('request scopes', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    const config = loadConfig(ScopeConfig, { LOG_LEVEL: 'silent' });
    @Module({ imports: [PlatformModule.forApp('scope-test', config)], controllers: [ScopeController] })
    class ScopeModule {}
    ({ app } = await createApp(ScopeModule, config, {
      service: 'scope-test',
      title: 't',
      description: 't',
      version: '0',
    }));
    await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('runs each request in a scope of its own id, body or no body, many at once', async () => {
    const url = await app.getUrl();
    const replies = await Promise.all(
      Array.from({ length: 20 }, async (_, n) => {
        const requestId = `scope-${n}`;
        const response =
          n % 2 === 0
            ? await fetch(`${url}/id`, { headers: { 'x-request-id': requestId } })
            : await fetch(`${url}/id`, {
                method: 'POST',
                headers: { 'x-request-id': requestId, 'content-type': 'application/json' },
                body: JSON.stringify({ n, padding: 'x'.repeat(70_000) }),
              });
        return { requestId, body: (await response.json()) as { id: string } };
      }),
    );
    for (const { requestId, body } of replies) expect(body.id).toBe(requestId);
  });

  it('keeps the scope when the body arrives in pieces, after the request has begun', async () => {
    const { port } = new URL(await app.getUrl());
    const body = await new Promise<string>((resolve, reject) => {
      const request = httpRequest(
        {
          port,
          host: '127.0.0.1',
          path: '/id',
          method: 'POST',
          headers: { 'x-request-id': 'slow-body', 'content-type': 'application/json' },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve(text));
        },
      );
      request.on('error', reject);
      request.write('{"n": 7, ');
      setTimeout(() => request.end('"tail": true}'), 50);
    });
    expect(JSON.parse(body)).toEqual({ id: 'slow-body', n: 7 });
  });

  it('puts the scope’s request id on every AppLogger line, and none outside a scope', () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        callback();
      },
    });
    const logger = new AppLogger(pino({ level: 'info' }, sink));
    withRequestId('req-42', () => {
      logger.info({ run_id: 'r1' }, 'inside');
      logger.child({ worker: 'w1' }).warn('child inside');
    });
    logger.info('outside');
    logger.debug('below the level');
    expect(lines).toMatchObject([
      { request_id: 'req-42', run_id: 'r1', msg: 'inside' },
      { request_id: 'req-42', worker: 'w1', msg: 'child inside' },
      { msg: 'outside' },
    ]);
    expect(lines[2]).not.toHaveProperty('request_id');
    expect(lines).toHaveLength(3);
  });
});
