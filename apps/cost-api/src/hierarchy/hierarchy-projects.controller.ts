import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AttachHierarchyProjectDto,
  HierarchyProjectDto,
  ListQueryDto,
  PageDto,
  type Page,
} from '@slipway/contracts';
import { Idempotent } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg, OrgRole } from '../access/org-access';
import type { Organization } from '../organizations/org-directory';
import { HierarchyProjectsService } from './hierarchy-projects.service';

@ApiTags('hierarchy')
@Controller('api/v1/hierarchy/:org/nodes/:id/projects')
export class HierarchyProjectsController {
  constructor(private readonly projects: HierarchyProjectsService) {}

  @Post()
  @OrgRole('admin')
  @Idempotent()
  @HttpCode(200)
  @ApiOkResponse({
    type: HierarchyProjectDto,
    description: '409 when the project belongs to another organization',
  })
  attach(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('id') id: string,
    @Body() body: AttachHierarchyProjectDto,
  ): Promise<HierarchyProjectDto> {
    return this.projects.attach(request, org, id, body);
  }

  @Get()
  @OrgRole('viewer')
  @ApiOkResponse({ type: PageDto(HierarchyProjectDto) })
  list(
    @CurrentOrg() org: Organization,
    @Param('id') id: string,
    @Query() query: ListQueryDto,
  ): Promise<Page<HierarchyProjectDto>> {
    return this.projects.list(org, id, query);
  }

  @Delete(':project_id')
  @OrgRole('admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Detached: the project stays in the organization, under no node' })
  detach(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('id') id: string,
    @Param('project_id') projectId: string,
  ): Promise<void> {
    return this.projects.detach(request, org, id, projectId);
  }
}
