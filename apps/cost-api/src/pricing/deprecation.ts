import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';

/** A route kept for old clients while its successor serves the same data. */
export interface LegacyRouteOptions {
  summary: string;
  /** When the route was deprecated (RFC 9745 `Deprecation`). */
  since: Date;
  /** When it stops answering (RFC 8594 `Sunset`). */
  sunset: Date;
  /** The successor's path for this request's path parameters (`Link: <…>; rel="successor-version"`). */
  successor: (params: Record<string, string>) => string;
}

const LEGACY = 'slipway:legacy-route';

/** RFC 9745: a Structured Field Date, `@` and the Unix time in seconds. */
export const deprecationHeader = (since: Date): string => `@${Math.floor(since.getTime() / 1000)}`;
/** RFC 8594: an HTTP-date (IMF-fixdate). */
export const sunsetHeader = (sunset: Date): string => sunset.toUTCString();

/**
 * Marks a deprecated route: every answer carries `Deprecation`, `Sunset` and a `Link` to the successor,
 * and the OpenAPI document flags the operation deprecated. The handler stays the successor's code.
 */
export const LegacyRoute = (options: LegacyRouteOptions) =>
  applyDecorators(
    SetMetadata(LEGACY, options),
    UseInterceptors(LegacyRouteInterceptor),
    ApiOperation({
      summary: options.summary,
      deprecated: true,
      description: `Deprecated since ${options.since.toISOString().slice(0, 10)}; answers until ${sunsetHeader(options.sunset)}. Use the successor named by the Link header.`,
    }),
    ApiResponse({
      status: 200,
      description: 'As the successor answers',
      headers: {
        Deprecation: { description: 'RFC 9745: @<unix seconds>', schema: { type: 'string' } },
        Sunset: { description: 'RFC 8594: HTTP-date', schema: { type: 'string' } },
        Link: { description: '<successor>; rel="successor-version"', schema: { type: 'string' } },
      },
    }),
  );

@Injectable()
export class LegacyRouteInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<LegacyRouteOptions | undefined>(LEGACY, context.getHandler());
    if (options !== undefined) {
      const request = context.switchToHttp().getRequest<FastifyRequest<{ Params: Record<string, string> }>>();
      // Set before the handler runs, so that its problem answers carry them too.
      void context
        .switchToHttp()
        .getResponse<FastifyReply>()
        .header('deprecation', deprecationHeader(options.since))
        .header('sunset', sunsetHeader(options.sunset))
        .header('link', `<${options.successor(request.params)}>; rel="successor-version"`);
    }
    return next.handle();
  }
}
