import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OrgBudgetsDto } from '@slipway/contracts';
import { CurrentOrg, OrgRole } from '../access/org-access';
import type { Organization } from '../organizations/org-directory';
import { OrgBudgets } from './org-budgets.service';

@ApiTags('budgets')
@Controller('api/v1/organizations/:org/budgets')
export class OrgBudgetsController {
  constructor(private readonly budgets: OrgBudgets) {}

  @Get()
  @OrgRole('viewer')
  @ApiOkResponse({ type: OrgBudgetsDto })
  get(@CurrentOrg() org: Organization): Promise<OrgBudgetsDto> {
    return this.budgets.figures(org);
  }
}
