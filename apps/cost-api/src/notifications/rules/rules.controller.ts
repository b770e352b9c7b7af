import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  CreateNotificationRuleDto,
  NotificationRuleDto,
  NotificationRuleListDto,
  NotificationRuleListQueryDto,
  UpdateNotificationRuleDto,
} from '@slipway/contracts';
import { Idempotent, ProblemResponse } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg, OrgRole } from '../../access/org-access';
import { IF_MATCH, VersionTag } from '../../hierarchy/hierarchy-http';
import type { Organization } from '../../organizations/org-directory';
import { RulesService } from './rules.service';

@ApiTags('notifications')
@Controller('api/v1/:org/notifications/rules')
export class RulesController {
  constructor(private readonly rules: RulesService) {}

  @Get()
  @OrgRole('viewer')
  @ApiOperation({ summary: 'The organization’s rules (?event=)' })
  @ApiOkResponse({ type: NotificationRuleListDto })
  list(
    @CurrentOrg() org: Organization,
    @Query() query: NotificationRuleListQueryDto,
  ): Promise<NotificationRuleListDto> {
    return this.rules.list(org, query);
  }

  @Post()
  @OrgRole('admin')
  @Idempotent()
  @VersionTag()
  @ApiOperation({ summary: 'A rule: an event, its channels, filters that fit the event' })
  @ApiCreatedResponse({ type: NotificationRuleDto })
  @ProblemResponse(409, 'A rule of that name exists')
  @ProblemResponse(422, 'Invalid body, a channel not the organization’s, a filter the event does not take')
  create(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: CreateNotificationRuleDto,
  ): Promise<NotificationRuleDto> {
    return this.rules.create(request, org, body);
  }

  @Get(':id')
  @OrgRole('viewer')
  @VersionTag()
  @ApiOperation({ summary: 'A rule' })
  @ApiOkResponse({ type: NotificationRuleDto })
  get(@CurrentOrg() org: Organization, @Param('id') id: string): Promise<NotificationRuleDto> {
    return this.rules.get(org, id);
  }

  @Patch(':id')
  @OrgRole('admin')
  @VersionTag()
  @IF_MATCH
  @ApiOperation({ summary: 'Change a rule' })
  @ApiOkResponse({ type: NotificationRuleDto })
  @ProblemResponse(412, 'If-Match names another version')
  update(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('id') id: string,
    @Body() body: UpdateNotificationRuleDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<NotificationRuleDto> {
    return this.rules.update(request, org, id, body, ifMatch);
  }

  @Delete(':id')
  @OrgRole('admin')
  @HttpCode(204)
  @IF_MATCH
  @ApiOperation({ summary: 'Delete a rule' })
  @ApiNoContentResponse()
  remove(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.rules.remove(request, org, id, ifMatch);
  }
}
