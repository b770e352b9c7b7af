import { Initial1795313344007 } from './1795313344007-Initial';
import { Runs1795323604096 } from './1795323604096-Runs';
import { RunInternalState1796118436335 } from './1796118436335-RunInternalState';
import { UsersWithoutTelegram1796128145379 } from './1796128145379-UsersWithoutTelegram';
import { CostOrganizations1796137117121 } from './1796137117121-CostOrganizations';
import { PlannerRecords1796146257356 } from './1796146257356-PlannerRecords';
import { SpendLedger1796148528805 } from './1796148528805-SpendLedger';
import { CostNotifications1796149052399 } from './1796149052399-CostNotifications';
import { PlannerApplyOnce1796149949292 } from './1796149949292-PlannerApplyOnce';
import { AdjustmentRollupEvents1796160000000 } from './1796160000000-AdjustmentRollupEvents';

/** Every migration, oldest first; `npm run migration:generate <Name>` writes the next one. */
export const MIGRATIONS = [
  Initial1795313344007,
  Runs1795323604096,
  RunInternalState1796118436335,
  UsersWithoutTelegram1796128145379,
  CostOrganizations1796137117121,
  PlannerRecords1796146257356,
  SpendLedger1796148528805,
  CostNotifications1796149052399,
  PlannerApplyOnce1796149949292,
  AdjustmentRollupEvents1796160000000,
];
