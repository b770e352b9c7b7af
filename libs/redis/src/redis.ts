import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { ReadinessCheck } from '@slipway/platform';
import type { Redis } from 'ioredis';

/** The process's shared Redis connection (blocking reads use connections of their own). */
export const REDIS = Symbol('REDIS');
/** The app's key prefix (REDIS_PREFIX): every key it writes starts with it. */
export const REDIS_PREFIX = Symbol('REDIS_PREFIX');

/** Closes the shared connection after the HTTP server stopped. */
@Injectable()
export class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** Ready when Redis answers PING. */
@Injectable()
export class RedisReadiness implements ReadinessCheck {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly indicators: HealthIndicatorService,
  ) {}

  readonly check = async () => {
    const session = this.indicators.check('redis');
    const answer = await this.redis.ping().catch(() => null);
    return answer === 'PONG' ? session.up() : session.down({ message: 'unreachable' });
  };
}
