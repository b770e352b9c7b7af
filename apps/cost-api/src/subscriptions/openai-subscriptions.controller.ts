import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SubscriptionPlanListQueryDto, SubscriptionPlanPageDto } from '@slipway/contracts';
import { CurrentOrg, OrgRole } from '../access/org-access';
import type { Organization } from '../organizations/org-directory';
import { LegacyRoute } from '../pricing/deprecation';
import { OPENAI_LEGACY } from '../pricing/openai-legacy.controller';
import { SubscriptionsService } from './subscriptions.service';

/** The legacy OpenAI data route of subscriptions, answered by the subscriptions router. */
@ApiTags('openai-data (legacy)')
@Controller('api/v1/integrations/:org/openai/subscriptions')
export class OpenAiSubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Get()
  @OrgRole('viewer')
  @LegacyRoute({
    summary: 'The organization’s OpenAI plans (legacy)',
    ...OPENAI_LEGACY,
    successor: (params) => `/api/v1/subscriptions/${params.org}/providers/openai/plans`,
  })
  @ApiOkResponse({ type: SubscriptionPlanPageDto })
  list(
    @CurrentOrg() org: Organization,
    @Query() query: SubscriptionPlanListQueryDto,
  ): Promise<SubscriptionPlanPageDto> {
    return this.subscriptions.list(org, 'openai', query);
  }
}
