import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { BatchRequestDto, BatchResponseDto, MAX_BATCH_OPERATIONS } from '@slipway/contracts';
import { CurrentPrincipal, type Principal } from '@slipway/identity';
import { ProblemResponse } from '@slipway/platform';
import type { FastifyReply } from 'fastify';
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
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Runs the batch once: a repeat with the same key and operations (within 24 hours) answers the first result with `Idempotent-Replayed: true`, even when the first answer was lost; the key with other operations is a 409.',
  })
  @ApiOkResponse({ type: BatchResponseDto })
  @ProblemResponse(401, 'No or unknown identity')
  @ProblemResponse(403, 'An operation is not allowed for this caller; nothing was written')
  @ProblemResponse(404, 'An operation targets no record visible to the caller; nothing was written')
  @ProblemResponse(
    409,
    'An operation conflicts with a record, or the Idempotency-Key was used with other operations; nothing was written',
  )
  @ProblemResponse(412, 'An operation’s if_match is stale; nothing was written')
  @ProblemResponse(422, 'Invalid operations (`errors` names each, `operations[i].…`); nothing was written')
  async run(
    @CurrentPrincipal() principal: Principal,
    @Body() body: BatchRequestDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BatchResponseDto> {
    const { response, replayed } = await this.batch.run(principal, body.operations, idempotencyKey);
    if (replayed) void reply.header('idempotent-replayed', 'true');
    return response;
  }
}
