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
  CreateSubscriptionPlanDto,
  SubscriptionPlanDto,
  SubscriptionPlanListQueryDto,
  SubscriptionPlanPageDto,
  SubscriptionProviderListDto,
  UpdateSubscriptionPlanDto,
} from '@slipway/contracts';
import { Idempotent, ProblemResponse } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg, OrgRole } from '../access/org-access';
import type { Organization } from '../organizations/org-directory';
import { IF_MATCH, VersionTag } from '../hierarchy/hierarchy-http';
import { ProviderParamDoc, ProviderPipe } from '../pricing/provider-param';
import { SubscriptionsService } from './subscriptions.service';

@ApiTags('subscriptions')
@Controller('api/v1/subscriptions/:org/providers')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Get()
  @OrgRole('viewer')
  @ApiOperation({ summary: 'Providers the organization subscribes to: plan counts and monthly cost' })
  @ApiOkResponse({ type: SubscriptionProviderListDto })
  providers(@CurrentOrg() org: Organization): Promise<SubscriptionProviderListDto> {
    return this.subscriptions.providers(org);
  }

  @Get(':provider/plans')
  @OrgRole('viewer')
  @ProviderParamDoc()
  @ApiOperation({ summary: 'The organization’s plans with a provider (?status=)' })
  @ApiOkResponse({ type: SubscriptionPlanPageDto })
  list(
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Query() query: SubscriptionPlanListQueryDto,
  ): Promise<SubscriptionPlanPageDto> {
    return this.subscriptions.list(org, provider, query);
  }

  @Post(':provider/plans')
  @OrgRole('admin')
  @Idempotent()
  @VersionTag()
  @ProviderParamDoc()
  @ApiOperation({ summary: 'A plan: per seat or flat, per billing period, from start_date to end_date' })
  @ApiCreatedResponse({ type: SubscriptionPlanDto })
  @ProblemResponse(422, 'Invalid body, per_seat without seats, or end_date before start_date')
  create(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Body() body: CreateSubscriptionPlanDto,
  ): Promise<SubscriptionPlanDto> {
    return this.subscriptions.create(request, org, provider, body);
  }

  @Get(':provider/plans/:id')
  @OrgRole('viewer')
  @VersionTag()
  @ProviderParamDoc()
  @ApiOperation({ summary: 'A plan' })
  @ApiOkResponse({ type: SubscriptionPlanDto })
  get(
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Param('id') id: string,
  ): Promise<SubscriptionPlanDto> {
    return this.subscriptions.get(org, provider, id);
  }

  @Patch(':provider/plans/:id')
  @OrgRole('admin')
  @VersionTag()
  @IF_MATCH
  @ProviderParamDoc()
  @ApiOperation({ summary: 'Change a plan (status cancelled stops it)' })
  @ApiOkResponse({ type: SubscriptionPlanDto })
  @ProblemResponse(412, 'If-Match names another version')
  @ProblemResponse(422, 'Invalid body, per_seat without seats, or end_date before start_date')
  update(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Param('id') id: string,
    @Body() body: UpdateSubscriptionPlanDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<SubscriptionPlanDto> {
    return this.subscriptions.update(request, org, provider, id, body, ifMatch);
  }

  @Delete(':provider/plans/:id')
  @OrgRole('admin')
  @HttpCode(204)
  @IF_MATCH
  @ProviderParamDoc()
  @ApiOperation({ summary: 'Delete a plan (soft: kept with deleted_at, listed with ?include_deleted=true)' })
  @ApiNoContentResponse()
  @ProblemResponse(412, 'If-Match names another version')
  remove(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.subscriptions.remove(request, org, provider, id, ifMatch);
  }
}
