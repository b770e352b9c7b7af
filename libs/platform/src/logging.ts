import type { LoggerService } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import pino, { type Logger } from 'pino';
import PinoPretty from 'pino-pretty';
import { currentRequestId } from './request-context';
import { RequestLogger } from './request-logger';

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Keeps a well-formed incoming X-Request-Id, else makes one; the raw request carries it from then on. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id = typeof incoming === 'string' && ACCEPTED_ID.test(incoming) ? incoming : randomUUID();
  req.headers[REQUEST_ID_HEADER] = id;
  return id;
}

/** Paths never written to a log, whatever object carries them. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-service-token"]',
  'req.headers["x-api-key"]',
  'req.headers["x-gitea-signature"]',
  'req.headers["x-hub-signature-256"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.secret',
  '*.token',
  '*.key',
  '*.key_hash',
  '*.api_key',
  '*.secrets',
  '*.secret_access_key',
  '*.session_token',
  '*.access_key_id',
  '*.DATABASE_URL',
  '*.SERVICE_TOKEN',
  '*.LLM_API_KEY',
  '*.GITEA_WEBHOOK_SECRET',
  '*.GITHUB_WEBHOOK_SECRET',
  '*.GITEA_TOKEN',
  '*.GITHUB_TOKEN',
  '*.CREDENTIALS_ENCRYPTION_KEY',
  '*.COST_ROOT_API_KEY',
  '*.PLANNER_API_KEY',
  '*.SMTP_URL',
  '*.signing_secret',
  '*.webhook_url',
];

export type LogFormat = 'json' | 'pretty' | 'auto';

/**
 * A pino logger: JSON lines (or human-readable ones for a person at a terminal), service name on
 * each, secrets redacted. Apps do not call this: they get theirs from `loggerOf(config)`.
 */
export function createLogger(service: string, level: string, format: LogFormat = 'json'): Logger {
  const options = {
    level,
    base: { service },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  const pretty = format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
  if (!pretty) return pino(options);
  return pino(
    options,
    PinoPretty({
      colorize: format === 'pretty' || PinoPretty.isColorSupported,
      ignore: 'pid,hostname',
      translateTime: 'SYS:HH:MM:ss.l',
      sync: true,
    }),
  );
}

const loggers = new WeakMap<object, Logger>();

/** The app's one pino logger, made once per configuration: createApp, Nest and AppLogger share it. */
export function loggerOf(service: string, config: { LOG_LEVEL: string; LOG_FORMAT: LogFormat }): Logger {
  let logger = loggers.get(config);
  if (!logger) {
    logger = createLogger(service, config.LOG_LEVEL, config.LOG_FORMAT);
    loggers.set(config, logger);
  }
  return logger;
}

type Fields = Record<string, unknown>;
type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * The logger app code injects: the app's pino logger, with the request id of the unit of work
 * (HTTP request or stream message) on every line, so one request can be followed across processes.
 */
export class AppLogger {
  constructor(private readonly pino: Logger) {}

  child(bindings: Fields): AppLogger {
    return new AppLogger(this.pino.child(bindings));
  }

  isLevelEnabled(level: Level): boolean {
    return this.pino.isLevelEnabled(level);
  }

  fatal(fields: Fields | string, message?: string): void {
    this.write('fatal', fields, message);
  }
  error(fields: Fields | string, message?: string): void {
    this.write('error', fields, message);
  }
  warn(fields: Fields | string, message?: string): void {
    this.write('warn', fields, message);
  }
  info(fields: Fields | string, message?: string): void {
    this.write('info', fields, message);
  }
  debug(fields: Fields | string, message?: string): void {
    this.write('debug', fields, message);
  }
  trace(fields: Fields | string, message?: string): void {
    this.write('trace', fields, message);
  }

  private write(level: Level, fields: Fields | string, message?: string): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const requestId = currentRequestId();
    const context = requestId === undefined ? {} : { request_id: requestId };
    if (typeof fields === 'string') this.pino[level](context, fields);
    else this.pino[level]({ ...context, ...fields }, message);
  }
}

/** Nest's logger interface over pino, so framework and app messages share the JSON stream (with the request id). */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, traceOrContext?: string, context?: string): void {
    this.write('error', message, context ?? traceOrContext);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(
    level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace',
    message: unknown,
    context?: string,
  ): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const requestId = currentRequestId();
    const fields = requestId === undefined ? { context } : { context, request_id: requestId };
    if (message instanceof Error) this.pino[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.pino[level]({ ...fields, ...message });
    else this.pino[level](fields, String(message));
  }
}

const QUIET_ROUTES = new Set(['/health', '/ready', '/metrics']);

/**
 * A read that another Slipway service made for itself (the reaper's and the event streams'
 * polling, say): logged at debug when it succeeds, so a poll is not a line at info.
 */
const isServiceRead = (request: FastifyRequest): boolean =>
  request.subject === 'service' && (request.method === 'GET' || request.method === 'HEAD');

/**
 * Fastify's per-request logging, as one line per finished request (none when it starts):
 * warn for 4xx, error for 5xx, debug for a service's own successful reads; probes and scrapes are
 * not logged. Every line carries request_id.
 */
export class RequestLogController extends LogController {
  constructor() {
    super({
      requestIdLogLabel: 'request_id',
      disableRequestLogging: (req: FastifyRequest) => QUIET_ROUTES.has(req.routeOptions?.url ?? ''),
    });
  }

  override incomingRequest(): void {
    return undefined;
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const status = reply.statusCode;
    const level =
      error || status >= 500 ? 'error' : status >= 400 ? 'warn' : isServiceRead(request) ? 'debug' : 'info';
    // Below the line's level (a 2xx at warn) nothing is built: the route lookup makes an object.
    if (request.log instanceof RequestLogger && request.log.drops(level)) return;
    if (this.isLogDisabled(request)) return;
    const fields = {
      method: request.method,
      url: request.url,
      route: request.routeOptions.url,
      status,
      duration_ms: Math.round(reply.elapsedTime * 100) / 100,
    };
    request.log[level](error ? { ...fields, err: error } : fields, 'request completed');
  }
}
