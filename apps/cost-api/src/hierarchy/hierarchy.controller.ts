import { Body, Controller, Get, HttpCode, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  HierarchyExportQueryDto,
  HierarchyFileDto,
  HierarchyImportQueryDto,
  HierarchyImportReportDto,
  HierarchyLevelsDto,
  HierarchyTreeDto,
  MAX_HIERARCHY_IMPORT_ROWS,
  PutHierarchyLevelsDto,
} from '@slipway/contracts';
import { Idempotent } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg, OrgRole } from '../access/org-access';
import type { Organization } from '../organizations/org-directory';
import { FileDownload, type Download } from './hierarchy-http';
import { HierarchyFilesService } from './hierarchy-files.service';
import { HierarchyService } from './hierarchy.service';

@ApiTags('hierarchy')
@Controller('api/v1/hierarchy/:org')
export class HierarchyController {
  constructor(
    private readonly hierarchy: HierarchyService,
    private readonly files: HierarchyFilesService,
  ) {}

  @Get('tree')
  @OrgRole('viewer')
  @ApiOkResponse({ type: HierarchyTreeDto })
  tree(@CurrentOrg() org: Organization): Promise<HierarchyTreeDto> {
    return this.hierarchy.tree(org);
  }

  @Get('levels')
  @OrgRole('viewer')
  @ApiOkResponse({ type: HierarchyLevelsDto })
  levels(@CurrentOrg() org: Organization): HierarchyLevelsDto {
    return this.hierarchy.levels(org);
  }

  @Put('levels')
  @OrgRole('admin')
  @ApiOkResponse({
    type: HierarchyLevelsDto,
    description: '409 when existing nodes would break the new levels',
  })
  setLevels(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: PutHierarchyLevelsDto,
  ): Promise<HierarchyLevelsDto> {
    return this.hierarchy.setLevels(request, org, body);
  }

  @Post('import')
  @OrgRole('admin')
  @Idempotent()
  @HttpCode(200)
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({
    type: HierarchyFileDto,
    description: `{"nodes": [...]} or CSV with the header code,name,level,parent_code,daily_budget,monthly_budget,budget_enforcement; at most ${MAX_HIERARCHY_IMPORT_ROWS} nodes`,
  })
  @ApiOkResponse({
    type: HierarchyImportReportDto,
    description:
      'Created, or with dry_run=true what would be; 422 lists every row error and nothing is written',
  })
  import(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: unknown,
    @Query() query: HierarchyImportQueryDto,
  ): Promise<HierarchyImportReportDto> {
    return this.files.import(request, org, body, query);
  }

  @Get('export')
  @OrgRole('viewer')
  @FileDownload('application/json', 'text/csv')
  @ApiOkResponse({ type: HierarchyFileDto, description: 'The same columns import reads; parents first' })
  export(@CurrentOrg() org: Organization, @Query() query: HierarchyExportQueryDto): Promise<Download> {
    return this.files.export(org, query);
  }
}
