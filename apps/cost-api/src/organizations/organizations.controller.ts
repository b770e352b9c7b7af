import { Body, Controller, Get, HttpCode, Post, Put, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ChangeSubscriptionDto,
  OnboardedOrganizationDto,
  OnboardOrganizationDto,
  OrganizationDto,
  QuotaRepairDto,
  SubscriptionDto,
  UpdateLocaleDto,
} from '@slipway/contracts';
import { Idempotent } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { CurrentOrg, OrgRole } from '../access/org-access';
import { QuotaService } from '../quota/quota.service';
import type { Organization } from './org-directory';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('api/v1/organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly quota: QuotaService,
  ) {}

  @Post('onboard')
  @Idempotent()
  @ApiCreatedResponse({
    type: OnboardedOrganizationDto,
    description: 'The organization and its first key (shown once)',
  })
  onboard(
    @Req() request: FastifyRequest,
    @Body() body: OnboardOrganizationDto,
  ): Promise<OnboardedOrganizationDto> {
    return this.organizations.onboard(request, body);
  }

  @Get(':org')
  @OrgRole('viewer')
  @ApiOkResponse({ type: OrganizationDto })
  get(@CurrentOrg() org: Organization): Promise<OrganizationDto> {
    return this.organizations.toDto(org);
  }

  @Put(':org/locale')
  @OrgRole('admin')
  @ApiOkResponse({ type: OrganizationDto })
  updateLocale(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: UpdateLocaleDto,
  ): Promise<OrganizationDto> {
    return this.organizations.updateLocale(request, org, body);
  }

  @Get(':org/subscription')
  @OrgRole('viewer')
  @ApiOkResponse({ type: SubscriptionDto })
  subscription(@CurrentOrg() org: Organization): Promise<SubscriptionDto> {
    return this.organizations.subscription(org);
  }

  @Put(':org/subscription')
  @OrgRole('owner')
  @ApiOkResponse({
    type: SubscriptionDto,
    description: 'A downgrade below current usage is a 409 listing each figure',
  })
  changeSubscription(
    @Req() request: FastifyRequest,
    @CurrentOrg() org: Organization,
    @Body() body: ChangeSubscriptionDto,
  ): Promise<SubscriptionDto> {
    return this.organizations.changeSubscription(request, org, body);
  }

  @Post(':org/sync')
  @HttpCode(200)
  @OrgRole('admin')
  @ApiOkResponse({
    type: QuotaRepairDto,
    description: 'The quota counters rebuilt from the records, and what moved',
  })
  sync(@CurrentOrg() org: Organization): Promise<QuotaRepairDto> {
    return this.quota.repair(org);
  }

  @Post(':org/repair')
  @HttpCode(200)
  @OrgRole('admin')
  @ApiOkResponse({ type: QuotaRepairDto, description: 'The same repair as sync' })
  repair(@CurrentOrg() org: Organization): Promise<QuotaRepairDto> {
    return this.quota.repair(org);
  }
}
