import {
  applyDecorators,
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
  type Type,
} from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiExcludeEndpoint,
  ApiExtension,
  ApiExtraModels,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import { GetQueryDto, PageDto, ProblemDto, type Page } from '@slipway/contracts';
import { ArrayBodyPipe, SERVICE_ONLY_EXTENSION, ProblemResponse } from '@slipway/platform';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, type Principal, ServiceOnly } from '@slipway/identity';
import type { BaseRow, ResourceDefinition, Values } from './definition';
import { etagOf, ifMatchVersions, matchesIfNoneMatch } from './etag';
import { ResourceFactory } from './resource.factory';
import type { ListParams } from './list-query';
import type { ResourceService } from './resource.service';

export const MAX_BULK_ITEMS = 500;

// Conditional-request headers are optional (RFC 9110 §13); declared so, as the parameter decorator cannot say it.
const IF_MATCH = { name: 'if-match', required: false, description: 'ETag from GET; a stale one answers 412' };
const IF_NONE_MATCH = {
  name: 'if-none-match',
  required: false,
  description: 'ETag from GET; the current one answers 304',
};

/** The route and documentation of PUT /:id for a resource with a replacement contract. */
const replaceRoute = (body: Type, item: Type) =>
  applyDecorators(
    Put(':id'),
    ApiBody({ type: body, description: 'The whole record: a field left out returns to its default.' }),
    ApiOkResponse({
      type: item,
      headers: { ETag: { description: 'The new version', schema: { type: 'string' } } },
    }),
    ApiHeader(IF_MATCH),
    ProblemResponse(404, 'No such record visible to the caller'),
    ProblemResponse(409, 'A unique value is taken'),
    ProblemResponse(412, 'If-Match is stale'),
  );

/** The route and documentation of POST /:id/restore for a resource that keeps deleted rows. */
const restoreRoute = (item: Type) =>
  applyDecorators(
    Post(':id/restore'),
    HttpCode(200),
    ApiOperation({ summary: 'Bring back a soft-deleted record' }),
    ApiOkResponse({
      type: item,
      headers: { ETag: { description: 'The new version', schema: { type: 'string' } } },
    }),
    ApiHeader(IF_MATCH),
    ProblemResponse(404, 'No such deleted record visible to the caller'),
    ProblemResponse(409, 'A unique value is taken by a live record'),
    ProblemResponse(412, 'If-Match is stale'),
  );

/** The route and documentation of POST, creating one record. */
const createRoute = (body: Type, item: Type, write: MethodDecorator) =>
  applyDecorators(
    Post(),
    write,
    ApiBody({ type: body }),
    ApiCreatedResponse({
      type: item,
      headers: { ETag: { description: 'Version of the created record', schema: { type: 'string' } } },
    }),
    ProblemResponse(409, 'A unique value is taken'),
  );

/** The route and documentation of POST /bulk, creating up to MAX_BULK_ITEMS records all or none. */
const createManyRoute = (body: Type, item: Type, write: MethodDecorator) =>
  applyDecorators(
    Post('bulk'),
    write,
    ApiBody({ type: [body], description: `Up to ${MAX_BULK_ITEMS} records, created all or none.` }),
    ApiCreatedResponse({ type: [item] }),
    ProblemResponse(409, 'A unique value is taken; nothing was created'),
  );

/** Declares the parameter classes of a generated method, as TypeScript would for a hand-written one. */
function paramTypes(target: Type, method: string, types: unknown[]): void {
  Reflect.defineMetadata('design:paramtypes', types, target.prototype, method);
}

/** The route prefix of a resource, for feature controllers that extend CrudController. */
export const ResourceController = (def: { path: string }) => Controller(`api/${def.path}`);

/**
 * The six routes of a resource — POST, GET (list), GET /:id, PATCH /:id, DELETE /:id, POST /bulk —
 * generated from its definition, PUT /:id where it declares `dto.replace` and POST /:id/restore
 * where it soft-deletes. Feature controllers extend it to add or replace routes.
 */
