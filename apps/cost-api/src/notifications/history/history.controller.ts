import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotificationHistoryDto, NotificationHistoryQueryDto } from '@slipway/contracts';
import { CurrentOrg, OrgRole } from '../../access/org-access';
import type { Organization } from '../../organizations/org-directory';
import { HistoryService } from './history.service';

@ApiTags('notifications')
@Controller('api/v1/:org/notifications/history')
export class HistoryController {
  constructor(private readonly history: HistoryService) {}

  @Get()
  @OrgRole('viewer')
  @ApiOperation({ summary: 'Every delivery, newest first: channel, status, attempts, last error' })
  @ApiOkResponse({ type: NotificationHistoryDto })
  list(
    @CurrentOrg() org: Organization,
    @Query() query: NotificationHistoryQueryDto,
  ): Promise<NotificationHistoryDto> {
    return this.history.list(org, query);
  }
}
