import type { FieldErrorDto } from '@slipway/contracts';
import type { DataApiClient } from '@slipway/data-client';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ValidatorAction = 'validate' | 'heartbeat' | 'complete';

/** One call the stand-in received, refused ones included. */
export interface ValidatorCall {
  action: ValidatorAction;
  org: string;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  status: number;
}

/** What the next validate gets instead of an admission: a refusal as cost-api sends it. */
export interface ScriptedRefusal {
  status: number;
  code: string;
  detail: string;
  errors?: FieldErrorDto[];
  /** The Retry-After header. */
  retryAfter?: string;
}

export interface CostValidatorStandInOptions {
  /** The X-Service-Token every call must carry; anything else is answered 401. */
  serviceToken: string;
  /** AdmissionDto.heartbeat_interval_ms of every admission. Default 100. */
  heartbeatIntervalMs?: number;
  /** Listen on this port (a stand-in started again where the last one was); default any free one. */
  port?: number;
}

export interface CostValidatorStandIn {
  url: string;
  calls: ValidatorCall[];
  /** The calls of one action, optionally for one pipeline id. */
  callsOf(action: ValidatorAction, pipelineId?: string): ValidatorCall[];
  /** Every validate from now on is answered with `refusal` (null: admitted again). */
  refuse(refusal: ScriptedRefusal | null): void;
  /** Forgets the pipeline's slot, as an expired lease: its heartbeats get 409. */
  expire(kind: string, pipelineId: string): void;
  /** Slots held now (validated, not completed nor expired), as `kind:pipeline_id`. */
  held(): string[];
  close(): Promise<void>;
}

/** A quota refusal as cost-api words it: the daily pipelines of `org` used up. */
export const dailyQuotaRefusal = (org: string, limit = 1): ScriptedRefusal => ({
  status: 429,
  code: 'quota_exceeded',
  detail: `${org} has used its ${limit} daily pipelines; resets at 2031-01-02T00:00:00.000Z`,
  errors: [
    { field: 'daily_pipelines', message: `used ${limit} of ${limit}; resets 2031-01-02T00:00:00.000Z` },
  ],
  retryAfter: '3600',
});

/** An organization in data-api (its slug `slug`) that counts the project: what admission looks up. */
export async function attachToOrganization(
  client: DataApiClient,
  projectId: string,
  slug: string,
): Promise<string> {
  const { data: org } = await client.post('/api/organizations', {
    body: { slug, name: slug, currency: 'EUR', timezone: 'Europe/Paris', country: 'FR', plan: 'free' },
  });
  await client.post('/api/org_projects', { body: { project_id: projectId, org_id: org.id } });
  return org.id;
}

const ROUTE = /^\/api\/v1\/validator\/(validate|heartbeat|complete)\/([^/?]+)$/;

/**
 * A local stand-in of cost-api's pipeline validator (`POST /api/v1/validator/{validate,heartbeat,
 * complete}/{org}`), the outside world of orchestrator-runs' and ci-jobs' admission tests: it
 * admits every pipeline unless told to refuse, holds slots until completed or expired, answers
 * heartbeats 200 or 409 as cost-api does, and records every call.
 */
export async function startCostValidatorStandIn(
  options: CostValidatorStandInOptions,
): Promise<CostValidatorStandIn> {
  const calls: ValidatorCall[] = [];
  const slots = new Map<string, string>();
  let refusal: ScriptedRefusal | null = null;
  const heartbeatIntervalMs = options.heartbeatIntervalMs ?? 100;

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const problem = status >= 400;
    res.writeHead(status, {
      'content-type': problem ? 'application/problem+json' : 'application/json',
      ...headers,
    });
    res.end(JSON.stringify(body));
  };
  const problem = (status: number, code: string, detail: string, errors?: FieldErrorDto[]) => ({
    type: `https://slipway.dev/problems/${code}`,
    title: code,
    status,
    detail,
    instance: '',
    code,
    ...(errors ? { errors } : {}),
    request_id: randomUUID(),
  });

  const answer = (action: ValidatorAction, org: string, body: Record<string, unknown>) => {
    const key = `${String(body.kind)}:${String(body.pipeline_id)}`;
    const now = Date.now();
    switch (action) {
      case 'validate': {
        if (refusal) return { status: refusal.status, refusal };
        const counted = !slots.has(key);
        slots.set(key, org);
        return {
          status: 200,
          body: {
            admitted: true,
            pipeline_run_id: randomUUID(),
            counted,
            lease_expires_at: new Date(now + heartbeatIntervalMs * 3).toISOString(),
            heartbeat_interval_ms: heartbeatIntervalMs,
            credential: 'suite',
            usage: { daily: 1, monthly: 1, concurrent: slots.size },
          },
        };
      }
      case 'heartbeat':
        if (slots.get(key) !== org)
          return {
            status: 409,
            body: problem(409, 'conflict', `The slot of ${key} has expired; validate it again`),
          };
        return { status: 200, body: { ...body, lease_expires_at: new Date(now + heartbeatIntervalMs * 3) } };
      case 'complete':
        slots.delete(key);
        return { status: 200, body: { ...body, status: body.outcome } };
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = req.method === 'POST' ? ROUTE.exec(req.url ?? '') : null;
      if (!match) return send(res, 404, problem(404, 'route_not_found', `${req.method} ${req.url}`));
      const action = match[1] as ValidatorAction;
      const org = decodeURIComponent(match[2]);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      const call: ValidatorCall = { action, org, body, headers: req.headers, status: 0 };
      calls.push(call);
      if (req.headers['x-service-token'] !== options.serviceToken) {
        call.status = 401;
        return send(res, 401, problem(401, 'unauthorized', 'no valid X-Service-Token'));
      }
      const result = answer(action, org, body);
      call.status = result.status;
      if ('refusal' in result && result.refusal) {
        const { status, code, detail, errors, retryAfter } = result.refusal;
        return send(
          res,
          status,
          problem(status, code, detail, errors),
          retryAfter ? { 'retry-after': retryAfter } : {},
        );
      }
      send(res, result.status, result.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    callsOf: (action, pipelineId) =>
      calls.filter(
        (c) => c.action === action && (pipelineId === undefined || c.body.pipeline_id === pipelineId),
      ),
    refuse: (next) => (refusal = next),
    expire: (kind, pipelineId) => slots.delete(`${kind}:${pipelineId}`),
    held: () => [...slots.keys()],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
