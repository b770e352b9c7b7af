import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateNotificationChannelDto,
  NotificationChannelDto,
  NotificationChannelListDto,
  NotificationDeliveryDto,
  UpdateNotificationChannelDto,
} from '@slipway/contracts';
import { Idempotent } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg, OrgRole } from '../../access/org-access';
import { CreateRoute, DeleteRoute, GetRoute, ListRoute, UpdateRoute } from '../../access/org-routes';
import type { Organization } from '../../organizations/org-directory';
import { ChannelTester } from './channel-tester';
import { ChannelsService } from './channels.service';

@ApiTags('notifications')
@Controller('api/v1/:org/notifications/channels')
export class ChannelsController {
  constructor(
    private readonly channels: ChannelsService,
    private readonly tester: ChannelTester,
  ) {}

  @ListRoute(NotificationChannelListDto, { summary: 'The organization’s channels, secrets left out' })
  list(@CurrentOrg() org: Organization): Promise<NotificationChannelListDto> {
    return this.channels.list(org);
  }

  @CreateRoute(NotificationChannelDto, {
    summary: 'A channel: email (SMTP), Slack incoming webhook or signed webhook',
    problems: {
      409: 'A channel of that name exists',
      422: 'Invalid body, the kind’s block missing, another kind’s given, a URL not https',
      503: 'CREDENTIALS_ENCRYPTION_KEY is not configured: no secret can be sealed',
    },
  })
  create(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: CreateNotificationChannelDto,
  ): Promise<NotificationChannelDto> {
    return this.channels.create(request, org, body);
  }

  @GetRoute(NotificationChannelDto, { summary: 'A channel, secrets left out' })
  get(@CurrentOrg() org: Organization, @Param('id') id: string): Promise<NotificationChannelDto> {
    return this.channels.get(org, id);
  }

  @UpdateRoute(NotificationChannelDto, {
    summary: 'Change a channel: its kind’s block replaces its settings; a secret left out is kept',
  })
  update(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('id') id: string,
    @Body() body: UpdateNotificationChannelDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<NotificationChannelDto> {
    return this.channels.update(request, org, id, body, ifMatch);
  }

  @DeleteRoute({ summary: 'Delete a channel (its deliveries stay in the history)' })
  remove(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.channels.remove(request, org, id, ifMatch);
  }

  @Post(':id/test')
  @OrgRole('admin')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Send a test message now; answers the delivery (sent, or failed with the error)' })
  @ApiOkResponse({ type: NotificationDeliveryDto })
  test(@CurrentOrg() org: Organization, @Param('id') id: string): Promise<NotificationDeliveryDto> {
    return this.tester.test(org, id);
  }
}
