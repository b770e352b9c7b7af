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
  CreateGenAiOverrideDto,
  CreateModelPriceQueryDto,
  GenAiOverrideListQueryDto,
  ModelPriceDto,
  ModelPricePageDto,
  UpdateModelPriceDto,
} from '@slipway/contracts';
import { Idempotent, ProblemResponse } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg, OrgRole } from '../access/org-access';
import { IF_MATCH, VersionTag } from '../hierarchy/hierarchy-http';
import type { Organization } from '../organizations/org-directory';
import { GenAiPricingService } from './genai-pricing.service';

/** The organization's own model prices, every provider: the GenAI pricing routes' overrides in one list. */
@ApiTags('genai')
@Controller('api/v1/genai/:org/pricing/overrides')
export class GenAiPricingController {
  constructor(private readonly overrides: GenAiPricingService) {}

  @Get()
  @OrgRole('viewer')
  @ApiOperation({ summary: 'The organization’s price overrides in force now or at ?at=, or every version' })
  @ApiOkResponse({ type: ModelPricePageDto })
  list(
    @CurrentOrg() org: Organization,
    @Query() query: GenAiOverrideListQueryDto,
  ): Promise<ModelPricePageDto> {
    return this.overrides.list(org, query);
  }

  @Post()
  @OrgRole('admin')
  @Idempotent()
  @VersionTag()
  @ApiOperation({ summary: 'An override: the organization’s price of a provider’s model for a period' })
  @ApiCreatedResponse({ type: ModelPriceDto })
  @ProblemResponse(409, 'The period overlaps one of the organization’s prices of the model (named)')
  @ProblemResponse(422, 'Invalid body, or valid_to not after valid_from')
  create(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: CreateGenAiOverrideDto,
    @Query() query: CreateModelPriceQueryDto,
  ): Promise<ModelPriceDto> {
    return this.overrides.create(request, org, body, query.supersede === true);
  }

  @Patch(':price_id')
  @OrgRole('admin')
  @VersionTag()
  @IF_MATCH
  @ApiOperation({ summary: 'Change an override: anything before it starts, only valid_to after' })
  @ApiOkResponse({ type: ModelPriceDto })
  @ProblemResponse(403, 'A global price')
  @ProblemResponse(409, 'The period has started or ended (history is kept), or would overlap another')
  @ProblemResponse(412, 'If-Match names another version')
  update(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('price_id') id: string,
    @Body() body: UpdateModelPriceDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<ModelPriceDto> {
    return this.overrides.update(request, org, id, body, ifMatch);
  }

  @Delete(':price_id')
  @OrgRole('admin')
  @HttpCode(204)
  @IF_MATCH
  @ApiOperation({ summary: 'Delete an override not yet in force (one that has started is closed instead)' })
  @ApiNoContentResponse()
  @ProblemResponse(403, 'A global price')
  @ProblemResponse(409, 'The period has started: close it with PATCH valid_to')
  @ProblemResponse(412, 'If-Match names another version')
  remove(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('price_id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.overrides.remove(request, org, id, ifMatch);
  }
}
