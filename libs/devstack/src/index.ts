export * from './postgres';
export * from './probe';
export * from './redis';
export * from './services';
export * from './testing/test-database';
export * from './testing/test-redis';
export * from './testing/readme-config';
export * from './testing/wait-for';