export function CrudController<Row extends BaseRow, Response>(def: ResourceDefinition<Row, Response>) {
  const Item = def.dto.response;
  // Records only services read (access `service`) refuse anyone else on every route, before the body
  // is validated; records only services write (the run records) say so. Both stay out of the
  // gateway's document.
  const serviceOnly = def.access === 'service';
  const read = serviceOnly ? ServiceOnly() : applyDecorators();
  const write = serviceOnly
    ? ServiceOnly()
    : def.serviceWritten
      ? ApiExtension(SERVICE_ONLY_EXTENSION, true)
      : applyDecorators();
  const PageOfItem = PageDto(Item);

  @ApiTags(def.path)
  @ApiSecurity('service-token')
  @ApiSecurity('telegram-id')
  @ApiExtraModels(ProblemDto, PageOfItem)
  @ProblemResponse(401, 'No or unknown identity')
  @ProblemResponse(403, 'Not allowed for this caller')
  @ProblemResponse(422, 'Invalid body or query; `errors` names the fields')
  @ResourceController(def)
  class Crud {
    readonly resource: ResourceService<Row, Response>;

    constructor(factory: ResourceFactory) {
      this.resource = factory.for(def);
    }

    /** POST: routed unless the definition's creates are its feature controller's own (below). */
    async create(
      @CurrentPrincipal() principal: Principal,
      @Body() body: object,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<Response> {
      const row = await this.resource.create(principal, body);
      return this.written(row, reply);
    }

    /** POST /bulk: routed, as POST is, unless the definition's creates are its feature controller's own. */
    async createMany(
      @CurrentPrincipal() principal: Principal,
      @Body(new ArrayBodyPipe(def.dto.create, MAX_BULK_ITEMS)) body: object[],
    ): Promise<Response[]> {
      const rows = await this.resource.createMany(principal, body);
      this.afterWrite();
      return rows.map((row) => def.toResponse(row));
    }

    @Get()
    @read
    @ApiOkResponse({ type: PageOfItem })
    async list(
      @CurrentPrincipal() principal: Principal,
      @Query() query: ListParams,
    ): Promise<Page<Response>> {
      return this.resource.list(principal, query);
    }

    @Get(':id')
    @read
    @ApiOkResponse({
      type: Item,
      headers: { ETag: { description: 'Current version', schema: { type: 'string' } } },
    })
    @ApiNotModifiedResponse({ description: 'If-None-Match names the current version' })
    @ApiHeader(IF_NONE_MATCH)
    @ProblemResponse(404, 'No such record visible to the caller')
    async get(
      @CurrentPrincipal() principal: Principal,
      @Param('id') id: string,
      @Query() query: Values,
      @Headers('if-none-match') ifNoneMatch: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<Response | undefined> {
      const { body, version, expanded } = await this.resource.get(principal, id, query);
      if (expanded) return body;
      void reply.header('etag', etagOf(version));
      if (matchesIfNoneMatch(ifNoneMatch, version)) {
        void reply.status(304);
        return undefined;
      }
      return body;
    }

    @Patch(':id')
    @write
    @ApiBody({ type: def.dto.update })
    @ApiOkResponse({ type: Item })
    @ApiHeader(IF_MATCH)
    @ProblemResponse(404, 'No such record visible to the caller')
    @ProblemResponse(409, 'A unique value is taken')
    @ProblemResponse(412, 'If-Match is stale')
    async update(
      @CurrentPrincipal() principal: Principal,
      @Param('id') id: string,
      @Body() body: object,
      @Headers('if-match') ifMatch: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<Response> {
      const row = await this.resource.update(principal, id, body, ifMatchVersions(ifMatch));
      return this.written(row, reply);
    }

    /** PUT /:id, full replacement: routed only where the definition declares `dto.replace` (below). */
    async replace(
      @CurrentPrincipal() principal: Principal,
      @Param('id') id: string,
      @Body() body: object,
      @Headers('if-match') ifMatch: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<Response> {
      const row = await this.resource.replace(principal, id, body, ifMatchVersions(ifMatch));
      return this.written(row, reply);
    }

    /** POST /:id/restore: routed only where the resource soft-deletes (below). */
    async restore(
      @CurrentPrincipal() principal: Principal,
      @Param('id') id: string,
      @Headers('if-match') ifMatch: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<Response> {
      const row = await this.resource.restore(principal, id, ifMatchVersions(ifMatch));
      return this.written(row, reply);
    }

    @Delete(':id')
    @write
    @HttpCode(204)
    @ApiNoContentResponse({ description: def.softDelete ? 'Soft-deleted' : 'Deleted' })
    @ApiHeader(IF_MATCH)
    @ProblemResponse(404, 'No such record visible to the caller')
    @ProblemResponse(409, 'Still referenced by other records')
    @ProblemResponse(412, 'If-Match is stale')
    async remove(
      @CurrentPrincipal() principal: Principal,
      @Param('id') id: string,
      @Query() query: Values,
      @Headers('if-match') ifMatch: string | undefined,
    ): Promise<void> {
      await this.resource.remove(principal, id, query, ifMatchVersions(ifMatch));
      this.afterWrite();
    }

    /** The answer to a write of one record: its version as the ETag, its mapped body. */
    private written(row: Row, reply: FastifyReply): Response {
      this.afterWrite();
      void reply.header('etag', etagOf(row.version));
      return def.toResponse(row);
    }

    /** Hook for controllers that keep something derived from their rows; nothing by default. */
    protected afterWrite(): void {
      return undefined;
    }
  }

  if (!def.ownCreates) {
    const route = (method: 'create' | 'createMany', decorators: MethodDecorator) => {
      const descriptor = Object.getOwnPropertyDescriptor(Crud.prototype, method);
      if (descriptor) decorators(Crud.prototype, method, descriptor);
    };
    route('create', createRoute(def.dto.create, Item, write));
    route('createMany', createManyRoute(def.dto.create, Item, write));
  }
  const pascal = def.path.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
  Object.defineProperty(Crud, 'name', { value: `${pascal}Controller` });
  paramTypes(Crud, 'create', [Object, def.dto.create, Object]);
  paramTypes(Crud, 'list', [Object, def.dto.list]);
  paramTypes(Crud, 'get', [Object, String, def.dto.get ?? GetQueryDto, String, Object]);
  paramTypes(Crud, 'update', [Object, String, def.dto.update, String, Object]);
  paramTypes(Crud, 'remove', [Object, String, def.dto.delete ?? GetQueryDto, String]);
  if (def.dto.replace) {
    paramTypes(Crud, 'replace', [Object, String, def.dto.replace, String, Object]);
    const descriptor = Object.getOwnPropertyDescriptor(Crud.prototype, 'replace');
    if (descriptor)
      applyDecorators(replaceRoute(def.dto.replace, Item), write)(Crud.prototype, 'replace', descriptor);
  }
  if (def.softDelete) {
    paramTypes(Crud, 'restore', [Object, String, String, Object]);
    const descriptor = Object.getOwnPropertyDescriptor(Crud.prototype, 'restore');
    if (descriptor) applyDecorators(restoreRoute(Item), write)(Crud.prototype, 'restore', descriptor);
  }
  if (def.appendOnly || def.undeletable) {
    // The routes still answer (405, so a caller learns why); the document does not offer them.
    for (const method of def.appendOnly ? (['update', 'remove'] as const) : (['remove'] as const)) {
      const descriptor = Object.getOwnPropertyDescriptor(Crud.prototype, method);
      if (descriptor) ApiExcludeEndpoint()(Crud.prototype, method, descriptor);
    }
  }
  return Crud;
}
