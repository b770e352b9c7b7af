import { Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CostCacheInvalidatedDto,
  CostSummaryDto,
  CostSummaryQueryDto,
  CostTotalDto,
  CostTotalQueryDto,
  CostTrendDto,
  CostTrendQueryDto,
} from '@slipway/contracts';
import { ProblemResponse } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg, OrgRole } from '../access/org-access';
import type { Organization } from '../organizations/org-directory';
import { CostCacheService } from './cost-cache.service';
import { CostCached } from './cost-cache.interceptor';
import { CostsService } from './costs.service';

const CACHED =
  ' Cached per organization until its next midnight or its next ledger rows (X-Cache: hit or miss).';

@ApiTags('costs')
@ProblemResponse(422, 'Invalid filters, dates or range (`errors` names the field)')
@Controller('api/v1/costs/:org')
export class CostsController {
  constructor(
    private readonly costs: CostsService,
    private readonly cache: CostCacheService,
  ) {}

  @Get('total')
  @OrgRole('viewer')
  @CostCached()
  @ApiOperation({
    summary: 'The organization’s spend over local days, in all and per source.',
    description: CACHED,
  })
  @ApiOkResponse({ type: CostTotalDto })
  total(@CurrentOrg() org: Organization, @Query() query: CostTotalQueryDto): Promise<CostTotalDto> {
    return this.costs.total(org, query);
  }

  @Get('summary')
  @OrgRole('viewer')
  @CostCached()
  @ApiOperation({
    summary: 'Spend grouped by provider, model, project, hierarchy node or level, user, source or day.',
    description: CACHED,
  })
  @ApiOkResponse({ type: CostSummaryDto })
  summary(@CurrentOrg() org: Organization, @Query() query: CostSummaryQueryDto): Promise<CostSummaryDto> {
    return this.costs.summary(org, query);
  }

  @Get('trend-granular')
  @OrgRole('viewer')
  @CostCached()
  @ApiOperation({
    summary: 'Spend per hour, day, week or month of the organization’s time zone, zero-filled.',
    description: CACHED,
  })
  @ApiOkResponse({ type: CostTrendDto })
  trend(@CurrentOrg() org: Organization, @Query() query: CostTrendQueryDto): Promise<CostTrendDto> {
    return this.costs.trend(org, query);
  }

  @Post('cache/invalidate')
  @HttpCode(200)
  @OrgRole('member')
  @ApiOperation({ summary: 'Drop every cached cost answer of the organization (a new cache generation).' })
  @ApiOkResponse({ type: CostCacheInvalidatedDto })
  invalidate(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
  ): Promise<CostCacheInvalidatedDto> {
    return this.cache.invalidate(request, org);
  }
}
