import { ERROR_CATALOGUE, PROBLEM_CONTENT_TYPE, type ErrorCode, type ProblemDto } from '@slipway/contracts';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_BASE } from './problem.filter';

const DETAILS: Partial<Record<ErrorCode, string>> = {
  request_timeout: 'The request did not arrive in full in time',
  headers_too_large: 'The request line and headers exceed the size limit; shorten the URL or the headers',
  bad_request: 'The request is not valid HTTP',
};

function codeOf(error: NodeJS.ErrnoException): ErrorCode {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'request_timeout';
  if (error.code === 'HPE_HEADER_OVERFLOW') return 'headers_too_large';
  return 'bad_request';
}

/**
 * Answers a request Node's HTTP parser rejected before Fastify saw it (headers over 16 KiB,
 * malformed HTTP, a slow client) as problem+json, then closes the connection: nothing after
 * the bad request on it can be trusted.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code = codeOf(error);
  const { status, title } = ERROR_CATALOGUE[code];
  const requestId = randomUUID();
  const problem: ProblemDto = {
    type: `${PROBLEM_BASE}${code}`,
    title,
    status,
    detail: DETAILS[code] ?? title,
    instance: '',
    code,
    request_id: requestId,
  };
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? title}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  } else {
    socket.destroy(error);
  }
}
