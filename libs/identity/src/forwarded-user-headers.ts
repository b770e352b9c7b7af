import { Injectable } from '@nestjs/common';
import { ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import type { UserPrincipal } from './principal';
import type { ForwardedUserStrategy } from './strategies';

const USER_ID = /^[A-Za-z0-9._:@-]{1,200}$/;
/** RFC 5321 caps an address at 254 characters. */
const EMAIL = /^[^\s@\p{Cc}]{1,64}@[^\s@\p{Cc}]{1,189}$/u;

/** Headers that name (part of) a user; any of them means a user is meant. */
export const NAMING_HEADERS = ['x-user-email', 'x-user-role', 'x-telegram-id'] as const;

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * The user as the gateway forwards them (seed): X-User-Id with X-User-Email (absent for a user the
 * registry knows no address of), and X-User-Role (`admin` among comma-separated roles makes an
 * admin). No X-User-Id: no user named.
 */
@Injectable()
export class ForwardedUserHeaders implements ForwardedUserStrategy {
  resolve(request: FastifyRequest): UserPrincipal | null {
    const id = header(request, 'x-user-id');
    if (id === undefined) {
      // Identity headers without the user's id are a user half-named: never the service itself.
      if (NAMING_HEADERS.some((name) => request.headers[name] !== undefined))
        throw new ProblemException('unauthorized', 'A forwarded user needs X-User-Id');
      return null;
    }
    const email = header(request, 'x-user-email');
    if (!USER_ID.test(id)) throw new ProblemException('unauthorized', 'X-User-Id is not a user id');
    if (email !== undefined && !EMAIL.test(email))
      throw new ProblemException('unauthorized', 'X-User-Email is not an email address');
    const roles = (header(request, 'x-user-role') ?? '').split(',').map((role) => role.trim());
    return { kind: 'user', id, email: email ?? null, role: roles.includes('admin') ? 'admin' : 'member' };
  }
}
