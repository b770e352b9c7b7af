import { Global, Module } from '@nestjs/common';
import { Clock } from '@slipway/platform';
import { ApiKeyStrategy } from './access/api-key.strategy';
import { OrgAccessGuard, RootGuard } from './access/org-access';
import { OrgKeyRecords } from './access/org-key-records';
import { AuditLog } from './audit/audit-log';
import { CostMetrics } from './metrics';
import { OrgLock } from './org-lock';
import { OrgDirectory } from './organizations/org-directory';
import { PlanBook } from './organizations/plan-book';

const CORE = [
  OrgDirectory,
  PlanBook,
  OrgKeyRecords,
  ApiKeyStrategy,
  OrgAccessGuard,
  RootGuard,
  AuditLog,
  Clock,
  CostMetrics,
  OrgLock,
];

/**
 * What every feature of cost-api stands on: who the organization is, who the caller is in it, the
 * audit log, the per-organization lock of quota-counted creates.
 */
@Global()
@Module({ providers: CORE, exports: CORE })
export class CostCoreModule {}
