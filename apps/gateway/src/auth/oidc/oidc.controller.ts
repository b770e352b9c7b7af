import {
  Controller,
  Get,
  type HttpRedirectResponse,
  Query,
  Redirect,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiFoundResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Public } from '@slipway/identity';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RouteLimits } from '../../limits/route-limits';
import { OidcConfiguredGuard } from './oidc-configured.guard';
import { OidcLoginService } from './oidc-login.service';

@ApiTags('auth')
@Public()
@UseGuards(OidcConfiguredGuard)
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly logins: OidcLoginService,
    private readonly limits: RouteLimits,
  ) {}

  @Get('login')
  @Redirect()
  @ApiOperation({
    summary: 'Single sign-on: redirects to the identity provider (a 404 unless OIDC_ISSUER is set)',
  })
  @ApiQuery({
    name: 'return_to',
    required: false,
    description: 'A path of this gateway to land on after login (another origin is ignored: `/`).',
  })
  @ApiFoundResponse({ description: 'To the identity provider’s authorization endpoint.' })
  async login(
    @Query('return_to') returnTo: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HttpRedirectResponse> {
    // Each start keeps a login in Redis for minutes: counted like key logins, per source IP.
    await this.limits.admitLogin(request);
    return this.logins.begin(returnTo, reply);
  }

  @Get('callback')
  @Redirect()
  @ApiOperation({
    summary: 'Where the identity provider sends the browser back: starts a session (HttpOnly cookie)',
  })
  @ApiFoundResponse({ description: 'To return_to, else `/`, with the session cookie set.' })
  callback(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HttpRedirectResponse> {
    return this.logins.finish(request, reply);
  }
}
