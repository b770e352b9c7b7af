import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ForwardedUserHeaders } from './forwarded-user-headers';
import { IdentityGuard, SERVICE_TOKEN_CHECK } from './identity.guard';
import { ServiceTokenCheck } from './service-token';
import {
  CREDENTIAL_STRATEGIES,
  FORWARDED_USER_STRATEGY,
  type CredentialStrategy,
  type ForwardedUserStrategy,
} from './strategies';

export interface IdentityOptions {
  /** The configured SERVICE_TOKEN. */
  serviceToken: string;
  /** Modules that provide and export the app's own strategies. */
  imports?: ModuleMetadata['imports'];
  /** How a forwarded user is resolved (exported by one of `imports`); default: the gateway's X-User-* headers. */
  forwardedUser?: Type<ForwardedUserStrategy>;
  /** Credentials accepted without the service token (an org API key), tried in order; exported by `imports`. */
  credentials?: Type<CredentialStrategy>[];
}

/** The identity guard on every route of the app, with the app's strategies. */
@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    const credentials = options.credentials ?? [];
    return {
      module: IdentityModule,
      imports: options.imports ?? [],
      providers: [
        { provide: SERVICE_TOKEN_CHECK, useValue: new ServiceTokenCheck(options.serviceToken) },
        options.forwardedUser
          ? { provide: FORWARDED_USER_STRATEGY, useExisting: options.forwardedUser }
          : { provide: FORWARDED_USER_STRATEGY, useClass: ForwardedUserHeaders },
        {
          provide: CREDENTIAL_STRATEGIES,
          inject: credentials,
          useFactory: (...strategies: CredentialStrategy[]) => strategies,
        },
        { provide: APP_GUARD, useClass: IdentityGuard },
      ],
    };
  }
}
