import { PUBLIC_EXTENSION, SERVICE_ONLY_EXTENSION } from '@slipway/platform';
import type { OpenApiDocument } from 'openapi-merge';

export type PathItem = NonNullable<OpenApiDocument['paths']>[string];
export type Operation = NonNullable<PathItem['get']>;
type Parameter = NonNullable<Operation['parameters']>[number];

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Identity headers only a service sends: the gateway strips them from clients and sets its own. */
export const isServiceHeader = (name: string): boolean =>
  /^(x-service-token|x-telegram-id|x-user-.+)$/i.test(name);

const extension = (value: object, name: string): unknown =>
  Object.getOwnPropertyDescriptor(value, name)?.value;

/** The operations of a path item with their methods. */
export const operationsOf = (item: PathItem): [(typeof HTTP_METHODS)[number], Operation][] =>
  HTTP_METHODS.flatMap((method) => {
    const operation = item[method];
    return operation ? [[method, operation]] : [];
  });

/**
 * One document as a client of the gateway sees it: no service-only operation; no identity header
 * (the gateway sets those); no security but the gateway's `schemes` (without any, the merged
 * document's global security applies; a public operation needs none); no security schemes of its
 * own. Returns a copy.
 */
export function clientView(document: OpenApiDocument, schemes: readonly string[]): OpenApiDocument {
  const copy = structuredClone(document);
  const parameters = copy.components?.parameters ?? {};
  const clientParameter = (parameter: Parameter): boolean => {
    const target =
      '$ref' in parameter
        ? parameters[String(parameter.$ref).replace('#/components/parameters/', '')]
        : parameter;
    return !(target && 'in' in target && target.in === 'header' && isServiceHeader(target.name));
  };
  const paths: NonNullable<OpenApiDocument['paths']> = {};
  for (const [path, item] of Object.entries(copy.paths ?? {})) {
    if (item.parameters) item.parameters = item.parameters.filter(clientParameter);
    for (const [method, operation] of operationsOf(item)) {
      if (extension(operation, SERVICE_ONLY_EXTENSION) === true) {
        delete item[method];
        continue;
      }
      if (operation.parameters) operation.parameters = operation.parameters.filter(clientParameter);
      const security = (operation.security ?? []).filter((requirement) =>
        Object.keys(requirement).every((scheme) => schemes.includes(scheme)),
      );
      if (security.length > 0) operation.security = security;
      else delete operation.security;
      if (extension(operation, PUBLIC_EXTENSION) === true) operation.security = [];
      Reflect.deleteProperty(operation, PUBLIC_EXTENSION);
      Reflect.deleteProperty(operation, SERVICE_ONLY_EXTENSION);
    }
    if (operationsOf(item).length > 0) paths[path] = item;
  }
  copy.paths = paths;
  delete copy.security;
  if (copy.components) delete copy.components.securitySchemes;
  return copy;
}
