import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthProvidersDto, LoginDto, MeDto } from '@slipway/contracts';
import { Public } from '@slipway/identity';
import { APP_CONFIG, ProblemException } from '@slipway/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type GatewayConfig, oidcEnabled } from '../config';
import { ApiKeyVerifier } from './api-key-verifier';
import type { GatewayIdentity } from './identity';
import { SessionCookie } from './session-cookie';
import { SessionStore } from './session-store';

const meOf = (identity: GatewayIdentity): MeDto => ({
  user: { id: identity.user.id, email: identity.user.email, role: identity.user.role },
  scopes: [...identity.scopes],
  via: identity.via,
  ...(identity.csrfToken ? { csrf_token: identity.csrfToken } : {}),
});

const identityOf = (request: FastifyRequest): GatewayIdentity => {
  if (!request.identity) throw new ProblemException('unauthorized', 'Log in first');
  return request.identity;
};

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly keys: ApiKeyVerifier,
    private readonly sessions: SessionStore,
    private readonly cookie: SessionCookie,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Public()
  @Get('providers')
  @ApiOperation({ summary: 'How one may log in here' })
  @ApiOkResponse({ type: AuthProvidersDto })
  providers(): AuthProvidersDto {
    return { api_key: true, oidc: oidcEnabled(this.config) };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trade an API key for a browser session (HttpOnly cookie); answers who you are' })
  @ApiOkResponse({ type: MeDto })
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeDto> {
    const key = await this.keys.verify(body.api_key, request);
    // A login replaces the browser's earlier session rather than leaving it alive beside the new one.
    await this.sessions.destroy(this.cookie.read(request) ?? '');
    const session = await this.sessions.create(key);
    this.cookie.set(reply, session.id);
    return meOf(session.identity);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth('session')
  @ApiOperation({ summary: 'End this browser session (needs X-CSRF-Token)' })
  @ApiNoContentResponse()
  async logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const identity = identityOf(request);
    if (identity.via !== 'session')
      throw new ProblemException('bad_request', 'Only a session logs out; revoke a key instead');
    await this.sessions.destroy(this.cookie.read(request) ?? '');
    this.cookie.clear(reply);
  }

  @Get('me')
  @ApiOperation({ summary: 'Who this request acts for, its scopes, and (under a session) the CSRF token' })
  @ApiOkResponse({ type: MeDto })
  me(@Req() request: FastifyRequest): MeDto {
    return meOf(identityOf(request));
  }
}
