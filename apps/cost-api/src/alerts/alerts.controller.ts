import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
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
import { IF_MATCH, VersionTag } from '../hierarchy/hierarchy-http';
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

  @Get()
  @OrgRole('viewer')
  @ApiOperation({ summary: 'The organization’s cost alerts (?state=, ?kind=, ?enabled=)' })
  @ApiOkResponse({ type: CostAlertListDto })
  list(@CurrentOrg() org: Organization, @Query() query: CostAlertListQueryDto): Promise<CostAlertListDto> {
    return this.alerts.list(org, query);
  }

  @Post()
  @OrgRole('admin')
  @Idempotent()
  @VersionTag()
  @ApiOperation({
    summary: 'A cost alert: daily spend above, monthly forecast above budget, spike, budget percent',
  })
  @ApiCreatedResponse({ type: CostAlertDto })
  @ProblemResponse(409, 'An alert of that name exists')
  @ProblemResponse(
    422,
    'Invalid body, parameters the kind does not read, a node or channel not the organization’s',
  )
  create(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: CreateCostAlertDto,
  ): Promise<CostAlertDto> {
    return this.alerts.create(request, org, body);
  }

  @Get('presets')
  @OrgRole('viewer')
  @ApiOperation({ summary: 'The alert presets, each with the alert it makes' })
  @ApiOkResponse({ type: CostAlertPresetListDto })
  presets(): Promise<CostAlertPresetListDto> {
    return this.alerts.presets();
  }

  @Post('from-preset')
  @OrgRole('admin')
  @Idempotent()
  @VersionTag()
  @ApiOperation({ summary: 'A cost alert made from a preset, its fields overridable' })
  @ApiCreatedResponse({ type: CostAlertDto })
  @ProblemResponse(404, 'No such preset')
  @ProblemResponse(422, 'The preset makes no cost alert, or needs a parameter not given')
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

  @Get('history')
  @OrgRole('viewer')
  @ApiOperation({ summary: 'Every state change of the organization’s alerts, newest first' })
  @ApiOkResponse({ type: CostAlertHistoryDto })
  orgHistory(
    @CurrentOrg() org: Organization,
    @Query() query: CostAlertHistoryQueryDto,
  ): Promise<CostAlertHistoryDto> {
    return this.alerts.history(org, undefined, query);
  }

  @Get(':id')
  @OrgRole('viewer')
  @VersionTag()
  @ApiOperation({ summary: 'A cost alert and where it stands' })
  @ApiOkResponse({ type: CostAlertDto })
  get(@CurrentOrg() org: Organization, @Param('id') id: string): Promise<CostAlertDto> {
    return this.alerts.get(org, id);
  }

  @Patch(':id')
  @OrgRole('admin')
  @VersionTag()
  @IF_MATCH
  @ApiOperation({ summary: 'Change a cost alert (a new threshold re-arms it)' })
  @ApiOkResponse({ type: CostAlertDto })
  @ProblemResponse(412, 'If-Match names another version')
  update(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('id') id: string,
    @Body() body: UpdateCostAlertDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<CostAlertDto> {
    return this.alerts.update(request, org, id, body, ifMatch);
  }

  @Delete(':id')
  @OrgRole('admin')
  @HttpCode(204)
  @IF_MATCH
  @ApiOperation({ summary: 'Delete a cost alert (its history stays)' })
  @ApiNoContentResponse()
  remove(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.alerts.remove(request, org, id, ifMatch);
  }

  @Get(':id/history')
  @OrgRole('viewer')
  @ApiOperation({ summary: 'An alert’s state changes, newest first' })
  @ApiOkResponse({ type: CostAlertHistoryDto })
  history(
    @CurrentOrg() org: Organization,
    @Param('id') id: string,
    @Query() query: CostAlertHistoryQueryDto,
  ): Promise<CostAlertHistoryDto> {
    return this.alerts.history(org, id, query);
  }
}
