import { Inject, Injectable } from '@nestjs/common';
import type {
  AdmissionDto,
  CompletePipelineDto,
  HeartbeatDto,
  PipelineRunDto,
  ValidatePipelineDto,
} from '@slipway/contracts';
import type { RetryPolicy } from '@slipway/data-client';
import { CostApiCalls } from './cost-api-calls';
import { AdmissionRefusedError } from './errors';

export const COST_CLIENT_OPTIONS = Symbol('COST_CLIENT_OPTIONS');

export interface CostClientOptions {
  /** cost-api's origin, e.g. http://127.0.0.1:3004 (COST_API_URL); unset, no admission is asked for. */
  baseUrl: string | undefined;
  /** Sent as X-Service-Token on every call (SERVICE_TOKEN). */
  serviceToken: string;
  /** Per attempt: a validate is on the path of a request that waits for it. Default 5 000 ms. */
  timeoutMs?: number;
  /** Attempts default to 2: every validator call is idempotent, so each may be sent again. */
  retry?: Partial<RetryPolicy>;
  /** Keep-alive connections to cost-api. Default 8. */
  connections?: number;
  /** How long a project's organization is believed (OrgResolver). Default 30 000 ms. */
  orgCacheTtlMs?: number;
}

/** The answer to a heartbeat: the slot renewed, or gone (expired, completed, or never admitted). */
export type HeartbeatOutcome = 'renewed' | 'gone';

const VALIDATOR = '/api/v1/validator';

/**
 * The admission calls of cost-api's validator, as the service itself (X-Service-Token, no user):
 * validate before a pipeline starts, heartbeat while it holds its slot, complete when it ends.
 * A refusal throws `AdmissionRefusedError` with cost-api's problem; no usable answer throws
 * `CostApiUnavailableError`. Calls carry the current request id (data-client's transport).
 */
@Injectable()
export class CostAdmissionClient {
  private readonly calls: CostApiCalls;

  constructor(@Inject(COST_CLIENT_OPTIONS) options: CostClientOptions) {
    this.calls = new CostApiCalls(options, 8);
  }

  /** False when COST_API_URL is unset: nothing asks for admission then. */
  get enabled(): boolean {
    return this.calls.enabled;
  }

  /** May this pipeline start now? Validating a pipeline that holds its slot counts nothing again. */
  validate(org: string, body: ValidatePipelineDto): Promise<AdmissionDto> {
    return this.call<AdmissionDto>('validate', org, body);
  }

  /** Renews the pipeline's slot; `gone` when cost-api no longer holds it (409, 404). */
  async heartbeat(org: string, body: HeartbeatDto): Promise<HeartbeatOutcome> {
    try {
      await this.call<PipelineRunDto>('heartbeat', org, body);
      return 'renewed';
    } catch (error) {
      if (error instanceof AdmissionRefusedError && (error.status === 409 || error.status === 404))
        return 'gone';
      throw error;
    }
  }

  /** The pipeline ended: its slot comes back and its outcome is recorded. Completing twice changes nothing. */
  complete(org: string, body: CompletePipelineDto): Promise<PipelineRunDto> {
    return this.call<PipelineRunDto>('complete', org, body);
  }

  /** Closes the keep-alive connections; calls after this fail. */
  close(): Promise<void> {
    return this.calls.close();
  }

  private call<T>(action: 'validate' | 'heartbeat' | 'complete', org: string, body: object): Promise<T> {
    return this.calls.post<T>(`${VALIDATOR}/${action}/${encodeURIComponent(org)}`, body);
  }
}
