import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/**
 * ReDoc's standalone bundle, from the pinned `redoc` package: the build copies it beside main.js
 * (so the image needs no ReDoc installed); from source it is read from node_modules. Nothing is
 * fetched from elsewhere.
 */
const BUNDLE = 'redoc/bundles/redoc.standalone.js';
const bundlePath = (): string => {
  const built = join(__dirname, 'redoc.standalone.js');
  return existsSync(built) ? built : createRequire(__filename).resolve(BUNDLE);
};
const SCRIPT_PATH = '/redoc/redoc.standalone.js';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Slipway API reference</title>
  </head>
  <body>
    <redoc spec-url="/openapi.json"></redoc>
    <script src="${SCRIPT_PATH}"></script>
  </body>
</html>
`;

/** Same-origin only: the page, its script, the document; ReDoc's own inline styles and search worker. */
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * ReDoc at /redoc over the gateway's /openapi.json (a Fastify route of its own, so it is in no
 * OpenAPI document and needs no identity, like /docs).
 */
export async function redocRoutes(fastify: FastifyInstance): Promise<void> {
  const script = await readFile(bundlePath());
  fastify.get('/redoc', (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', PAGE_POLICY)
      .header('x-content-type-options', 'nosniff')
      .send(PAGE),
  );
  fastify.get(SCRIPT_PATH, (_request, reply) =>
    reply
      .type('application/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .header('x-content-type-options', 'nosniff')
      .send(script),
  );
}
