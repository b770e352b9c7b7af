import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AddMemberDto,
  ChangeMemberDto,
  ListQueryDto,
  MemberDto,
  PageDto,
  type Page,
} from '@slipway/contracts';
import { Idempotent } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg, OrgRole } from '../access/org-access';
import { MembersService } from './members.service';
import type { Organization } from './org-directory';

@ApiTags('organizations')
@Controller('api/v1/organizations/:org/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @OrgRole('viewer')
  @ApiOkResponse({ type: PageDto(MemberDto) })
  list(@CurrentOrg() org: Organization, @Query() query: ListQueryDto): Promise<Page<MemberDto>> {
    return this.members.list(org, query);
  }

  @Post()
  @OrgRole('admin')
  @Idempotent()
  @ApiCreatedResponse({ type: MemberDto, description: 'A seat taken; 429 quota_exceeded when none is left' })
  add(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: AddMemberDto,
  ): Promise<MemberDto> {
    return this.members.add(request, org, body);
  }

  @Patch(':user_id')
  @OrgRole('admin')
  @ApiOkResponse({ type: MemberDto })
  change(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('user_id') userId: string,
    @Body() body: ChangeMemberDto,
  ): Promise<MemberDto> {
    return this.members.change(request, org, userId, body);
  }

  @Delete(':user_id')
  @HttpCode(204)
  @OrgRole('admin')
  @ApiNoContentResponse({ description: 'The seat is free; the last owner cannot leave' })
  remove(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('user_id') userId: string,
  ): Promise<void> {
    return this.members.remove(request, org, userId);
  }
}
