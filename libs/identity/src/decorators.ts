import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { SERVICE_ONLY_EXTENSION } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { principalOf, type Principal } from './principal';

export { Public } from '@slipway/platform';

export const SERVICE_ONLY = 'slipway:service-only';

/** Marks a route callable only by a service with X-Service-Token and no forwarded user, documented so (the gateway's merged document leaves it out). */
export const ServiceOnly = () =>
  applyDecorators(SetMetadata(SERVICE_ONLY, true), ApiExtension(SERVICE_ONLY_EXTENSION, true));

/** The request's principal, as the identity guard resolved it. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal =>
  principalOf(context.switchToHttp().getRequest<FastifyRequest>()),
);
