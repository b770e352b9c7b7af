import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrgBudgetsDto } from '@slipway/contracts';
import { CurrentOrg, OrgRole, RootOnly } from '../access/org-access';
import type { Organization } from '../organizations/org-directory';
import { OrgBudgets } from './org-budgets.service';

@ApiTags('admin')
@Controller('api/v1/admin/budgets')
@RootOnly()
export class AdminBudgetsController {
  constructor(private readonly budgets: OrgBudgets) {}

  @Post(':org/rebuild')
  @HttpCode(200)
  @OrgRole('owner')
  @ApiOperation({
    summary:
      'Set the organization’s budget windows of today and this month back to the ledger’s figures (lapsed holds and whatever Redis lost give way to what the calls cost); run once the ledger has caught up',
  })
  @ApiOkResponse({ type: OrgBudgetsDto, description: 'The budgets as they stand after the rebuild' })
  rebuild(@CurrentOrg() org: Organization): Promise<OrgBudgetsDto> {
    return this.budgets.rebuild(org);
  }
}
