export * from './assertions';
export * from './data-api';
export * from './data-api-process';
export * from './identity-headers';
export * from './service-process';
