import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemException } from './problem';

/**
 * The deepest nesting of objects and arrays a JSON body may have. Validation and mapping walk a
 * body recursively (class-transformer, class-validator): a body nested thousands deep would
 * overflow their stack, so it is refused before it is parsed.
 */
export const MAX_JSON_DEPTH = 64;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Whether JSON text nests objects and arrays deeper than `limit` (brackets inside strings do not count). */
export function nestsDeeperThan(text: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const byte of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (byte === BACKSLASH) escaped = true;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > limit) return true;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth--;
    }
  }
  return false;
}

type Done = (error: Error | null, body?: unknown) => void;

/**
 * The application/json parser of every service: Fastify's own (prototype poisoning refused), after
 * a depth check that answers 400 for a body nested deeper than MAX_JSON_DEPTH.
 */
export function jsonBodyParser(
  fastify: FastifyInstance,
): (request: FastifyRequest, body: Buffer, done: Done) => void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  return (request, body, done) => {
    if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
      done(
        new ProblemException(
          'bad_request',
          `The JSON body nests objects and arrays deeper than ${MAX_JSON_DEPTH} levels`,
        ),
      );
      return;
    }
    // Fastify's default parser answers through `done`; its type also admits a promise-returning parser.
    void parse(request, body.toString('utf8'), done);
  };
}
