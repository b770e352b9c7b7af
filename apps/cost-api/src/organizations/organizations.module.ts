import { Module } from '@nestjs/common';
import { QuotaModule } from '../quota/quota.module';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';
import { PlansController } from './plans.controller';

@Module({
  imports: [QuotaModule],
  controllers: [OrganizationsController, MembersController, ApiKeysController, PlansController],
  providers: [OrganizationsService, MembersService, ApiKeysService],
})
export class OrganizationsModule {}
