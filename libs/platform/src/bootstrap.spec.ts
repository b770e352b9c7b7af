import { Body, Controller, Get, Module, Param, Post, Query, type DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IsEmail, IsObject, IsOptional, IsString } from 'class-validator';
import { request as httpRequest } from 'node:http';
import { createApp } from './bootstrap';
import { BaseConfig, loadConfig, PortVar } from './config';
import { MAX_JSON_DEPTH } from './json-body';
import { PlatformModule } from './platform.module';

class TestConfig extends BaseConfig {
  @PortVar(0)
  PORT!: number;
}

class ThingDto {
  @IsString()
  name!: string;

  @IsOptional()
  @IsObject()
  meta?: Record<string, unknown>;

  @IsOptional()
  @IsEmail()
  email?: string;
}

class ThingQuery {
  @IsOptional()
  @IsString()
  name?: string;
}

@Controller('things')
class ThingsController {
  @Post()
  create(@Body() body: ThingDto): { name: string } {
    return { name: body.name };
  }

  @Get()
  list(@Query() query: ThingQuery): { name: string | null } {
    return { name: query.name ?? null };
  }

  @Get(':id')
  get(@Param('id') id: string): { id: string } {
    return { id };
  }
}

@Module({})
class TestModule {
  static register(config: TestConfig): DynamicModule {
    return {
      module: TestModule,
      imports: [PlatformModule.forApp('test', config)],
      controllers: [ThingsController],
    };
  }
}

/** JSON text of an object `depth` levels deep. */
const nested = (depth: number): string => `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;

interface Answer {
  status: number;
  type: string;
  body: {
    status?: number;
    code?: string;
    detail?: string;
    errors?: { field: string }[];
    request_id?: string;
  };
  text: string;
}

describe('createApp: input every service refuses the same way', () => {
  let app: NestFastifyApplication;
  let port: number;

  beforeAll(async () => {
    const config = loadConfig(TestConfig, { LOG_LEVEL: 'silent', PORT: '0' });
    ({ app } = await createApp(TestModule.register(config), config, {
      service: 'test',
      title: 'test',
      description: 'test',
      version: '0',
    }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = Number(new URL(await app.getUrl()).port);
  });

  afterAll(async () => {
    await app.close();
  });

  async function send(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
    const response = await app.inject({
      method: method as 'GET',
      url: path,
      payload: body,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    });
    const type = String(response.headers['content-type'] ?? '');
    const parsed: Answer['body'] = type.includes('json') ? response.json() : {};
    return { status: response.statusCode, type, body: parsed, text: response.body };
  }

  function expectProblem(answer: Answer, status: number, code: string): void {
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status, code });
    expect(answer.type).toMatch(/^application\/problem\+json/);
    expect(answer.body.status).toBe(status);
    expect(answer.body.request_id).toEqual(expect.any(String));
    expect(answer.text).not.toContain('    at ');
  }

  describe('JSON depth', () => {
    it('refuses a body nested 5,000 deep with 400 before validation walks it', async () => {
      const answer = await send('POST', '/things', `{"name":"x","meta":${nested(5000)}}`);
      expectProblem(answer, 400, 'bad_request');
      expect(answer.body.detail).toContain(String(MAX_JSON_DEPTH));
    });

    it('refuses arrays nested past the limit too', async () => {
      expectProblem(
        await send('POST', '/things', `${'['.repeat(200)}${']'.repeat(200)}`),
        400,
        'bad_request',
      );
    });

    it(`accepts a body exactly ${MAX_JSON_DEPTH} levels deep`, async () => {
      const answer = await send('POST', '/things', `{"name":"x","meta":${nested(MAX_JSON_DEPTH - 1)}}`);
      expect(answer.status).toBe(201);
    });

    it('does not count brackets inside strings', async () => {
      const answer = await send('POST', '/things', JSON.stringify({ name: `${'{['.repeat(500)}\\"` }));
      expect(answer.status).toBe(201);
    });

    it('still refuses prototype poisoning and malformed JSON', async () => {
      expectProblem(await send('POST', '/things', '{"name":"x","__proto__":{"a":1}}'), 400, 'bad_request');
      expectProblem(await send('POST', '/things', '{"name":'), 400, 'bad_request');
    });
  });

  describe('NUL characters', () => {
    it('refuses a NUL in a body string with 422 naming the field', async () => {
      const answer = await send('POST', '/things', JSON.stringify({ name: 'a\u0000b' }));
      expectProblem(answer, 422, 'validation_failed');
      expect(answer.body.errors?.map((e) => e.field)).toEqual(['name']);
    });

    it('refuses a NUL in a nested value or key of a free-form object', async () => {
      const answer = await send(
        'POST',
        '/things',
        JSON.stringify({ name: 'x', meta: { list: ['ok', 'n\u0000'], 'k\u0000': 1 } }),
      );
      expectProblem(answer, 422, 'validation_failed');
      expect(answer.body.errors?.map((e) => e.field)).toEqual(['meta.list[1]', 'meta.k\\u0000']);
    });

    it('refuses a NUL in a path parameter', async () => {
      const answer = await send('GET', '/things/abc%00def');
      expectProblem(answer, 422, 'validation_failed');
      expect(answer.body.errors?.map((e) => e.field)).toEqual(['id']);
    });

    it('refuses a NUL in a query parameter', async () => {
      const answer = await send('GET', '/things?name=%00');
      expectProblem(answer, 422, 'validation_failed');
      expect(answer.body.errors?.map((e) => e.field)).toEqual(['name']);
    });

    it('refuses a lone surrogate with 422 (validator.js would throw on it, PostgreSQL store U+FFFD)', async () => {
      const answer = await send(
        'POST',
        '/things',
        JSON.stringify({ name: 'x', email: 'a\ud800b@example.com' }),
      );
      expectProblem(answer, 422, 'validation_failed');
      expect(answer.body.errors?.map((e) => e.field)).toEqual(['email']);
    });

    it('lets other control characters and unicode through', async () => {
      expect((await send('GET', '/things/a%01%F0%9F%92%A9')).status).toBe(200);
      expect(
        (await send('POST', '/things', JSON.stringify({ name: 'e\u0301 \u{1F4A9} \u202e' }))).status,
      ).toBe(201);
    });
  });

  describe("the router's and the HTTP parser's own refusals", () => {
    it('answers a path parameter over 100 characters with a 414 problem', async () => {
      expectProblem(await send('GET', `/things/${'p'.repeat(101)}`), 414, 'uri_too_long');
    });

    it('answers malformed percent-encoding with a 400 problem', async () => {
      const answer = await send('GET', '/things/%zz');
      expectProblem(answer, 400, 'bad_request');
      expect(answer.body.detail).toBe('The URL is not valid percent-encoded UTF-8');
    });

    it('answers headers over 16 KiB with a 431 problem and closes the connection', async () => {
      const answer = await new Promise<{ status: number; type: string; connection: string; text: string }>(
        (resolve, reject) => {
          const outgoing = httpRequest(
            { host: '127.0.0.1', port, path: `/things?name=${'x'.repeat(20_000)}` },
            (response) => {
              let text = '';
              response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
              response.on('end', () =>
                resolve({
                  status: response.statusCode ?? 0,
                  type: String(response.headers['content-type']),
                  connection: String(response.headers.connection),
                  text,
                }),
              );
            },
          );
          outgoing.on('error', reject);
          outgoing.end();
        },
      );
      expect(answer).toMatchObject({ status: 431, type: 'application/problem+json', connection: 'close' });
      expect(JSON.parse(answer.text)).toMatchObject({ status: 431, code: 'headers_too_large' });
    });
  });
});
