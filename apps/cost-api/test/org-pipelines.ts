import type {
  Page,
  PipelineKind,
  PipelineRunDto,
  PipelineStatus,
  PipelineStepLogDto,
  PipelineTransitionDto,
  QuotaDto,
} from '@slipway/contracts';
import { waitFor } from '@slipway/devstack';

export interface Reply<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** One HTTP call to a process of the stack: a Buffer body is sent as it is, anything else as JSON. */
export async function send<T = unknown>(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Reply<T>> {
  const raw = Buffer.isBuffer(body);
  const response = await fetch(url, {
    method,
    headers: { ...headers, ...(body === undefined || raw ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: raw ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}

/** What cost-api tells of one organization's pipelines, read with the organization's key. */
export class OrgPipelines {
  constructor(
    private readonly costApiUrl: string,
    private readonly slug: string,
    private readonly key: string,
  ) {}

  async records(kind: PipelineKind): Promise<PipelineRunDto[]> {
    return (
      await this.get<Page<PipelineRunDto>>(`/api/v1/pipelines/${this.slug}/runs?kind=${kind}&limit=100`)
    ).items;
  }

  /** The record of a run or CI job by the caller's id for it, if cost-api has one. */
  async recordOf(kind: PipelineKind, pipelineId: string): Promise<PipelineRunDto | undefined> {
    return (await this.records(kind)).find((record) => record.pipeline_id === pipelineId);
  }

  recordIn(kind: PipelineKind, pipelineId: string, status: PipelineStatus): Promise<PipelineRunDto> {
    return waitFor(async () => {
      const record = await this.recordOf(kind, pipelineId);
      return record?.status === status ? record : undefined;
    }, `the ${kind} record of ${pipelineId} to be ${status}`);
  }

  quota(): Promise<QuotaDto> {
    return this.get<QuotaDto>(`/api/v1/organizations/${this.slug}/quota`);
  }

  /** A record's steps: a run's phases in run order, a CI job's steps as the runner reported them. */
  async steps(recordId: string): Promise<PipelineStepLogDto[]> {
    return this.get<PipelineStepLogDto[]>(`/api/v1/pipelines/${this.slug}/runs/${recordId}/steps`);
  }

  /** A record's state transitions as [from, to]. */
  async transitions(recordId: string): Promise<[PipelineStatus | null, PipelineStatus][]> {
    const transitions = await this.get<PipelineTransitionDto[]>(
      `/api/v1/pipelines/${this.slug}/runs/${recordId}/transitions`,
    );
    return transitions.map((t) => [t.from_status, t.to_status]);
  }

  private async get<T>(path: string): Promise<T> {
    const reply = await send<T>(`${this.costApiUrl}${path}`, 'GET', { 'x-api-key': this.key });
    if (reply.status !== 200) throw new Error(`GET ${path} answered ${reply.status}`);
    return reply.body;
  }
}
