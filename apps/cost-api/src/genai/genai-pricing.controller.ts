import { Body, Controller, Headers, Param, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateGenAiOverrideDto,
  CreateModelPriceQueryDto,
  GenAiOverrideListQueryDto,
  ModelPriceDto,
  ModelPricePageDto,
  UpdateModelPriceDto,
} from '@slipway/contracts';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg } from '../access/org-access';
import { CreateRoute, DeleteRoute, ListRoute, UpdateRoute } from '../access/org-routes';
import type { Organization } from '../organizations/org-directory';
import {
  PRICE_CREATE_PROBLEMS,
  PRICE_DELETE_PROBLEMS,
  PRICE_UPDATE_PROBLEMS,
} from '../pricing/price-problems';
import { GenAiPricingService } from './genai-pricing.service';

/** The organization's own model prices, every provider: the GenAI pricing routes' overrides in one list. */
@ApiTags('genai')
@Controller('api/v1/genai/:org/pricing/overrides')
export class GenAiPricingController {
  constructor(private readonly overrides: GenAiPricingService) {}

  @ListRoute(ModelPricePageDto, {
    summary: 'The organization’s price overrides in force now or at ?at=, or every version',
  })
  list(
    @CurrentOrg() org: Organization,
    @Query() query: GenAiOverrideListQueryDto,
  ): Promise<ModelPricePageDto> {
    return this.overrides.list(org, query);
  }

  @CreateRoute(ModelPriceDto, {
    summary: 'An override: the organization’s price of a provider’s model for a period',
    problems: PRICE_CREATE_PROBLEMS,
  })
  create(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: CreateGenAiOverrideDto,
    @Query() query: CreateModelPriceQueryDto,
  ): Promise<ModelPriceDto> {
    return this.overrides.create(request, org, body, query.supersede === true);
  }

  @UpdateRoute(ModelPriceDto, {
    path: ':price_id',
    summary: 'Change an override: anything before it starts, only valid_to after',
    problems: PRICE_UPDATE_PROBLEMS,
  })
  update(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('price_id') id: string,
    @Body() body: UpdateModelPriceDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<ModelPriceDto> {
    return this.overrides.update(request, org, id, body, ifMatch);
  }

  @DeleteRoute({
    path: ':price_id',
    summary: 'Delete an override not yet in force (one that has started is closed instead)',
    problems: PRICE_DELETE_PROBLEMS,
  })
  remove(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('price_id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.overrides.remove(request, org, id, ifMatch);
  }
}
