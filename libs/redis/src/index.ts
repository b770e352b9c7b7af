export * from './idempotency-store';
export * from './redis';
export * from './redis.module';
export * from './sliding-window';
export * from './window-counter';
