import { applyDecorators, Delete, Get, HttpCode, Patch, Post, type Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { OrgRole as Role } from '@slipway/identity';
import { Idempotent, ProblemResponse } from '@slipway/platform';
import { IF_MATCH, VersionTag } from '../hierarchy/hierarchy-http';
import { OrgRole } from './org-access';

/**
 * The route and documentation of each kind of CRUD route on an organization's records (as
 * data-api's CrudController declares its own): the method and path, the org guard at the kind's
 * role, idempotency, the version as ETag, If-Match, the answer and the problems. A controller
 * names its kind and says only what is its own.
 */
export interface OrgRouteDoc {
  /** The operation's summary. */
  summary?: string;
  /** The answer's description. */
  description?: string;
  /** Problems beyond the org guard's (401, 403, 404) and the kind's own, by status. */
  problems?: Readonly<Record<number, string>>;
  /** Below the controller's path: none for a list or a create, `:id` for the others. */
  path?: string;
  /** The role the route needs: viewer to read, admin to write, unless said. */
  role?: Role;
}

type Answer = Type | [Type];

const STALE = 'If-Match names another version';

/**
 * Decorators as a stack of them written above a method: applied from the last up, so that a problem
 * of the route's own status (a 404) reads before the org guard's, as where they were written out.
 */
const stack = (...decorators: Array<ClassDecorator | MethodDecorator | PropertyDecorator>) =>
  applyDecorators(...decorators.reverse());

const operation = ({ summary }: OrgRouteDoc) => (summary === undefined ? [] : [ApiOperation({ summary })]);

const problems = ({ problems: own = {} }: OrgRouteDoc) =>
  Object.entries(own).map(([status, description]) => ProblemResponse(Number(status), description));

/** GET of many records: viewer. */
export const ListRoute = (type: Answer, doc: OrgRouteDoc = {}) =>
  stack(
    Get(doc.path),
    OrgRole(doc.role ?? 'viewer'),
    ...operation(doc),
    ApiOkResponse({ type, description: doc.description }),
    ...problems(doc),
  );

/** GET of one record: viewer; its version answered as its ETag. */
export const GetRoute = (type: Answer, doc: OrgRouteDoc = {}) =>
  stack(
    Get(doc.path ?? ':id'),
    OrgRole(doc.role ?? 'viewer'),
    VersionTag(),
    ...operation(doc),
    ApiOkResponse({ type, description: doc.description }),
    ...problems(doc),
  );

/** POST of a new record: admin, idempotent, 201 with its version as its ETag. */
export const CreateRoute = (type: Answer, doc: OrgRouteDoc = {}) =>
  stack(
    Post(doc.path),
    OrgRole(doc.role ?? 'admin'),
    Idempotent(),
    VersionTag(),
    ...operation(doc),
    ApiCreatedResponse({ type, description: doc.description }),
    ...problems(doc),
  );

/** PATCH of a record: admin, If-Match (412 when stale), its new version as its ETag. */
export const UpdateRoute = (type: Answer, doc: OrgRouteDoc = {}) =>
  stack(
    Patch(doc.path ?? ':id'),
    OrgRole(doc.role ?? 'admin'),
    VersionTag(),
    IF_MATCH,
    ...operation(doc),
    ApiOkResponse({ type, description: doc.description }),
    ...problems(doc),
    ProblemResponse(412, STALE),
  );

/** DELETE of a record: admin, If-Match (412 when stale), 204. */
export const DeleteRoute = (doc: OrgRouteDoc = {}) =>
  stack(
    Delete(doc.path ?? ':id'),
    OrgRole(doc.role ?? 'admin'),
    HttpCode(204),
    IF_MATCH,
    ...operation(doc),
    ApiNoContentResponse({ description: doc.description }),
    ...problems(doc),
    ProblemResponse(412, STALE),
  );
