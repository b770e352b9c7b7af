import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import { ProblemDto } from '@slipway/contracts';
import {
  AdvanceRunRequest,
  AdvanceRunResponse,
  ArtifactsResponse,
  ArtifactSummary,
  CancelRunResponse,
  CloneRunQuery,
  CreateRunRequest,
  RunArtifactsQuery,
  RunDetail,
  RunListQuery,
  RunListResponse,
  RunMetricsDto,
  RunSummary,
} from '@slipway/contracts/runs';
import { CurrentPrincipal, type Principal } from '@slipway/identity';
import {
  Idempotent,
  lastEventIdOf,
  ProblemException,
  RateLimit,
  sendFile,
  startSse,
  ProblemResponse,
} from '@slipway/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RunEventStream } from '../events/run-event-stream';
import { OrchestratorConfig } from '../config';
import { ProfileCatalog } from '../profiles/profile-catalog';
import { RunMetricsCalculator } from './run-metrics';
import { RunsService } from './runs.service';

const MINUTE = 60_000;
const SEQ = /^\d{1,10}$/;
/** Event sequence numbers are PostgreSQL integers. */
const MAX_SEQ = 2_147_483_647;

@ApiTags('runs')
// ArtifactSummary is named only inside ArtifactsResponse's map of phases, which Nest does not follow.
@ApiExtraModels(ProblemDto, ArtifactSummary)
@ApiSecurity('service-token')
@ApiHeader({ name: 'X-User-Id', required: false, description: 'The acting user (set by the gateway).' })
@ApiHeader({
  name: 'X-User-Email',
  required: false,
  description: 'The forwarded user’s email address, when known.',
})
@ProblemResponse(401, 'No valid X-Service-Token, or a malformed forwarded user')
@Controller('runs')
export class RunsController {
  constructor(
    @Inject(RunsService) private readonly runs: RunsService,
    @Inject(RunMetricsCalculator) private readonly metrics: RunMetricsCalculator,
    @Inject(ProfileCatalog) private readonly profiles: ProfileCatalog,
    @Inject(RunEventStream) private readonly events: RunEventStream,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a run (seed endpoint 1)' })
  @Idempotent()
  @RateLimit<OrchestratorConfig>({
    bucket: 'runs.create',
    limit: (config) => config.RATE_LIMIT_CREATE_PER_MINUTE,
    windowMs: MINUTE,
  })
  @ApiBody({ type: CreateRunRequest })
  @ApiCreatedResponse({ type: RunSummary })
  @ProblemResponse(409, 'Idempotency-Key reused with another body')
  @ProblemResponse(
    422,
    'Invalid body or unknown profile; integration_invalid, model_unpriced: cost-api will not admit it',
  )
  @ProblemResponse(
    429,
    'Too many runs created, or quota_exceeded: the organization’s quota is used up; see Retry-After',
  )
  @ProblemResponse(
    503,
    'upstream_unavailable: cost-api cannot be reached to admit the run; nothing was created',
  )
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateRunRequest): Promise<RunSummary> {
    return this.runs.create(principal, body);
  }

