import { Body, Controller, Headers, Param, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateModelPriceDto,
  CreateModelPriceQueryDto,
  ModelPriceDto,
  ModelPriceListQueryDto,
  ModelPricePageDto,
  PriceLookupDto,
  PriceLookupQueryDto,
  UpdateModelPriceDto,
} from '@slipway/contracts';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg } from '../access/org-access';
import { CreateRoute, DeleteRoute, GetRoute, ListRoute, UpdateRoute } from '../access/org-routes';
import type { Organization } from '../organizations/org-directory';
import { PRICE_CREATE_PROBLEMS, PRICE_DELETE_PROBLEMS, PRICE_UPDATE_PROBLEMS } from './price-problems';
import { ProviderParamDoc, ProviderPipe } from './provider-param';
import { PricingService } from './pricing.service';

@ApiTags('genai-pricing')
@ProviderParamDoc()
@Controller('api/v1/integrations/:org/:provider/pricing')
export class PricingController {
  constructor(private readonly pricing: PricingService) {}

  @ListRoute(ModelPricePageDto, {
    summary: 'Prices in force now or at ?at= (global and the organization’s), or every version',
  })
  list(
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Query() query: ModelPriceListQueryDto,
  ): Promise<ModelPricePageDto> {
    return this.pricing.list(org, provider, query);
  }

  @CreateRoute(ModelPriceDto, {
    summary: 'An organization price of a model for a period (it wins over the global one)',
    problems: PRICE_CREATE_PROBLEMS,
  })
  create(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Body() body: CreateModelPriceDto,
    @Query() query: CreateModelPriceQueryDto,
  ): Promise<ModelPriceDto> {
    return this.pricing.create(request, org, provider, body, query.supersede === true);
  }

  @ListRoute(PriceLookupDto, {
    path: 'lookup',
    summary: 'The price a call of ?model= at ?at= (now) is charged, with its row id and version',
    problems: { 404: 'No price of the model in force then' },
  })
  lookup(
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Query() query: PriceLookupQueryDto,
  ): Promise<PriceLookupDto> {
    return this.pricing.lookup(org, provider, query);
  }

  @GetRoute(ModelPriceDto, { path: ':price_id', summary: 'A price row, global or the organization’s' })
  get(
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Param('price_id') id: string,
  ): Promise<ModelPriceDto> {
    return this.pricing.get(org, provider, id);
  }

  @UpdateRoute(ModelPriceDto, {
    path: ':price_id',
    summary: 'Change an organization price: anything before it starts, only valid_to after',
    problems: PRICE_UPDATE_PROBLEMS,
  })
  update(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Param('price_id') id: string,
    @Body() body: UpdateModelPriceDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<ModelPriceDto> {
    return this.pricing.update(request, org, provider, id, body, ifMatch);
  }

  @DeleteRoute({
    path: ':price_id',
    summary: 'Delete an organization price not yet in force (one that has started is closed instead)',
    problems: PRICE_DELETE_PROBLEMS,
  })
  remove(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Param('price_id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.pricing.remove(request, org, provider, id, ifMatch);
  }
}
