/**
 * Every error a Slipway service answers with carries one of these stable codes.
 * The HTTP status of a code never changes; clients branch on `code`, people read `title`.
 */
export const ERROR_CATALOGUE = {
  bad_request: {
    status: 400,
    title: 'Malformed request',
    description: 'The body is not valid JSON or the request cannot be parsed.',
  },
  unauthorized: {
    status: 401,
    title: 'Unauthorized',
    description: 'No identity was presented, or it is unknown, inactive, revoked or expired.',
  },
  forbidden: { status: 403, title: 'Forbidden', description: 'The caller is known but may not do this.' },
  not_found: {
    status: 404,
    title: 'Not found',
    description: 'No such resource, or the caller may not see it.',
  },
  route_not_found: {
    status: 404,
    title: 'Route not found',
    description: 'No endpoint answers this method and path.',
  },
  method_not_allowed: {
    status: 405,
    title: 'Method not allowed',
    description: 'The endpoint exists but not for this method.',
  },
  request_timeout: {
    status: 408,
    title: 'Request timeout',
    description: 'The request did not arrive in full within the time the server waits for it.',
  },
  conflict: {
    status: 409,
    title: 'Conflict',
    description: 'A unique value is already taken, or the resource is still referenced.',
  },
  idempotency_conflict: {
    status: 409,
    title: 'Idempotency key reused',
    description: 'The Idempotency-Key was used before with another body.',
  },
  phase_running: {
    status: 409,
    title: 'Phase already running',
    description:
      'A phase of the run is executing; its outcome arrives on the run’s events (GET /runs/{id}/events).',
  },
  outcome_pending: {
    status: 409,
    title: 'Phase outcome being applied',
    description:
      'The run’s current phase has finished and its outcome is being applied; ask again in a moment.',
  },
  run_cancelling: {
    status: 409,
    title: 'Run being cancelled',
    description: 'A cancel of the run is stopping its phase; the run cannot advance any more.',
  },
  run_ended: {
    status: 409,
    title: 'Run ended',
    description:
      'The run has completed, failed, crashed or been cancelled and changes no more; clone it to run it again.',
  },
  hierarchy_cycle: {
    status: 409,
    title: 'Hierarchy cycle',
    description:
      'The move would put a node under itself or one of its descendants; choose a parent outside its subtree.',
  },
  hierarchy_node_not_empty: {
    status: 409,
    title: 'Hierarchy node not empty',
    description:
      'The node still has child nodes or attached projects; move or detach them first, or delete with cascade=true.',
  },
  hierarchy_too_deep: {
    status: 422,
    title: 'Hierarchy too deep',
    description:
      'The change would put a node deeper than HIERARCHY_MAX_DEPTH (a root is at depth 0); flatten the subtree first.',
  },
  patch_conflict: {
    status: 409,
    title: 'Changed since proposed',
    description:
      'Records the PatchSet changes were edited since it was proposed (or during the apply); `errors` names the operations. Nothing was written: propose again from the current state.',
  },
  patch_invalid: {
    status: 422,
    title: 'PatchSet refused',
    description:
      'The PatchSet breaks a rule of its project; `errors` names each operation and why. Nothing was written.',
  },
  patch_set_closed: {
    status: 409,
    title: 'PatchSet closed',
    description:
      'The PatchSet was rejected, superseded or undone (or is not applied, for an undo): it cannot do that now.',
  },
  precondition_failed: {
    status: 412,
    title: 'Precondition failed',
    description: 'If-Match names a version that is no longer current.',
  },
  payload_too_large: {
    status: 413,
    title: 'Payload too large',
    description: 'The body exceeds the size limit.',
  },
  uri_too_long: {
    status: 414,
    title: 'URI too long',
    description: 'A path parameter is longer than any id this service issues (100 characters).',
  },
  unsupported_media_type: {
    status: 415,
    title: 'Unsupported media type',
    description: 'The body is not of a content type this endpoint reads.',
  },
  validation_failed: {
    status: 422,
    title: 'Validation failed',
    description: 'One or more fields or query parameters are invalid; `errors` lists them.',
  },
  governance_failed: {
    status: 422,
    title: 'Governance checks failed',
    description:
      'The phase ran but its artifacts failed governance checks; `errors` lists them (field: the artifact). Advance with skip_validation to override.',
  },
  headers_too_large: {
    status: 431,
    title: 'Request headers too large',
    description: 'The request line and headers together exceed the size limit (16 KiB); shorten the URL.',
  },
  quota_exceeded: {
    status: 429,
    title: 'Quota exceeded',
    description:
      'An organization quota (daily or monthly pipelines, concurrent pipelines, providers, seats) is used up; the problem names the quota, its limit, the usage and when it resets (Retry-After).',
  },
  budget_exceeded: {
    status: 429,
    title: 'Budget exceeded',
    description:
      'A hard budget of a hierarchy node (daily or monthly) has too little left for the worst case of this model call; the problem names the node, its budget, what is spent and held, what is left and when it resets (Retry-After).',
  },
  integration_invalid: {
    status: 422,
    title: 'Integration not valid',
    description:
      'The organization’s credential for this provider is missing a successful validation; validate or set it up again.',
  },
  model_unpriced: {
    status: 422,
    title: 'Model has no price',
    description: 'No price is in force for this model, globally or for the organization; add one first.',
  },
  rate_limited: {
    status: 429,
    title: 'Too many requests',
    description: 'Slow down; Retry-After says when to try again.',
  },
  internal: {
    status: 500,
    title: 'Internal error',
    description: 'Something unexpected failed; the request id identifies it in the logs.',
  },
  unavailable: {
    status: 503,
    title: 'Service unavailable',
    description: 'A dependency is unreachable or not ready.',
  },
  bad_gateway: {
    status: 502,
    title: 'Bad gateway',
    description:
      'The service behind the gateway answered with something that is not HTTP, or dropped the connection.',
  },
  planner_bad_output: {
    status: 502,
    title: 'The planner model answered unusable output',
    description:
      'The planner’s model answered something that is not a valid proposal, twice (the second time after being shown its errors); nothing was proposed. Try again, reword the request, or choose another PLANNER_MODEL.',
  },
  upstream_unavailable: {
    status: 503,
    title: 'Upstream unavailable',
    description: 'The service behind this route cannot be reached or is not configured; try again shortly.',
  },
  upstream_timeout: {
    status: 504,
    title: 'Upstream timeout',
    description: 'The service behind this route did not answer in time.',
  },
  timeout: {
    status: 503,
    title: 'Query timed out',
    description: 'The statement exceeded the per-request time limit.',
  },
} as const satisfies Record<string, { status: number; title: string; description: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
