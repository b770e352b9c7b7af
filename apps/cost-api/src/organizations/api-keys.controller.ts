import { Body, Controller, Delete, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  OrgApiKeyDto,
  OrgApiKeyListQueryDto,
  CreateOrgApiKeyDto,
  CreatedOrgApiKeyDto,
  PageDto,
  type Page,
} from '@slipway/contracts';
import { Idempotent } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg, OrgRole } from '../access/org-access';
import { ApiKeysService } from './api-keys.service';
import type { Organization } from './org-directory';

@ApiTags('organizations')
@Controller('api/v1/organizations/:org/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @OrgRole('admin')
  @Idempotent()
  @ApiCreatedResponse({ type: CreatedOrgApiKeyDto, description: 'The key, shown this once' })
  create(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: CreateOrgApiKeyDto,
  ): Promise<CreatedOrgApiKeyDto> {
    return this.keys.create(request, org, body);
  }

  @Get()
  @OrgRole('admin')
  @ApiOkResponse({ type: PageDto(OrgApiKeyDto) })
  list(@CurrentOrg() org: Organization, @Query() query: OrgApiKeyListQueryDto): Promise<Page<OrgApiKeyDto>> {
    return this.keys.list(org, query);
  }

  @Delete(':key_id')
  @OrgRole('admin')
  @ApiOkResponse({
    type: OrgApiKeyDto,
    description: 'Revoked: it stops working at once here, within ORG_CACHE_TTL_MS elsewhere',
  })
  revoke(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('key_id') id: string,
  ): Promise<OrgApiKeyDto> {
    return this.keys.revoke(request, org, id);
  }
}
