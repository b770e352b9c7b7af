export * from './decorators';
export * from './forwarded-user-headers';
export * from './identity.guard';
export * from './identity.module';
export * from './principal';
export * from './service-token';
export * from './strategies';
