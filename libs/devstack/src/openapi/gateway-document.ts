import { isErrorResult, merge, type OpenApiDocument } from 'openapi-merge';
import { clientView, operationsOf } from './client-view';
import { danglingReferences } from './dangling-references';
import { sortDocument } from './sorted-document';

/** ReDoc's grouping of tags, here one group per service. */
export type GatewayOpenApiDocument = OpenApiDocument & { 'x-tagGroups': { name: string; tags: string[] }[] };

/** One service's document and the name it is known by. */
export interface DocumentPart {
  service: string;
  document: OpenApiDocument;
}

type SecuritySchemes = NonNullable<NonNullable<OpenApiDocument['components']>['securitySchemes']>;

/** How a client authenticates at the gateway (DESIGN §3); every operation needs one unless public. */
export const GATEWAY_SECURITY_SCHEMES: SecuritySchemes = {
  bearer: {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key: `Authorization: Bearer slw_…`.',
  },
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'slipway_session',
    description:
      'The browser session `POST /auth/login` sets (HttpOnly). POST, PUT, PATCH and DELETE also need the `X-CSRF-Token` header `GET /auth/me` answers.',
  },
};

const INFO = {
  title: 'Slipway API (through the gateway)',
  description:
    'Slipway through its gateway: the APIs of data-api, orchestrator-runs, ci-jobs and cost-api under their own paths, and the gateway’s own `/auth` routes. Authenticate with an API key (`Authorization: Bearer slw_…`) or a browser session (the `slipway_session` cookie, with `X-CSRF-Token` on unsafe methods); identity headers such as X-Service-Token or X-User-Id are the gateway’s to send, never a client’s.',
};

const pascalCase = (service: string): string =>
  service.replace(/(^|[-_])([a-z])/g, (_match, _separator: string, letter: string) => letter.toUpperCase());

/** A tag more than one service uses is qualified by the service in each of them (`runs (data-api)`). */
function qualifySharedTags(parts: DocumentPart[]): Map<string, string[]> {
  const services = new Map<string, Set<string>>();
  for (const { service, document } of parts)
    for (const item of Object.values(document.paths ?? {}))
      for (const [, operation] of operationsOf(item))
        for (const tag of operation.tags ?? [])
          services.set(tag, (services.get(tag) ?? new Set()).add(service));
  const groups = new Map<string, string[]>();
  for (const { service, document } of parts) {
    const tags = new Set<string>();
    for (const item of Object.values(document.paths ?? {}))
      for (const [, operation] of operationsOf(item)) {
        operation.tags = (operation.tags ?? []).map((tag) =>
          (services.get(tag)?.size ?? 0) > 1 ? `${tag} (${service})` : tag,
        );
        for (const tag of operation.tags) tags.add(tag);
      }
    groups.set(service, [...tags].sort());
  }
  return groups;
}

/**
 * The gateway's one document: its own routes first, then each service's, as a client of the
 * gateway sees them (clientView). Schema and operation id clashes are resolved by a prefix of the
 * later service's name; tags stay per service, grouped by service (`x-tagGroups`); security is the
 * gateway's, applied globally. Keys are sorted, so the same inputs always give the same text.
 */
export function gatewayDocument(gateway: DocumentPart, upstreams: DocumentPart[]): GatewayOpenApiDocument {
  for (const { service, document } of [gateway, ...upstreams]) {
    const dangling = danglingReferences(document);
    if (dangling.length > 0)
      throw new Error(`${service}'s document refers to what it does not define: ${dangling.join(', ')}`);
  }
  const parts = [gateway, ...upstreams].map(({ service, document }) => ({
    service,
    document: clientView(document, Object.keys(GATEWAY_SECURITY_SCHEMES)),
  }));
  const groups = qualifySharedTags(parts);
  const [own] = parts;
  own.document.components = { ...own.document.components, securitySchemes: GATEWAY_SECURITY_SCHEMES };
  own.document.security = Object.keys(GATEWAY_SECURITY_SCHEMES).map((scheme) => ({ [scheme]: [] }));
  const result = merge(
    parts.map(({ service, document }) => ({ oas: document, dispute: { prefix: pascalCase(service) } })),
    {
      info: INFO,
      securitySchemesStrategy: 'first',
      serversStrategy: 'first',
      pruneUnusedComponents: true,
    },
  );
  if (isErrorResult(result))
    throw new Error(`the documents do not merge: ${result.message} (${result.type})`);
  const document: GatewayOpenApiDocument = {
    ...result.output,
    tags: [...groups].flatMap(([service, tags]) =>
      tags.map((name) => ({
        name,
        description: `Served by ${service === gateway.service ? 'the gateway itself' : service}.`,
      })),
    ),
    'x-tagGroups': [...groups].map(([name, tags]) => ({ name, tags })),
  };
  const lost = danglingReferences(document);
  if (lost.length > 0) throw new Error(`the merged document lost what it refers to: ${lost.join(', ')}`);
  sortDocument(document);
  return document;
}
