import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { principalOf, type Principal } from './principal';

export { Public } from '@slipway/platform';

export const SERVICE_ONLY = 'slipway:service-only';

/** Marks a route callable only by a service with X-Service-Token and no forwarded user. */
export const ServiceOnly = () => SetMetadata(SERVICE_ONLY, true);

/** The request's principal, as the identity guard resolved it. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal =>
  principalOf(context.switchToHttp().getRequest<FastifyRequest>()),
);
