import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { UserRole } from '@slipway/contracts';
import type { FastifyRequest } from 'fastify';

/** Who is calling: another Slipway service (acts as admin) or an active user. */
export type Actor = { kind: 'service' } | { kind: 'user'; id: string; telegramId: string; role: UserRole };

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

export const isAdmin = (actor: Actor): boolean => actor.kind === 'service' || actor.role === 'admin';

/** The user id whose rows a member is limited to; null for admins and services, who see everything. */
export const scopeOf = (actor: Actor): string | null =>
  isAdmin(actor) || actor.kind !== 'user' ? null : actor.id;

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<FastifyRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without the auth guard');
  return actor;
});
