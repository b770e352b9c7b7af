import { Module, type DynamicModule } from '@nestjs/common';
import { DataClientModule } from '@slipway/data-client';
import { IdentityModule } from '@slipway/identity';
import { HealthModule, PlatformModule } from '@slipway/platform';
import { RedisModule, RedisReadiness } from '@slipway/redis';
import { ApiKeyVerifier } from './auth/api-key-verifier';
import { AuthController } from './auth/auth.controller';
import { Authenticator } from './auth/authenticator';
import { GatewayCredentials } from './auth/gateway-credentials';
import { OIDC_PROVIDERS, OidcController } from './auth/oidc';
import { SessionCookie } from './auth/session-cookie';
import { SessionStore } from './auth/session-store';
import type { GatewayConfig } from './config';
import { RouteLimits } from './limits/route-limits';
import { GatewayMetrics } from './metrics';
import { ProxyRoutes } from './proxy/proxy-routes';
import { UpstreamReadiness } from './proxy/upstream-readiness';

export const DESCRIPTION = {
  service: 'gateway',
  title: 'Slipway',
  description:
    'The one front door of Slipway: every service’s API under its own path, authenticated by API key or browser session.',
  version: '0.1.0',
};

const AUTHENTICATION = [
  ApiKeyVerifier,
  SessionStore,
  SessionCookie,
  Authenticator,
  GatewayCredentials,
  GatewayMetrics,
  RouteLimits,
];

/** Authentication, shared by the identity guard (the gateway's own routes) and the proxied routes. */
@Module({ providers: AUTHENTICATION, exports: AUTHENTICATION })
export class AuthModule {}

@Module({})
export class AppModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forApp('gateway', config),
        RedisModule.forRoot(config, 'gateway'),
        DataClientModule.forRoot({
          baseUrl: config.DATA_API_URL,
          serviceToken: config.SERVICE_TOKEN,
          retry: { attempts: 2 },
        }),
        AuthModule,
        IdentityModule.forRoot({
          serviceToken: config.SERVICE_TOKEN,
          imports: [AuthModule],
          credentials: [GatewayCredentials],
        }),
        HealthModule.forChecks([RedisReadiness, UpstreamReadiness]),
      ],
      controllers: [AuthController, OidcController],
      providers: [ProxyRoutes, ...OIDC_PROVIDERS],
    };
  }
}
