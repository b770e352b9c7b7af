import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import type { Bindings, ChildLoggerOptions, Level, LevelWithSilentOrString, Logger } from 'pino';

type ChildLoggerFactory = NonNullable<FastifyServerOptions['childLoggerFactory']>;

/**
 * `request.log`: Fastify's logger bound to the request id, which becomes a pino child only when a
 * line is written at an enabled level. Every request gets one and most write none (a 2xx below
 * info), while a pino child serializes its bindings through every redaction path when it is made.
 */
export class RequestLogger implements FastifyBaseLogger {
  private bound?: FastifyBaseLogger;

  /** `root` answers which levels are enabled: the app's logger, at the same level as `parent`. */
  constructor(
    private readonly root: Logger,
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
  ) {}

  get level(): LevelWithSilentOrString {
    return (this.bound ?? this.parent).level;
  }

  set level(level: LevelWithSilentOrString) {
    this.logger().level = level;
  }

  fatal(...args: unknown[]): void {
    this.write('fatal', args);
  }
  error(...args: unknown[]): void {
    this.write('error', args);
  }
  warn(...args: unknown[]): void {
    this.write('warn', args);
  }
  info(...args: unknown[]): void {
    this.write('info', args);
  }
  debug(...args: unknown[]): void {
    this.write('debug', args);
  }
  trace(...args: unknown[]): void {
    this.write('trace', args);
  }
  silent(): void {
    return undefined;
  }

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.logger().child(bindings, options);
  }

  /** Whether a line at `level` is dropped for certain, so a caller can skip building it. */
  drops(level: Level): boolean {
    return this.bound === undefined && !this.root.isLevelEnabled(level);
  }

  private write(level: Level, args: unknown[]): void {
    if (this.drops(level)) return;
    const logger = this.logger();
    Reflect.apply(logger[level], logger, args);
  }

  private logger(): FastifyBaseLogger {
    this.bound ??= this.parent.child(this.bindings);
    return this.bound;
  }
}

/**
 * Fastify's child logger factory over the app's logger `root`: request loggers are made lazily
 * (above). A route with a log level or serializers of its own gets pino's child at once.
 */
export function requestLoggers(root: Logger): ChildLoggerFactory {
  return (parent, bindings, options) =>
    options.level === undefined && options.serializers === undefined && parent.level === root.level
      ? new RequestLogger(root, parent, bindings)
      : parent.child(bindings, options);
}