  @Get()
  @ApiOperation({ summary: 'List runs: your own, or all for admins' })
  @ApiOkResponse({ type: RunListResponse })
  list(@CurrentPrincipal() principal: Principal, @Query() query: RunListQuery): Promise<RunListResponse> {
    return this.runs.list(principal, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A run with its phases (seed endpoint 3)' })
  @ApiOkResponse({ type: RunDetail })
  @ProblemResponse(404, 'No such run, or not yours')
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<RunDetail> {
    return this.runs.get(principal, id);
  }

  @Post(':id/next')
  @ApiOperation({
    summary: 'Execute the current phase and advance (seed endpoint 2)',
    description: 'Answers 200 when the phase ended within NEXT_WAIT_MS, else 202 with the run running.',
  })
  @ApiBody({ type: AdvanceRunRequest, required: false })
  @ApiOkResponse({ type: AdvanceRunResponse })
  @ApiAcceptedResponse({ type: AdvanceRunResponse, description: 'Still running: follow /runs/{id}/events' })
  @ProblemResponse(404, 'No such run, or not yours')
  @ProblemResponse(
    409,
    'phase_running: a phase is already running; outcome_pending: its outcome is being applied; run_cancelling, run_ended: the run is being cancelled or has ended',
  )
  @ProblemResponse(
    422,
    'governance_failed: governance checks failed, `errors` lists them (advance with skip_validation)',
  )
  @ProblemResponse(429, 'Too many advances; see Retry-After')
  @RateLimit<OrchestratorConfig>({
    bucket: 'runs.advance',
    limit: (config) => config.RATE_LIMIT_ADVANCE_PER_MINUTE,
    windowMs: MINUTE,
  })
  async next(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: AdvanceRunRequest | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdvanceRunResponse> {
    const answer = await this.runs.next(principal, id, body?.skip_validation ?? false);
    void reply.status(answer.status);
    return answer.body;
  }

  @Post(':id/cancel')
  @ApiOperation({ summary: 'Cancel a run; a running phase is stopped (202 until it has)' })
  @ApiOkResponse({ type: CancelRunResponse })
  @ApiAcceptedResponse({ type: CancelRunResponse })
  @ProblemResponse(409, 'run_ended: the run has already ended')
  async cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CancelRunResponse> {
    const answer = await this.runs.cancel(principal, id);
    void reply.status(answer.status);
    return answer.body;
  }

  @Post(':id/clone')
  @HttpCode(201)
  @ApiOperation({ summary: 'A new run of the same request; phases before from_phase are reused' })
  @ApiCreatedResponse({ type: RunSummary })
  @ProblemResponse(422, 'Earlier phases are not complete in the source run')
  @ProblemResponse(429, 'quota_exceeded: the organization’s quota is used up; see Retry-After')
  @ProblemResponse(503, 'upstream_unavailable: cost-api cannot be reached to admit the run')
  clone(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query() query: CloneRunQuery,
  ): Promise<RunSummary> {
    return this.runs.clone(principal, id, query.from_phase);
  }

  @Get(':id/artifacts')
  @ApiOperation({ summary: 'Artifacts grouped by phase (seed endpoint 4), all or a page of them' })
  @ApiOkResponse({ type: ArtifactsResponse })
  @ProblemResponse(422, 'page or limit out of range, or an unknown query parameter')
  artifacts(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query() query: RunArtifactsQuery,
  ): Promise<ArtifactsResponse> {
    return this.runs.artifacts(principal, id, query);
  }

  @Get(':id/artifacts/:artifact_id/download')
  @ApiOperation({ summary: 'The artifact file' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file; ETag is its SHA-256 (If-None-Match → 304)' })
  async download(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('artifact_id') artifactId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { artifact, file } = await this.runs.artifactFile(principal, id, artifactId);
    await sendFile(request, reply, {
      path: file,
      name: artifact.name,
      sha256: artifact.sha256,
    });
  }

  @Get(':id/metrics')
  @ApiOperation({ summary: 'Tokens, cost, governance and hygiene of a run (seed endpoint 5)' })
  @ApiOkResponse({ type: RunMetricsDto })
  async runMetrics(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
  ): Promise<RunMetricsDto> {
    const run = await this.runs.visible(principal, id);
    return this.metrics.metrics(run, this.profiles.get(run.profile));
  }

  @Get(':id/events')
  @ApiOperation({
    summary: 'The run’s events as Server-Sent Events; resume with Last-Event-ID at any time',
    description:
      'Each event has `id` = its sequence number. A run that has ended replays and then sends `event: end`.',
  })
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false })
  @ApiQuery({ name: 'last_event_id', required: false, description: 'Instead of Last-Event-ID' })
  @ApiOkResponse({ description: 'SSE stream' })
  async stream(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const run = await this.runs.visible(principal, id);
    const last = lastEventIdOf(request) ?? '0';
    if (!SEQ.test(last) || Number(last) > MAX_SEQ)
      throw ProblemException.validation([
        { field: 'Last-Event-ID', message: 'Last-Event-ID must be an event id' },
      ]);
    const sse = startSse(request, reply);
    try {
      await this.events.stream(run.id, Number(last), sse, sse.signal);
    } finally {
      sse.end();
    }
  }
}
