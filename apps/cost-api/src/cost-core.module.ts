import { Global, Module } from '@nestjs/common';
import { Clock } from '@slipway/platform';
import { AuditLog } from './audit/audit-log';
import { LedgerWrites } from './ledger/ledger-writes';
import { CostMetrics } from './metrics';
import { OrgLock } from './org-lock';
import { AllOrgs } from './organizations/all-orgs';
import { OrgDirectory } from './organizations/org-directory';
import { PlanBook } from './organizations/plan-book';

const CORE = [OrgDirectory, AllOrgs, PlanBook, AuditLog, Clock, CostMetrics, OrgLock, LedgerWrites];

/**
 * What every feature of cost-api and of its cost-worker stands on: who the organization is, the
 * plans, the audit log, the per-organization lock of quota-counted creates, and the hub that tells
 * who listens (the alerts) that ledger rows landed (LedgerWrites). Who the caller is lives
 * in AccessModule (the API's alone).
 */
@Global()
@Module({ providers: CORE, exports: CORE })
export class CostCoreModule {}
