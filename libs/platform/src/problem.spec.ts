import {
  BadGatewayException,
  BadRequestException,
  ConflictException,
  ForbiddenException,
  HttpException,
  InternalServerErrorException,
  MethodNotAllowedException,
  NotFoundException,
  PayloadTooLargeException,
  PreconditionFailedException,
  ServiceUnavailableException,
  UnauthorizedException,
  UnprocessableEntityException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { ERROR_CATALOGUE, type ErrorCode } from '@slipway/contracts';
import { ProblemException, toProblem } from './problem';

const INTERNAL_DETAIL = 'An unexpected error occurred; quote the request id when reporting it';

describe('ProblemException', () => {
  it('takes its status from the catalogue', () => {
    expect(new ProblemException('conflict', 'taken').status).toBe(409);
    expect(new ProblemException('precondition_failed', 'stale').status).toBe(412);
    expect(new ProblemException('timeout', 'slow').status).toBe(503);
  });

  it('notFound names what was not found', () => {
    const problem = ProblemException.notFound('Project 123');
    expect(problem.code).toBe('not_found');
    expect(problem.status).toBe(404);
    expect(problem.detail).toBe('Project 123 was not found');
  });

  it('validation carries the field errors and joins their messages in the detail', () => {
    const errors = [
      { field: 'name', message: 'name must be a string' },
      { field: 'config.port', message: 'port must not be less than 1' },
    ];
    const problem = ProblemException.validation(errors);
    expect(problem.code).toBe('validation_failed');
    expect(problem.status).toBe(422);
    expect(problem.errors).toEqual(errors);
    expect(problem.detail).toBe('name must be a string; port must not be less than 1');
  });

  it('keeps extra headers such as Retry-After', () => {
    const problem = new ProblemException('rate_limited', 'slow down', undefined, { 'retry-after': '5' });
    expect(problem.headers).toEqual({ 'retry-after': '5' });
    expect(new ProblemException('conflict', 'x').headers).toEqual({});
  });
});

describe('toProblem', () => {
  it('returns a ProblemException unchanged', () => {
    const original = new ProblemException('idempotency_conflict', 'key reused', undefined, { a: 'b' });
    expect(toProblem(original)).toBe(original);
  });

  it.each<[string, HttpException, ErrorCode]>([
    ['BadRequest', new BadRequestException('bad thing'), 'bad_request'],
    ['Unauthorized', new UnauthorizedException('who are you'), 'unauthorized'],
    ['Forbidden', new ForbiddenException('not yours'), 'forbidden'],
    ['NotFound', new NotFoundException('no such project'), 'not_found'],
    ['MethodNotAllowed', new MethodNotAllowedException('nope'), 'method_not_allowed'],
    ['Conflict', new ConflictException('taken'), 'conflict'],
    ['PreconditionFailed', new PreconditionFailedException('stale'), 'precondition_failed'],
    ['PayloadTooLarge', new PayloadTooLargeException('too big'), 'payload_too_large'],
    ['UnsupportedMediaType', new UnsupportedMediaTypeException('xml?'), 'unsupported_media_type'],
    ['UnprocessableEntity', new UnprocessableEntityException('invalid'), 'validation_failed'],
    ['TooManyRequests', new HttpException('slow down', 429), 'rate_limited'],
    ['ServiceUnavailable', new ServiceUnavailableException('db down'), 'unavailable'],
  ])('maps HttpException %s to its code and keeps its message', (_name, error, code) => {
    const problem = toProblem(error);
    expect(problem.code).toBe(code);
    expect(problem.status).toBe(error.getStatus());
    expect(problem.detail).toBe(error.message);
  });

  it('maps an HttpException with an unlisted 4xx status to bad_request', () => {
    const problem = toProblem(new HttpException("I'm a teapot", 418));
    expect(problem.code).toBe('bad_request');
    expect(problem.status).toBe(400);
  });

  it.each<[string, HttpException]>([
    [
      'InternalServerError',
      new InternalServerErrorException('connection to 10.0.0.5 refused: password=hunter2'),
    ],
    ['BadGateway', new BadGatewayException('upstream said SELECT * FROM users')],
    ['HttpException 507', new HttpException('disk /var/lib/pg full', 507)],
  ])('maps a 5xx HttpException (%s) to internal without its message', (_name, error) => {
    const problem = toProblem(error);
    expect(problem.code).toBe('internal');
    expect(problem.status).toBe(500);
    expect(problem.detail).toBe(ERROR_CATALOGUE.internal.title);
    expect(problem.detail).not.toContain(error.message);
  });

  it('maps a fastify-style 413 to payload_too_large with a fixed message', () => {
    const error = Object.assign(new Error('Request body is too large'), {
      statusCode: 413,
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
    });
    const problem = toProblem(error);
    expect(problem.code).toBe('payload_too_large');
    expect(problem.status).toBe(413);
    expect(problem.detail).toBe('The request body exceeds the size limit');
  });

  it('maps a fastify-style 415 to unsupported_media_type with its message', () => {
    const error = Object.assign(new Error('Unsupported Media Type: text/plain'), { statusCode: 415 });
    const problem = toProblem(error);
    expect(problem.code).toBe('unsupported_media_type');
    expect(problem.status).toBe(415);
    expect(problem.detail).toBe('Unsupported Media Type: text/plain');
  });

  it('maps a JSON SyntaxError with statusCode 400 to bad_request saying the body is not JSON', () => {
    const error = Object.assign(new SyntaxError('Unexpected token } in JSON at position 12'), {
      statusCode: 400,
    });
    const problem = toProblem(error);
    expect(problem.code).toBe('bad_request');
    expect(problem.status).toBe(400);
    expect(problem.detail).toBe('The request body is not valid JSON');
  });

  it("maps Fastify's 414 for a long path parameter to uri_too_long without echoing the URL", () => {
    const error = Object.assign(new Error(`'/api/tasks/${'p'.repeat(200)}' is not a valid url component`), {
      statusCode: 414,
      code: 'FST_ERR_MAX_PARAM_LENGTH',
    });
    const problem = toProblem(error);
    expect(problem.code).toBe('uri_too_long');
    expect(problem.status).toBe(414);
    expect(problem.detail).toBe('A path parameter is longer than 100 characters');
  });

  it("maps Fastify's malformed-URL 400 to bad_request saying what is wrong", () => {
    const error = Object.assign(new Error("'/jobs/%zz' is not a valid url component"), {
      statusCode: 400,
      code: 'FST_ERR_BAD_URL',
    });
    const problem = toProblem(error);
    expect(problem.code).toBe('bad_request');
    expect(problem.detail).toBe('The URL is not valid percent-encoded UTF-8');
  });

  it.each<[number, ErrorCode]>([
    [408, 'request_timeout'],
    [431, 'headers_too_large'],
  ])('maps a %d error to %s', (status, code) => {
    const problem = toProblem(Object.assign(new Error('x'), { statusCode: status }));
    expect(problem.code).toBe(code);
    expect(problem.status).toBe(status);
  });

  it('maps a plain object with a 4xx statusCode, using the catalogue title when there is no message', () => {
    const problem = toProblem({ statusCode: 404 });
    expect(problem.code).toBe('not_found');
    expect(problem.detail).toBe(ERROR_CATALOGUE.not_found.title);
  });

  it('maps an unlisted 4xx statusCode to bad_request', () => {
    const problem = toProblem(Object.assign(new Error('expectation failed'), { statusCode: 417 }));
    expect(problem.code).toBe('bad_request');
    expect(problem.status).toBe(400);
  });

  it('maps a fastify-style 5xx error to internal without its message', () => {
    const error = Object.assign(new Error('FATAL: password authentication failed for user "postgres"'), {
      statusCode: 500,
    });
    const problem = toProblem(error);
    expect(problem.code).toBe('internal');
    expect(problem.detail).toBe(INTERNAL_DETAIL);
    expect(problem.detail).not.toContain('password');
  });

  it('ignores a statusCode that is not a number', () => {
    const problem = toProblem(Object.assign(new Error('weird'), { statusCode: '404' }));
    expect(problem.code).toBe('internal');
    expect(problem.detail).not.toContain('weird');
  });

  it.each<[string, unknown]>([
    ['an Error', new Error('relation "users" does not exist at SELECT * FROM users WHERE password = $1')],
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'secret_token')")],
    ['a string', 'DATABASE_URL=postgres://admin:hunter2@db/app'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object', { message: 'internal detail', stack: 'at foo (/app/src/x.ts:1:1)' }],
  ])('maps %s to internal and never carries its message', (_name, error) => {
    const problem = toProblem(error);
    expect(problem).toBeInstanceOf(ProblemException);
    expect(problem.code).toBe('internal');
    expect(problem.status).toBe(500);
    expect(problem.detail).toBe(INTERNAL_DETAIL);
    expect(problem.errors).toBeUndefined();
    expect(problem.detail).not.toMatch(/SELECT|secret|hunter2|internal detail|\.ts:\d/);
  });

  it('never answers with a status outside the catalogue entry of its code', () => {
    const inputs: unknown[] = [
      new HttpException('x', 400),
      new HttpException('x', 404),
      new HttpException('x', 409),
      new HttpException('x', 418),
      new HttpException('x', 503),
      { statusCode: 413 },
      { statusCode: 499 },
      new Error('x'),
    ];
    for (const input of inputs) {
      const problem = toProblem(input);
      expect(problem.status).toBe(ERROR_CATALOGUE[problem.code].status);
    }
  });
});

describe('ERROR_CATALOGUE', () => {
  const codes = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

  it('is not empty and includes the codes every service relies on', () => {
    expect(codes).toEqual(
      expect.arrayContaining([
        'bad_request',
        'unauthorized',
        'forbidden',
        'not_found',
        'conflict',
        'precondition_failed',
        'payload_too_large',
        'uri_too_long',
        'unsupported_media_type',
        'validation_failed',
        'rate_limited',
        'headers_too_large',
        'request_timeout',
        'internal',
        'unavailable',
      ]),
    );
  });

  it.each(codes)('documents %s with a status, a title and a description', (code) => {
    const entry = ERROR_CATALOGUE[code];
    expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(Number.isInteger(entry.status)).toBe(true);
    expect(entry.status).toBeGreaterThanOrEqual(400);
    expect(entry.status).toBeLessThan(600);
    expect(typeof entry.title).toBe('string');
    expect(entry.title.trim().length).toBeGreaterThan(0);
    expect(typeof entry.description).toBe('string');
    expect(entry.description.trim().length).toBeGreaterThan(10);
    expect(entry.description).not.toBe(entry.title);
  });

  it.each(codes)('gives %s a problem whose status is the catalogue status', (code) => {
    expect(new ProblemException(code, 'detail').status).toBe(ERROR_CATALOGUE[code].status);
  });

  it('gives every code its own title', () => {
    const titles = codes.map((code) => ERROR_CATALOGUE[code].title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
