import fastifyStatic from '@fastify/static';
import { ProblemException, sendProblem } from '@slipway/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The built console: its own directory, else dist/apps/console beside the gateway's build. */
export const consoleDirOf = (configured: string | undefined): string =>
  resolve(configured ?? join(__dirname, '..', 'console'));

/** Hashed file names never change content: a year, immutable. Everything else is asked again. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * The page's policy: its own scripts and styles only (Vite emits no inline script), images from
 * itself and data: URLs (charts), connections to itself (the API and its event streams).
 */
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const SECURITY_HEADERS = {
  'content-security-policy': PAGE_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** A browser asking for a page (a navigation asks for HTML), not a script asking for data. */
const wantsPage = (request: FastifyRequest): boolean =>
  request.headers['sec-fetch-mode'] === 'navigate' || (request.headers.accept ?? '').includes('text/html');

/**
 * The web console at `/`: its hashed assets (a year's cache), `index.html` (revalidated), and
 * every other page navigation answered with `index.html`, so a client route (`/delivery/…`,
 * `/ci/…#L12`) can be opened, reloaded and shared. The services' routes are more specific and
 * win; a non-page request for an unknown path stays a problem+json 404. Without a built console,
 * `/` says how to build one.
 */
export async function consoleRoutes(fastify: FastifyInstance, options: { dir: string }): Promise<void> {
  const indexPath = join(options.dir, 'index.html');
  if (!existsSync(indexPath)) {
    fastify.get('/', (request, reply) =>
      sendProblem(
        new ProblemException('route_not_found', 'The web console is not built here: run `npm run build`'),
        request,
        reply,
      ),
    );
    return;
  }
  const index = await readFile(indexPath);
  const sendIndex = (reply: FastifyReply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', REVALIDATE)
      .headers(SECURITY_HEADERS)
      .send(index);

  await fastify.register(fastifyStatic, {
    root: join(options.dir, 'assets'),
    prefix: '/assets/',
    // Only what the build wrote under assets/; nothing outside it, no directory listings.
    wildcard: false,
    index: false,
    list: false,
    dotfiles: 'deny',
    decorateReply: false,
    setHeaders: (res) => {
      res.header('cache-control', IMMUTABLE);
      res.header('x-content-type-options', 'nosniff');
    },
  });

  fastify.get('/', (_request, reply) => sendIndex(reply));
  fastify.get('/index.html', (_request, reply) => sendIndex(reply));
  fastify.get('/*', (request, reply) => {
    if (wantsPage(request)) return sendIndex(reply);
    sendProblem(
      new ProblemException(
        'route_not_found',
        `No endpoint answers ${request.method} ${request.url.split('?')[0]}`,
      ),
      request,
      reply,
    );
    return reply;
  });
}
