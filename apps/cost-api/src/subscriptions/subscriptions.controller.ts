import { Body, Controller, Headers, Param, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateSubscriptionPlanDto,
  SubscriptionPlanDto,
  SubscriptionPlanListQueryDto,
  SubscriptionPlanPageDto,
  SubscriptionProviderListDto,
  UpdateSubscriptionPlanDto,
} from '@slipway/contracts';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg } from '../access/org-access';
import { CreateRoute, DeleteRoute, GetRoute, ListRoute, UpdateRoute } from '../access/org-routes';
import type { Organization } from '../organizations/org-directory';
import { ProviderParamDoc, ProviderPipe } from '../pricing/provider-param';
import { SubscriptionsService } from './subscriptions.service';

const PLANS = ':provider/plans';
const PLAN = ':provider/plans/:id';
const INVALID_PLAN = 'Invalid body, per_seat without seats, or end_date before start_date';

@ApiTags('subscriptions')
@Controller('api/v1/subscriptions/:org/providers')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @ListRoute(SubscriptionProviderListDto, {
    summary: 'Providers the organization subscribes to: plan counts and monthly cost',
  })
  providers(@CurrentOrg() org: Organization): Promise<SubscriptionProviderListDto> {
    return this.subscriptions.providers(org);
  }

  @ListRoute(SubscriptionPlanPageDto, {
    path: PLANS,
    summary: 'The organization’s plans with a provider (?status=)',
  })
  @ProviderParamDoc()
  list(
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Query() query: SubscriptionPlanListQueryDto,
  ): Promise<SubscriptionPlanPageDto> {
    return this.subscriptions.list(org, provider, query);
  }

  @CreateRoute(SubscriptionPlanDto, {
    path: PLANS,
    summary: 'A plan: per seat or flat, per billing period, from start_date to end_date',
    problems: { 422: INVALID_PLAN },
  })
  @ProviderParamDoc()
  create(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Body() body: CreateSubscriptionPlanDto,
  ): Promise<SubscriptionPlanDto> {
    return this.subscriptions.create(request, org, provider, body);
  }

  @GetRoute(SubscriptionPlanDto, { path: PLAN, summary: 'A plan' })
  @ProviderParamDoc()
  get(
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Param('id') id: string,
  ): Promise<SubscriptionPlanDto> {
    return this.subscriptions.get(org, provider, id);
  }

  @UpdateRoute(SubscriptionPlanDto, {
    path: PLAN,
    summary: 'Change a plan (status cancelled stops it)',
    problems: { 422: INVALID_PLAN },
  })
  @ProviderParamDoc()
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

  @DeleteRoute({
    path: PLAN,
    summary: 'Delete a plan (soft: kept with deleted_at, listed with ?include_deleted=true)',
  })
  @ProviderParamDoc()
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
