import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditLogEntryDto, AuditLogQueryDto, PageDto, type Page } from '@slipway/contracts';
import { CurrentOrg, OrgRole } from '../access/org-access';
import type { Organization } from '../organizations/org-directory';
import { AuditReader } from './audit-reader';

@ApiTags('organizations')
@Controller('api/v1/organizations/:org/audit-logs')
export class AuditController {
  constructor(private readonly audit: AuditReader) {}

  @Get()
  @OrgRole('admin')
  @ApiOkResponse({ type: PageDto(AuditLogEntryDto) })
  list(@CurrentOrg() org: Organization, @Query() query: AuditLogQueryDto): Promise<Page<AuditLogEntryDto>> {
    return this.audit.list(org, query);
  }
}
