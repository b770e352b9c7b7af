export * from './idempotency-store';
export * from './redis';
export * from './redis.module';
export * from './window-counter';
