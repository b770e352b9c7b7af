import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GenAiCostsDto, GenAiQueryDto, GenAiUsageDto } from '@slipway/contracts';
import { ProblemResponse } from '@slipway/platform';
import { CurrentOrg, OrgRole } from '../access/org-access';
import { CostCached } from '../costs/cost-cache.interceptor';
import type { Organization } from '../organizations/org-directory';
import { GenAiUsageService } from './genai-usage.service';

const CACHED =
  ' GenAI spend is the ledger’s rows naming a model. Cached like the cost reads (X-Cache: hit or miss).';

@ApiTags('genai')
@ProblemResponse(422, 'Invalid filters, dates or range (`errors` names the field)')
@Controller('api/v1/genai/:org')
export class GenAiController {
  constructor(private readonly genai: GenAiUsageService) {}

  @Get('usage')
  @OrgRole('viewer')
  @CostCached()
  @ApiOperation({
    summary: 'Tokens by model and local day, with the share read from the prompt cache.',
    description: CACHED,
  })
  @ApiOkResponse({ type: GenAiUsageDto })
  usage(@CurrentOrg() org: Organization, @Query() query: GenAiQueryDto): Promise<GenAiUsageDto> {
    return this.genai.usage(org, query);
  }

  @Get('costs')
  @OrgRole('viewer')
  @CostCached()
  @ApiOperation({
    summary: 'What the organization’s model calls cost, per provider and model.',
    description: CACHED,
  })
  @ApiOkResponse({ type: GenAiCostsDto })
  costs(@CurrentOrg() org: Organization, @Query() query: GenAiQueryDto): Promise<GenAiCostsDto> {
    return this.genai.costs(org, query);
  }
}
