import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CreateHierarchyNodeDto,
  HierarchyNodeDeleteQueryDto,
  HierarchyNodeDto,
  HierarchyNodeListQueryDto,
  HierarchyPathDto,
  MoveHierarchyNodeDto,
  PageDto,
  PutHierarchyBudgetDto,
  UpdateHierarchyNodeDto,
  type Page,
} from '@slipway/contracts';
import { Idempotent } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg, OrgRole } from '../access/org-access';
import { CreateRoute, DeleteRoute, GetRoute, ListRoute, UpdateRoute } from '../access/org-routes';
import type { Organization } from '../organizations/org-directory';
import { IF_MATCH, VersionTag } from './hierarchy-http';
import { HierarchyNodesService } from './hierarchy-nodes.service';

const Id = () => Param('id');

@ApiTags('hierarchy')
@Controller('api/v1/hierarchy/:org/nodes')
export class HierarchyNodesController {
  constructor(private readonly nodes: HierarchyNodesService) {}

  @CreateRoute(HierarchyNodeDto)
  create(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: CreateHierarchyNodeDto,
  ): Promise<HierarchyNodeDto> {
    return this.nodes.create(request, org, body);
  }

  @ListRoute(PageDto(HierarchyNodeDto))
  list(
    @CurrentOrg() org: Organization,
    @Query() query: HierarchyNodeListQueryDto,
  ): Promise<Page<HierarchyNodeDto>> {
    return this.nodes.list(org, query);
  }

  @GetRoute(HierarchyNodeDto)
  get(@CurrentOrg() org: Organization, @Id() id: string): Promise<HierarchyNodeDto> {
    return this.nodes.get(org, id);
  }

  @Get(':id/path')
  @OrgRole('viewer')
  @ApiOkResponse({ type: HierarchyPathDto, description: 'The ancestors root first, the node last' })
  path(@CurrentOrg() org: Organization, @Id() id: string): Promise<HierarchyPathDto> {
    return this.nodes.path(org, id);
  }

  @UpdateRoute(HierarchyNodeDto)
  update(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Id() id: string,
    @Body() body: UpdateHierarchyNodeDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<HierarchyNodeDto> {
    return this.nodes.update(request, org, id, body, ifMatch);
  }

  @Put(':id/budget')
  @OrgRole('admin')
  @VersionTag()
  @IF_MATCH
  @ApiOkResponse({ type: HierarchyNodeDto, description: 'Stored; part 2 enforces it' })
  setBudget(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Id() id: string,
    @Body() body: PutHierarchyBudgetDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<HierarchyNodeDto> {
    return this.nodes.setBudget(request, org, id, body, ifMatch);
  }

  @Post(':id/move')
  @OrgRole('admin')
  @Idempotent()
  @HttpCode(200)
  @VersionTag()
  @ApiOkResponse({
    type: HierarchyNodeDto,
    description: 'Moved with its subtree; 409 hierarchy_cycle, 422 hierarchy_too_deep',
  })
  move(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Id() id: string,
    @Body() body: MoveHierarchyNodeDto,
  ): Promise<HierarchyNodeDto> {
    return this.nodes.move(request, org, id, body);
  }

  @DeleteRoute({
    description: 'Deleted; 409 hierarchy_node_not_empty with children or projects unless cascade=true',
  })
  remove(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Id() id: string,
    @Query() query: HierarchyNodeDeleteQueryDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<void> {
    return this.nodes.remove(request, org, id, query, ifMatch);
  }
}
