import { Body, Controller, Headers, Post, Req, Res, type RawBodyRequest } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JobAcceptedDto } from '@slipway/contracts';
import { Public } from '@slipway/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { WebhooksService, type Delivery, type WebhookOutcome } from './webhooks.service';

type Answer = JobAcceptedDto | { ignored: string } | { pong: true };

/** 202 for a new job, 200 for a redelivery of one already made, 202 with the reason for an event that starts none. */
function answer(outcome: WebhookOutcome, reply: FastifyReply): Answer {
  switch (outcome.kind) {
    case 'accepted':
      void reply.status(outcome.duplicate ? 200 : 202);
      return {
        job_id: outcome.jobId,
        status: outcome.status,
        ...(outcome.duplicate ? { duplicate: true } : {}),
      };
    case 'ignored':
      void reply.status(202);
      return { ignored: outcome.reason };
    case 'pong':
      void reply.status(200);
      return { pong: true };
  }
}

const delivery = (
  request: RawBodyRequest<FastifyRequest>,
  body: unknown,
  event?: string,
  deliveryId?: string,
  signature?: string,
): Delivery => ({
  event,
  deliveryId,
  signature,
  rawBody: request.rawBody,
  body,
  requestId: String(request.id),
});

@ApiTags('webhooks')
@Controller('webhook')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Public()
  @Post('gitea')
  @ApiOperation({ summary: 'Gitea webhook: push, create (tag), pull_request' })
  @ApiHeader({ name: 'X-Gitea-Event', required: true })
  @ApiHeader({ name: 'X-Gitea-Delivery', required: false })
  @ApiHeader({ name: 'X-Gitea-Signature', required: true, description: 'hex HMAC-SHA256 of the body' })
  @ApiAcceptedResponse({ type: JobAcceptedDto })
  @ApiOkResponse({ type: JobAcceptedDto, description: 'A redelivery: the job it already made' })
  async gitea(
    @Req() request: RawBodyRequest<FastifyRequest>,
    @Body() body: unknown,
    @Headers('x-gitea-event') event: string | undefined,
    @Headers('x-gitea-delivery') deliveryId: string | undefined,
    @Headers('x-gitea-signature') signature: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Answer> {
    return answer(await this.webhooks.gitea(delivery(request, body, event, deliveryId, signature)), reply);
  }

  @Public()
  @Post('github')
  @ApiOperation({ summary: 'GitHub webhook: push, pull_request, ping' })
  @ApiHeader({ name: 'X-GitHub-Event', required: true })
  @ApiHeader({ name: 'X-GitHub-Delivery', required: false })
  @ApiHeader({
    name: 'X-Hub-Signature-256',
    required: true,
    description: 'sha256=<hex HMAC-SHA256 of the body>',
  })
  @ApiAcceptedResponse({ type: JobAcceptedDto })
  @ApiOkResponse({ type: JobAcceptedDto, description: 'A redelivery, or the answer to ping' })
  async github(
    @Req() request: RawBodyRequest<FastifyRequest>,
    @Body() body: unknown,
    @Headers('x-github-event') event: string | undefined,
    @Headers('x-github-delivery') deliveryId: string | undefined,
    @Headers('x-hub-signature-256') signature: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Answer> {
    return answer(await this.webhooks.github(delivery(request, body, event, deliveryId, signature)), reply);
  }
}
