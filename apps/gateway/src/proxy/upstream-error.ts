import { ProblemException } from '@slipway/platform';

/** reply-from's error names (lib/errors.js) by what they mean for the caller. */
const TIMEOUTS = new Set([
  'FST_REPLY_FROM_GATEWAY_TIMEOUT',
  'FST_REPLY_FROM_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
const UNREACHABLE = new Set([
  'FST_REPLY_FROM_SERVICE_UNAVAILABLE',
  'UND_ERR_CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

const codeOf = (error: unknown): string | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const own = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const cause = 'cause' in error ? codeOf(error.cause) : undefined;
  return cause && (TIMEOUTS.has(cause) || UNREACHABLE.has(cause)) ? cause : own;
};

/** What a caller is told when the service behind a route failed it: 502, 503 or 504, never a hang. */
export function upstreamProblem(upstream: string, error: unknown): ProblemException {
  const code = codeOf(error);
  if (code && TIMEOUTS.has(code))
    return new ProblemException('upstream_timeout', `${upstream} did not answer in time`);
  if (code && UNREACHABLE.has(code))
    return new ProblemException(
      'upstream_unavailable',
      `${upstream} cannot be reached; try again shortly`,
      undefined,
      {
        'retry-after': '1',
      },
    );
  return new ProblemException(
    'bad_gateway',
    `${upstream} dropped the connection or answered something that is not HTTP`,
  );
}
