export { admissionProblem, CostApiErrorsInterceptor } from './admission-problems';
export {
  COST_CLIENT_OPTIONS,
  CostAdmissionClient,
  type CostClientOptions,
  type HeartbeatOutcome,
} from './cost-admission.client';
export { BudgetClient, isBudgetExceeded, type BudgetedCall, type CallUsage } from './budget.client';
export { CostClientModule } from './cost-client.module';
export { CostCredentialsClient } from './cost-credentials.client';
export { AdmissionRefusedError, CostApiError, CostApiUnavailableError } from './errors';
export { LeaseKeeper, type Lease } from './lease-keeper';
export { OrgResolver } from './org-resolver';
export { repoUrlsOf, RepositoryOrgs, type RepositoryClaim } from './repository-orgs';
