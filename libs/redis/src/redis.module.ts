import { Global, Module, type DynamicModule } from '@nestjs/common';
import { IdempotencyStore, RateLimitStore } from '@slipway/platform';
import { Redis } from 'ioredis';
import { RedisIdempotencyStore } from './idempotency-store';
import { REDIS, REDIS_PREFIX, RedisLifecycle } from './redis';
import { RedisLock } from './redis-lock';
import { RedisWindowCounter } from './window-counter';

export interface RedisOptions {
  REDIS_URL: string;
  REDIS_PREFIX: string;
}

/**
 * The app's Redis: one shared connection (named after the app, closed at shutdown), its key
 * prefix, the Redis-backed rate limits and idempotency keys behind @RateLimit and @Idempotent, and
 * short cross-process locks (RedisLock).
 */
@Global()
@Module({})
export class RedisModule {
  static forRoot(config: RedisOptions, connectionName: string): DynamicModule {
    return {
      module: RedisModule,
      providers: [
        {
          provide: REDIS,
          // Commands issued in the same tick leave in one write (many requests at once: one round trip).
          useFactory: () =>
            new Redis(config.REDIS_URL, {
              maxRetriesPerRequest: 3,
              connectionName,
              enableAutoPipelining: true,
            }),
        },
        { provide: REDIS_PREFIX, useValue: config.REDIS_PREFIX },
        RedisLifecycle,
        { provide: RateLimitStore, useClass: RedisWindowCounter },
        { provide: IdempotencyStore, useClass: RedisIdempotencyStore },
        RedisLock,
      ],
      exports: [REDIS, REDIS_PREFIX, RateLimitStore, IdempotencyStore, RedisLock],
    };
  }
}
