import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { BatchRequestDto, BatchResponseDto, MAX_BATCH_OPERATIONS } from '@slipway/contracts';
import { CurrentPrincipal, type Principal } from '@slipway/identity';
import { ProblemResponse } from '@slipway/platform';
import { BatchService } from './batch.service';

@ApiTags('batch')
@ApiSecurity('service-token')
@ApiSecurity('telegram-id')
@Controller('api/batch')
export class BatchController {
  constructor(private readonly batch: BatchService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: `Up to ${MAX_BATCH_OPERATIONS} creates, updates, deletes and restores in one transaction: all or none`,
    description:
      'Each operation is checked against its resource’s own contract before any runs, then run as its route would (the same access rules, checks and If-Match). Later operations name records earlier ones created by their `ref` (`id_ref`, `refs`). A failure writes nothing and names its operation: detail `operation i: …`, fields `operations[i].…`.',
  })
  @ApiBody({ type: BatchRequestDto })
  @ApiOkResponse({ type: BatchResponseDto })
  @ProblemResponse(401, 'No or unknown identity')
  @ProblemResponse(403, 'An operation is not allowed for this caller; nothing was written')
  @ProblemResponse(404, 'An operation targets no record visible to the caller; nothing was written')
  @ProblemResponse(409, 'An operation conflicts with a record; nothing was written')
  @ProblemResponse(412, 'An operation’s if_match is stale; nothing was written')
  @ProblemResponse(422, 'Invalid operations (`errors` names each, `operations[i].…`); nothing was written')
  run(@CurrentPrincipal() principal: Principal, @Body() body: BatchRequestDto): Promise<BatchResponseDto> {
    return this.batch.run(principal, body.operations);
  }
}
