import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  BudgetReleaseDto,
  BudgetReservationDto,
  BudgetSettlementDto,
  ReleaseBudgetDto,
  ReserveBudgetDto,
  SettleBudgetDto,
} from '@slipway/contracts';
import { ServiceOnly } from '@slipway/identity';
import { ProblemResponse } from '@slipway/platform';
import { CurrentOrg, OrgRole } from '../access/org-access';
import type { Organization } from '../organizations/org-directory';
import { BudgetReservations } from './budget-reservations.service';

/** Reservations are made by the suite's services around each model call (agent-worker, planner), never by a tenant. */
@ApiTags('budgets')
@Controller('api/v1/budgets')
@ServiceOnly()
export class BudgetsController {
  constructor(private readonly reservations: BudgetReservations) {}

  @Post('reserve/:org')
  @HttpCode(200)
  @OrgRole('member')
  @ApiOkResponse({
    type: BudgetReservationDto,
    description: 'Held on the node and every ancestor; a repeated reservation id holds nothing again',
  })
  @ProblemResponse(
    429,
    'A hard budget on the path has too little left (budget_exceeded): the problem names the node, what is left and when it resets; Retry-After',
  )
  reserve(@CurrentOrg() org: Organization, @Body() body: ReserveBudgetDto): Promise<BudgetReservationDto> {
    return this.reservations.reserve(org, body);
  }

  @Post('settle/:org')
  @HttpCode(200)
  @OrgRole('member')
  @ApiOkResponse({ type: BudgetSettlementDto, description: 'The hold replaced by what the call cost' })
  @ProblemResponse(409, 'The reservation was released')
  settle(@CurrentOrg() org: Organization, @Body() body: SettleBudgetDto): Promise<BudgetSettlementDto> {
    return this.reservations.settle(org, body);
  }

  @Post('release/:org')
  @HttpCode(200)
  @OrgRole('member')
  @ApiOkResponse({ type: BudgetReleaseDto, description: 'The hold is back; nothing was spent' })
  release(@CurrentOrg() org: Organization, @Body() body: ReleaseBudgetDto): Promise<BudgetReleaseDto> {
    return this.reservations.release(org, body);
  }
}
