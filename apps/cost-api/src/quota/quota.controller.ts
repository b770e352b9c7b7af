import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { QuotaDto } from '@slipway/contracts';
import { CurrentOrg, OrgRole } from '../access/org-access';
import type { Organization } from '../organizations/org-directory';
import { QuotaService } from './quota.service';

@ApiTags('quota')
@Controller('api/v1/organizations/:org/quota')
export class QuotaController {
  constructor(private readonly quota: QuotaService) {}

  @Get()
  @OrgRole('viewer')
  @ApiOkResponse({ type: QuotaDto })
  get(@CurrentOrg() org: Organization): Promise<QuotaDto> {
    return this.quota.usage(org);
  }
}
