import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import {
  ApplyResultDto,
  GenerateRequest,
  type Page,
  PageDto,
  PatchSetDto,
  PatchSetListQueryDto,
  PlannerResponse,
  ProjectHierarchyDto,
  RefineRequest,
  RejectPatchSetRequest,
  StoredPatchSetDto,
  UndoResultDto,
} from '@slipway/contracts';
import { CurrentPrincipal, type Principal } from '@slipway/identity';
import { ProblemResponse, RateLimit } from '@slipway/platform';
import type { OrchestratorConfig } from '../../config';
import { PatchApplier } from '../apply/patch-applier';
import { PatchUndoer } from '../apply/patch-undoer';
import { PatchSetsService } from '../patch-sets/patch-sets.service';
import { ModelRateLimit } from './model-rate-limit';
import { PlannerService } from './planner.service';

const MINUTE = 60_000;

@ApiTags('planner')
@ApiSecurity('service-token')
@ProblemResponse(401, 'No valid X-Service-Token, or a malformed forwarded user')
@ProblemResponse(403, 'The caller is not a registry user')
@Controller('api/planner')
export class PlannerController {
  constructor(
    @Inject(PlannerService) private readonly planner: PlannerService,
    @Inject(PatchSetsService) private readonly patchSets: PatchSetsService,
    @Inject(PatchApplier) private readonly applier: PatchApplier,
    @Inject(PatchUndoer) private readonly undoer: PatchUndoer,
  ) {}

  @Post('generate')
  @HttpCode(200)
  @ApiOperation({ summary: 'An idea becomes a proposed PatchSet creating a project and its task tree' })
  @RateLimit<OrchestratorConfig>({
    bucket: 'planner.generate',
    limit: (config) => config.RATE_LIMIT_GENERATE_PER_MINUTE,
    windowMs: MINUTE,
  })
  @ApiOkResponse({ type: PlannerResponse })
  @ProblemResponse(422, 'Invalid body, or the idea yields no plan')
  @ProblemResponse(429, 'More plans than RATE_LIMIT_GENERATE_PER_MINUTE this minute; see Retry-After')
  @ProblemResponse(502, 'planner_bad_output: the model answered unusable output twice')
  generate(
    @CurrentPrincipal() principal: Principal,
    @Body() body: GenerateRequest,
  ): Promise<PlannerResponse> {
    return this.planner.generate(principal, body);
  }

  @Post('refine')
  @HttpCode(200)
  @ApiOperation({ summary: 'Feedback on a project becomes a proposed PatchSet changing it' })
  @ModelRateLimit('planner.refine')
  @ApiOkResponse({ type: PlannerResponse })
  @ProblemResponse(404, 'No such project visible to the caller')
  @ProblemResponse(422, 'Invalid body, or nothing in the feedback was understood (the warnings say what)')
  @ProblemResponse(502, 'planner_bad_output: the model answered unusable output twice')
  refine(@CurrentPrincipal() principal: Principal, @Body() body: RefineRequest): Promise<PlannerResponse> {
    return this.planner.refine(principal, body);
  }

  @Post('apply')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Apply a PatchSet, all or nothing; applying the same id again answers the first result',
  })
  @ApiBody({ type: PatchSetDto })
  @ApiOkResponse({ type: ApplyResultDto })
  @ProblemResponse(
    409,
    'patch_conflict: records changed since it was proposed; patch_set_closed: rejected, superseded or undone',
  )
  @ProblemResponse(422, 'patch_invalid: an operation breaks a rule; errors name each one')
  apply(@CurrentPrincipal() principal: Principal, @Body() body: PatchSetDto): Promise<ApplyResultDto> {
    return this.applier.apply(principal, body);
  }

  @Get('projects/:id')
  @ApiOperation({
    summary: 'A project with its whole task tree and each task’s dependencies (the seed’s project hierarchy)',
  })
  @ApiOkResponse({ type: ProjectHierarchyDto })
  @ProblemResponse(404, 'No such project visible to the caller')
  hierarchy(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<ProjectHierarchyDto> {
    return this.planner.hierarchy(principal, id);
  }

  @Get('patchsets')
  @ApiOperation({ summary: 'Your PatchSets, newest first by default' })
  @ApiOkResponse({ type: PageDto(StoredPatchSetDto) })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PatchSetListQueryDto,
  ): Promise<Page<StoredPatchSetDto>> {
    return this.patchSets.list(principal, query);
  }

  @Get('patchsets/:id')
  @ApiOperation({ summary: 'A PatchSet with its lifecycle and what checking it found' })
  @ApiOkResponse({ type: StoredPatchSetDto })
  @ProblemResponse(404, 'No such PatchSet of yours')
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<StoredPatchSetDto> {
    return this.patchSets.get(principal, id);
  }

  @Post('patchsets/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline a proposed PatchSet' })
  @ApiOkResponse({ type: StoredPatchSetDto })
  @ProblemResponse(404, 'No such PatchSet of yours')
  @ProblemResponse(409, 'patch_set_closed: it is no longer pending')
  reject(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: RejectPatchSetRequest,
  ): Promise<StoredPatchSetDto> {
    return this.patchSets.reject(principal, id, body.reason);
  }

  @Post('patchsets/:id/undo')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Take an applied PatchSet back; a record edited since is a conflict, never overwritten',
  })
  @ApiOkResponse({ type: UndoResultDto })
  @ProblemResponse(404, 'No such PatchSet of yours')
  @ProblemResponse(409, 'patch_conflict: edited since; patch_set_closed: not applied')
  undo(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<UndoResultDto> {
    return this.undoer.undo(principal, id);
  }
}
