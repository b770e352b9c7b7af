import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC, ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { timingSafeEqual, createHash } from 'node:crypto';
import { DataApiConfig } from '../config';
import type { Actor } from './actor';
import { UserDirectory } from './user-directory';

export const SERVICE_ONLY = 'slipway:service-only';
/** Marks a route callable only with X-Service-Token (e.g. API key verification by the gateway). */
export const ServiceOnly = () => SetMetadata(SERVICE_ONLY, true);

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** Resolves X-Service-Token or X-Telegram-ID to an actor once per request; every route but health and metrics needs one. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly serviceTokenDigest: Buffer;

  constructor(
    private readonly reflector: Reflector,
    private readonly users: UserDirectory,
    config: DataApiConfig,
  ) {
    this.serviceTokenDigest = digest(config.SERVICE_TOKEN);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    request.actor = await this.identify(request);
    if (
      this.reflector.getAllAndOverride<boolean>(SERVICE_ONLY, targets) &&
      request.actor.kind !== 'service'
    ) {
      throw new ProblemException('forbidden', 'Only Slipway services may call this endpoint');
    }
    return true;
  }

  private async identify(request: FastifyRequest): Promise<Actor> {
    const token = request.headers['x-service-token'];
    if (typeof token === 'string') {
      if (timingSafeEqual(digest(token), this.serviceTokenDigest)) return { kind: 'service' };
      throw new ProblemException('unauthorized', 'X-Service-Token is not valid');
    }
    const telegramId = request.headers['x-telegram-id'];
    if (typeof telegramId !== 'string') {
      throw new ProblemException(
        'unauthorized',
        'Send X-Telegram-ID (users) or X-Service-Token (services)',
        [],
        {
          'WWW-Authenticate': 'X-Telegram-ID, X-Service-Token',
        },
      );
    }
    if (!/^\d{1,18}$/.test(telegramId))
      throw new ProblemException('unauthorized', 'X-Telegram-ID must be a Telegram user id');
    const user = await this.users.findActive(telegramId);
    if (!user) throw new ProblemException('unauthorized', 'No active user has this X-Telegram-ID');
    return { kind: 'user', id: user.id, telegramId, role: user.role };
  }
}
