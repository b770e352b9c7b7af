import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  PageDto,
  PipelineRunDto,
  PipelineRunListQueryDto,
  PipelineStepLogDto,
  PipelineTransitionDto,
  RunDetail,
  StartPipelineDto,
  type Page,
} from '@slipway/contracts';
import { CurrentPrincipal, type Principal } from '@slipway/identity';
import { Idempotent } from '@slipway/platform';
import { CurrentOrg, OrgRole } from '../access/org-access';
import type { Organization } from '../organizations/org-directory';
import { PipelineLogsService } from './pipeline-logs.service';
import { PipelinesProxyService } from './pipelines-proxy.service';

@ApiTags('pipelines')
@Controller('api/v1/pipelines/:org')
export class PipelinesController {
  constructor(
    private readonly logs: PipelineLogsService,
    private readonly proxy: PipelinesProxyService,
  ) {}

  @Get('runs')
  @OrgRole('viewer')
  @ApiOkResponse({ type: PageDto(PipelineRunDto), description: 'The org’s runs and CI jobs, newest first' })
  list(
    @CurrentOrg() org: Organization,
    @Query() query: PipelineRunListQueryDto,
  ): Promise<Page<PipelineRunDto>> {
    return this.logs.list(org, query);
  }

  @Get('runs/:id')
  @OrgRole('viewer')
  @ApiOkResponse({ type: PipelineRunDto })
  get(@CurrentOrg() org: Organization, @Param('id') id: string): Promise<PipelineRunDto> {
    return this.logs.get(org, id);
  }

  @Get('runs/:id/steps')
  @OrgRole('viewer')
  @ApiOkResponse({ type: [PipelineStepLogDto] })
  steps(@CurrentOrg() org: Organization, @Param('id') id: string): Promise<PipelineStepLogDto[]> {
    return this.logs.steps(org, id);
  }

  @Get('runs/:id/transitions')
  @OrgRole('viewer')
  @ApiOkResponse({ type: [PipelineTransitionDto] })
  transitions(@CurrentOrg() org: Organization, @Param('id') id: string): Promise<PipelineTransitionDto[]> {
    return this.logs.transitions(org, id);
  }

  @Post('start')
  @OrgRole('member')
  @Idempotent()
  @ApiCreatedResponse({
    type: RunDetail,
    description: 'The run orchestrator-runs created, admitted for this org',
  })
  start(
    @CurrentOrg() org: Organization,
    @CurrentPrincipal() principal: Principal,
    @Body() body: StartPipelineDto,
  ): Promise<unknown> {
    return this.proxy.start(org, principal, body);
  }

  @Get('status/:run_id')
  @OrgRole('viewer')
  @ApiOkResponse({ type: RunDetail })
  status(
    @CurrentOrg() org: Organization,
    @CurrentPrincipal() principal: Principal,
    @Param('run_id') runId: string,
  ): Promise<unknown> {
    return this.proxy.status(org, principal, runId);
  }

  @Post('status/:run_id/cancel')
  @HttpCode(200)
  @OrgRole('member')
  @ApiOkResponse({ description: 'orchestrator-runs’ answer to the cancel' })
  cancel(
    @CurrentOrg() org: Organization,
    @CurrentPrincipal() principal: Principal,
    @Param('run_id') runId: string,
  ): Promise<unknown> {
    return this.proxy.cancel(org, principal, runId);
  }
}
