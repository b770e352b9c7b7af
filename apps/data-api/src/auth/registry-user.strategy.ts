import { Injectable } from '@nestjs/common';
import { NAMING_HEADERS, type ForwardedUserStrategy, type UserPrincipal } from '@slipway/identity';
import { ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { type ActiveUser, UserDirectory } from './user-directory';

const TELEGRAM_ID = /^\d{1,18}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

const principal = (user: ActiveUser): UserPrincipal => ({
  kind: 'user',
  id: user.id,
  email: user.email,
  role: user.role,
  ...(user.telegram_id === null ? {} : { telegramId: user.telegram_id }),
});

/**
 * The user a trusted service acts for, resolved in the registry: X-Telegram-ID (seed) or the
 * gateway's X-User-Id (a registry user id). The registry decides the user's role, never a header.
 * A service calling for itself (no user header) is answered at once, without a promise.
 */
@Injectable()
export class RegistryUserStrategy implements ForwardedUserStrategy {
  constructor(private readonly users: UserDirectory) {}

  resolve(request: FastifyRequest): Promise<UserPrincipal> | null {
    const telegramId = header(request, 'x-telegram-id');
    if (telegramId !== undefined) {
      if (!TELEGRAM_ID.test(telegramId))
        throw new ProblemException('unauthorized', 'X-Telegram-ID must be a Telegram user id');
      return this.users.findByTelegramId(telegramId).then((user) => known(user, 'X-Telegram-ID'));
    }
    const userId = header(request, 'x-user-id');
    if (userId === undefined) {
      if (NAMING_HEADERS.some((name) => request.headers[name] !== undefined))
        throw new ProblemException('unauthorized', 'A forwarded user needs X-User-Id or X-Telegram-ID');
      return null;
    }
    if (!UUID.test(userId))
      throw new ProblemException('unauthorized', 'X-User-Id must be a registry user id');
    return this.users.findById(userId).then((user) => known(user, 'X-User-Id'));
  }
}

function known(user: ActiveUser | null, header: string): UserPrincipal {
  if (!user) throw new ProblemException('unauthorized', `No active user has this ${header}`);
  return principal(user);
}
