import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ModelPricePageDto, PriceLookupDto } from '@slipway/contracts';
import { CurrentOrg, OrgRole } from '../access/org-access';
import type { Organization } from '../organizations/org-directory';
import { LegacyRoute } from './deprecation';
import { PricingService } from './pricing.service';

/** The legacy OpenAI data routes: deprecated the day GenAI pricing shipped, answered for six months more. */
export const OPENAI_LEGACY = {
  since: new Date('2026-12-01T00:00:00Z'),
  sunset: new Date('2027-06-01T00:00:00Z'),
};

const pricingOf = (params: Record<string, string>): string =>
  `/api/v1/integrations/${params.org}/openai/pricing`;

@ApiTags('openai-data (legacy)')
@Controller('api/v1/integrations/:org/openai')
export class OpenAiLegacyController {
  constructor(private readonly pricing: PricingService) {}

  @Get('models')
  @OrgRole('viewer')
  @LegacyRoute({
    summary: 'OpenAI models and their prices in force (legacy)',
    ...OPENAI_LEGACY,
    successor: pricingOf,
  })
  @ApiOkResponse({ type: ModelPricePageDto })
  async models(@CurrentOrg() org: Organization): Promise<ModelPricePageDto> {
    return { items: await this.pricing.effective(org, 'openai'), next_cursor: null };
  }

  @Get('models/:model')
  @OrgRole('viewer')
  @LegacyRoute({
    summary: 'The price of an OpenAI model in force now (legacy)',
    ...OPENAI_LEGACY,
    successor: (params) => `${pricingOf(params)}/lookup?model=${encodeURIComponent(params.model ?? '')}`,
  })
  @ApiOkResponse({ type: PriceLookupDto })
  model(@CurrentOrg() org: Organization, @Param('model') model: string): Promise<PriceLookupDto> {
    return this.pricing.lookup(org, 'openai', { model });
  }
}
