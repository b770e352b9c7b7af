import { Global, Module } from '@nestjs/common';
import { Clock } from '@slipway/platform';
import { AuditLog } from './audit/audit-log';
import { CostMetrics } from './metrics';
import { OrgLock } from './org-lock';
import { AllOrgs } from './organizations/all-orgs';
import { OrgDirectory } from './organizations/org-directory';
import { PlanBook } from './organizations/plan-book';

const CORE = [OrgDirectory, AllOrgs, PlanBook, AuditLog, Clock, CostMetrics, OrgLock];

/**
 * What every feature of cost-api and of its cost-worker stands on: who the organization is, the
 * plans, the audit log, the per-organization lock of quota-counted creates. Who the caller is lives
 * in AccessModule (the API's alone).
 */
@Global()
@Module({ providers: CORE, exports: CORE })
export class CostCoreModule {}
