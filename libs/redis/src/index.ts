export * from './idempotency-store';
export * from './redis';
export * from './redis.module';
export * from './redis-lock';
export * from './window-counter';
