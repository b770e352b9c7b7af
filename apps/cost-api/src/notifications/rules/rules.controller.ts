import { Body, Controller, Headers, Param, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateNotificationRuleDto,
  NotificationRuleDto,
  NotificationRuleListDto,
  NotificationRuleListQueryDto,
  UpdateNotificationRuleDto,
} from '@slipway/contracts';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg } from '../../access/org-access';
import { CreateRoute, DeleteRoute, GetRoute, ListRoute, UpdateRoute } from '../../access/org-routes';
import type { Organization } from '../../organizations/org-directory';
import { RulesService } from './rules.service';

@ApiTags('notifications')
@Controller('api/v1/:org/notifications/rules')
export class RulesController {
  constructor(private readonly rules: RulesService) {}

  @ListRoute(NotificationRuleListDto, { summary: 'The organization’s rules (?event=)' })
  list(
    @CurrentOrg() org: Organization,
    @Query() query: NotificationRuleListQueryDto,
  ): Promise<NotificationRuleListDto> {
    return this.rules.list(org, query);
  }

  @CreateRoute(NotificationRuleDto, {
    summary: 'A rule: an event, its channels, filters that fit the event',
    problems: {
      409: 'A rule of that name exists',
      422: 'Invalid body, a channel not the organization’s, a filter the event does not take',
    },
  })
  create(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: CreateNotificationRuleDto,
  ): Promise<NotificationRuleDto> {
    return this.rules.create(request, org, body);
  }

  @GetRoute(NotificationRuleDto, { summary: 'A rule' })
  get(@CurrentOrg() org: Organization, @Param('id') id: string): Promise<NotificationRuleDto> {
    return this.rules.get(org, id);
  }

  @UpdateRoute(NotificationRuleDto, { summary: 'Change a rule' })
  update(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('id') id: string,
    @Body() body: UpdateNotificationRuleDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<NotificationRuleDto> {
    return this.rules.update(request, org, id, body, ifMatch);
  }

  @DeleteRoute({ summary: 'Delete a rule' })
  remove(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.rules.remove(request, org, id, ifMatch);
  }
}
