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
  CreateModelPriceDto,
  CreateModelPriceQueryDto,
  ModelPriceDto,
  ModelPriceListQueryDto,
  ModelPricePageDto,
  PriceLookupDto,
  PriceLookupQueryDto,
  UpdateModelPriceDto,
} from '@slipway/contracts';
import { Idempotent, ProblemResponse } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg, OrgRole } from '../access/org-access';
import type { Organization } from '../organizations/org-directory';
import { IF_MATCH, VersionTag } from '../hierarchy/hierarchy-http';
import { ProviderParamDoc, ProviderPipe } from './provider-param';
import { PricingService } from './pricing.service';

@ApiTags('genai-pricing')
@ProviderParamDoc()
@Controller('api/v1/integrations/:org/:provider/pricing')
export class PricingController {
  constructor(private readonly pricing: PricingService) {}

  @Get()
  @OrgRole('viewer')
  @ApiOperation({
    summary: 'Prices in force now or at ?at= (global and the organization’s), or every version',
  })
  @ApiOkResponse({ type: ModelPricePageDto })
  list(
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Query() query: ModelPriceListQueryDto,
  ): Promise<ModelPricePageDto> {
    return this.pricing.list(org, provider, query);
  }

  @Post()
  @OrgRole('admin')
  @Idempotent()
  @VersionTag()
  @ApiOperation({ summary: 'An organization price of a model for a period (it wins over the global one)' })
  @ApiCreatedResponse({ type: ModelPriceDto })
  @ProblemResponse(409, 'The period overlaps one of the organization’s prices of the model (named)')
  @ProblemResponse(422, 'Invalid body, or valid_to not after valid_from')
  create(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Body() body: CreateModelPriceDto,
    @Query() query: CreateModelPriceQueryDto,
  ): Promise<ModelPriceDto> {
    return this.pricing.create(request, org, provider, body, query.supersede === true);
  }

  @Get('lookup')
  @OrgRole('viewer')
  @ApiOperation({
    summary: 'The price a call of ?model= at ?at= (now) is charged, with its row id and version',
  })
  @ApiOkResponse({ type: PriceLookupDto })
  @ProblemResponse(404, 'No price of the model in force then')
  lookup(
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Query() query: PriceLookupQueryDto,
  ): Promise<PriceLookupDto> {
    return this.pricing.lookup(org, provider, query);
  }

  @Get(':price_id')
  @OrgRole('viewer')
  @VersionTag()
  @ApiOperation({ summary: 'A price row, global or the organization’s' })
  @ApiOkResponse({ type: ModelPriceDto })
  get(
    @CurrentOrg() org: Organization,
    @Param('provider', ProviderPipe) provider: string,
    @Param('price_id') id: string,
  ): Promise<ModelPriceDto> {
    return this.pricing.get(org, provider, id);
  }

  @Patch(':price_id')
  @OrgRole('admin')
  @VersionTag()
  @IF_MATCH
  @ApiOperation({ summary: 'Change an organization price: anything before it starts, only valid_to after' })
  @ApiOkResponse({ type: ModelPriceDto })
  @ProblemResponse(403, 'A global price')
  @ProblemResponse(409, 'The period has started or ended (history is kept), or would overlap another')
  @ProblemResponse(412, 'If-Match names another version')
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

  @Delete(':price_id')
  @OrgRole('admin')
  @HttpCode(204)
  @IF_MATCH
  @ApiOperation({
    summary: 'Delete an organization price not yet in force (one that has started is closed instead)',
  })
  @ApiNoContentResponse()
  @ProblemResponse(403, 'A global price')
  @ProblemResponse(409, 'The period has started: close it with PATCH valid_to')
  @ProblemResponse(412, 'If-Match names another version')
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
