import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  type OnModuleInit,
  UseInterceptors,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiHeader, ApiProduces } from '@nestjs/swagger';
import { contentDisposition, mediaTypeOf, ProblemException } from '@slipway/platform';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';

/**
 * What the Hierarchy router needs of HTTP beyond JSON: entity tags, If-Match, a CSV request body
 * and file downloads. Cross-cutting, so interceptors and a body parser, never controller code.
 */

export const IF_MATCH = ApiHeader({
  name: 'if-match',
  required: false,
  description: 'The ETag from GET; a stale one answers 412',
});

/** Refuses a write whose If-Match names another version than the record's (RFC 9110 §13.1.1). */
export function checkIfMatch(header: string | undefined, version: number): void {
  if (header === undefined) return;
  const tags = header.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (tags.includes('*') || tags.includes(`"${version}"`)) return;
  throw new ProblemException(
    'precondition_failed',
    `If-Match ${header} is not the current version "${version}"`,
  );
}

@Injectable()
class VersionTagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        if (
          typeof body === 'object' &&
          body !== null &&
          'version' in body &&
          typeof body.version === 'number'
        ) {
          void reply.header('etag', `"${body.version}"`);
        }
        return body;
      }),
    );
  }
}

/** Answers the record's version as its ETag, for a later If-Match. */
export const VersionTag = () => UseInterceptors(VersionTagInterceptor);

/** A file to download: its name (which gives its media type) and its content. */
export interface Download {
  name: string;
  content: string;
}

@Injectable()
class DownloadInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((file: Download) => {
        void reply
          .header('content-type', mediaTypeOf(file.name))
          .header('content-disposition', contentDisposition(file.name))
          .header('x-content-type-options', 'nosniff');
        return file.content;
      }),
    );
  }
}

/** The handler's Download is sent as a file, with its media type and a Content-Disposition. */
export const FileDownload = (...types: string[]) =>
  applyDecorators(UseInterceptors(DownloadInterceptor), ApiProduces(...types));

/** The only route that reads CSV; a CSV body sent anywhere else is a 415 as before. */
const CSV_ROUTE = '/api/v1/hierarchy/:org/import';

/**
 * Registers a text/csv body parser on the app's Fastify instance: the body arrives as a string, at
 * most BODY_LIMIT_BYTES like any other. Done at module init, before Fastify starts listening.
 */
@Injectable()
export class CsvBodyParser implements OnModuleInit {
  constructor(private readonly adapter: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapter.httpAdapter.getInstance<FastifyInstance>();
    if (fastify.hasContentTypeParser('text/csv')) return;
    fastify.addContentTypeParser('text/csv', { parseAs: 'string' }, (request, body, done) => {
      if (request.routeOptions.url === CSV_ROUTE) done(null, body);
      else done(new ProblemException('unsupported_media_type', `text/csv is read only by POST ${CSV_ROUTE}`));
    });
  }
}
