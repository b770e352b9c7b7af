import { Body, Controller, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CostAlertBulkDto,
  CostAlertBulkResultDto,
  CostAlertDto,
  CostAlertEvaluationReportDto,
  CostAlertFromPresetDto,
  CostAlertHistoryDto,
  CostAlertHistoryQueryDto,
  CostAlertListDto,
  CostAlertListQueryDto,
  CostAlertPresetListDto,
  CreateCostAlertDto,
  UpdateCostAlertDto,
} from '@slipway/contracts';
import { Clock, Idempotent, ProblemResponse } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg, OrgRole } from '../access/org-access';
import { CreateRoute, DeleteRoute, GetRoute, ListRoute, UpdateRoute } from '../access/org-routes';
import type { Organization } from '../organizations/org-directory';
import { AlertEvaluator } from './alert-evaluator';
import { AlertsService } from './alerts.service';

@ApiTags('cost-alerts')
@Controller('api/v1/:org/cost-alerts')
export class AlertsController {
  constructor(
    private readonly alerts: AlertsService,
    private readonly evaluator: AlertEvaluator,
    private readonly clock: Clock,
  ) {}

  @ListRoute(CostAlertListDto, { summary: 'The organization’s cost alerts (?state=, ?kind=, ?enabled=)' })
  list(@CurrentOrg() org: Organization, @Query() query: CostAlertListQueryDto): Promise<CostAlertListDto> {
    return this.alerts.list(org, query);
  }

  @CreateRoute(CostAlertDto, {
    summary: 'A cost alert: daily spend above, monthly forecast above budget, spike, budget percent',
    problems: {
      409: 'An alert of that name exists',
      422: 'Invalid body, parameters the kind does not read, a node or channel not the organization’s',
    },
  })
  create(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: CreateCostAlertDto,
  ): Promise<CostAlertDto> {
    return this.alerts.create(request, org, body);
  }

  @ListRoute(CostAlertPresetListDto, {
    path: 'presets',
    summary: 'The alert presets, each with the alert it makes',
  })
  presets(): Promise<CostAlertPresetListDto> {
    return this.alerts.presets();
  }

  @CreateRoute(CostAlertDto, {
    path: 'from-preset',
    summary: 'A cost alert made from a preset, its fields overridable',
    problems: {
      404: 'No such preset',
      422: 'The preset makes no cost alert, or needs a parameter not given',
    },
  })
  fromPreset(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: CostAlertFromPresetDto,
  ): Promise<CostAlertDto> {
    return this.alerts.fromPreset(request, org, body);
  }

  @Post('bulk')
  @OrgRole('admin')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Enable, disable, delete or set the channels of many alerts: all or none' })
  @ApiOkResponse({ type: CostAlertBulkResultDto })
  @ProblemResponse(404, 'An id names no alert of the organization (nothing changed)')
  @ProblemResponse(409, 'An alert changed meanwhile (nothing changed)')
  @ProblemResponse(422, 'A channel not the organization’s (nothing changed)')
  bulk(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: CostAlertBulkDto,
  ): Promise<CostAlertBulkResultDto> {
    return this.alerts.bulk(request, org, body);
  }

  @Post('evaluate')
  @OrgRole('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Evaluate the organization’s enabled alerts now' })
  @ApiOkResponse({ type: CostAlertEvaluationReportDto })
  evaluate(@CurrentOrg() org: Organization): Promise<CostAlertEvaluationReportDto> {
    return this.evaluator.evaluateOrg(org, this.clock.now());
  }

  @ListRoute(CostAlertHistoryDto, {
    path: 'history',
    summary: 'Every state change of the organization’s alerts, newest first',
  })
  orgHistory(
    @CurrentOrg() org: Organization,
    @Query() query: CostAlertHistoryQueryDto,
  ): Promise<CostAlertHistoryDto> {
    return this.alerts.history(org, undefined, query);
  }

  @GetRoute(CostAlertDto, { summary: 'A cost alert and where it stands' })
  get(@CurrentOrg() org: Organization, @Param('id') id: string): Promise<CostAlertDto> {
    return this.alerts.get(org, id);
  }

  @UpdateRoute(CostAlertDto, { summary: 'Change a cost alert (a new threshold re-arms it)' })
  update(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('id') id: string,
    @Body() body: UpdateCostAlertDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<CostAlertDto> {
    return this.alerts.update(request, org, id, body, ifMatch);
  }

  @DeleteRoute({ summary: 'Delete a cost alert (its history stays)' })
  remove(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.alerts.remove(request, org, id, ifMatch);
  }

  @ListRoute(CostAlertHistoryDto, { path: ':id/history', summary: 'An alert’s state changes, newest first' })
  history(
    @CurrentOrg() org: Organization,
    @Param('id') id: string,
    @Query() query: CostAlertHistoryQueryDto,
  ): Promise<CostAlertHistoryDto> {
    return this.alerts.history(org, id, query);
  }
}
