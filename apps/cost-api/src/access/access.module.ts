import { Global, Module } from '@nestjs/common';
import { ApiKeyStrategy } from './api-key.strategy';
import { OrgAccessGuard, RootGuard } from './org-access';
import { OrgKeyRecords } from './org-key-records';

const ACCESS = [OrgKeyRecords, ApiKeyStrategy, OrgAccessGuard, RootGuard];

/**
 * Who the caller is and what they may do: the X-API-Key credential and the guards of the API's
 * routes (the cost-worker serves no caller and leaves this out).
 */
@Global()
@Module({ providers: ACCESS, exports: ACCESS })
export class AccessModule {}
