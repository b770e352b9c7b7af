export * from './assertions';
export * from './data-api';
export * from './data-api-process';
export * from './forge-push';
export * from './git-forge';
export * from './identity-headers';
export * from './service-process';
export * from './cost-validator-stand-in';
