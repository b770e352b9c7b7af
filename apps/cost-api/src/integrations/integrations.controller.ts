import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  IntegrationCredentialDto,
  IntegrationDto,
  IntegrationListDto,
  IntegrationProviderListDto,
  IntegrationSetupDto,
  IntegrationSetupQueryDto,
} from '@slipway/contracts';
import { ServiceOnly } from '@slipway/identity';
import { Idempotent } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg, OrgRole } from '../access/org-access';
import type { Organization } from '../organizations/org-directory';
import { IntegrationCredentials } from './integration-credentials.service';
import { IntegrationsService } from './integrations.service';

@ApiTags('integrations')
@Controller('api/v1/integrations')
export class IntegrationsController {
  constructor(
    private readonly integrations: IntegrationsService,
    private readonly credentials: IntegrationCredentials,
  ) {}

  @Get('providers')
  @ApiOkResponse({
    type: IntegrationProviderListDto,
    description: 'Every provider and the credential fields it takes',
  })
  providers(): IntegrationProviderListDto {
    return this.integrations.providers();
  }

  @Get(':org')
  @OrgRole('viewer')
  @ApiOkResponse({ type: IntegrationListDto, description: 'Masked: status and fingerprint, never a secret' })
  list(@CurrentOrg() org: Organization): Promise<IntegrationListDto> {
    return this.integrations.list(org);
  }

  @Get(':org/:provider')
  @OrgRole('viewer')
  @ApiOkResponse({ type: IntegrationDto })
  get(@CurrentOrg() org: Organization, @Param('provider') provider: string): Promise<IntegrationDto> {
    return this.integrations.get(org, provider);
  }

  @Post(':org/:provider/setup')
  @OrgRole('admin')
  @Idempotent()
  @ApiCreatedResponse({
    type: IntegrationDto,
    description:
      'Stored encrypted (replacing any earlier credential) and checked with the provider unless validate=false; 429 quota_exceeded beyond the plan’s providers',
  })
  setup(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('provider') provider: string,
    @Body() body: IntegrationSetupDto,
    @Query() query: IntegrationSetupQueryDto,
  ): Promise<IntegrationDto> {
    return this.integrations.setup(request, org, provider, body, query);
  }

  @Post(':org/:provider/validate')
  @HttpCode(200)
  @OrgRole('admin')
  @ApiOkResponse({
    type: IntegrationDto,
    description: 'valid, or invalid with the reason (rejected or unreachable)',
  })
  validate(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('provider') provider: string,
  ): Promise<IntegrationDto> {
    return this.integrations.validate(request, org, provider);
  }

  @Delete(':org/:provider')
  @HttpCode(204)
  @OrgRole('admin')
  @ApiNoContentResponse({ description: 'The credential is gone' })
  remove(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Param('provider') provider: string,
  ): Promise<void> {
    return this.integrations.remove(request, org, provider);
  }

  @Get(':org/:provider/credential')
  @ServiceOnly()
  @OrgRole('owner')
  @ApiOkResponse({
    type: IntegrationCredentialDto,
    description: 'A valid integration’s credential in the clear',
  })
  credential(
    @CurrentOrg() org: Organization,
    @Param('provider') provider: string,
  ): Promise<IntegrationCredentialDto> {
    return this.credentials.valid(org, provider);
  }
}
