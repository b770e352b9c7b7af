import { Injectable } from '@nestjs/common';
import {
  IntegrationStatus,
  type IntegrationDto,
  type IntegrationListDto,
  type IntegrationProviderListDto,
  type IntegrationSetupDto,
  type IntegrationSetupQueryDto,
} from '@slipway/contracts';
import { AppLogger, ProblemException, Clock } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../audit/audit-log';
import { IntegrationNotices } from '../notifications/notices/integration-notices';
import { OrgLock } from '../org-lock';
import type { Organization } from '../organizations/org-directory';
import { PlanBook } from '../organizations/plan-book';
import { readCredentialFields, type CredentialParts } from './credential-fields';
import { CredentialCipherError } from './credential-cipher';
import { IntegrationCheck } from './integration-check';
import type { CheckOutcome } from './provider-check';
import { auditedIntegration, toIntegrationDto, toProviderDto } from './integration-mapping';
import { IntegrationRecords, type IntegrationRecord } from './integration-records';
import { isProviderId, PROVIDER_IDS, PROVIDERS, type ProviderSpec } from './providers';
import { SealedCredentials } from './sealed-credentials';

/** The catalogue entry of a path's provider, or 404. */
export function specOf(provider: string): ProviderSpec {
  if (!isProviderId(provider))
    throw new ProblemException(
      'not_found',
      `No provider ${provider}; GET /api/v1/integrations/providers lists those there are`,
    );
  return PROVIDERS[provider];
}

/**
 * An organization's integrations: a provider's credential set up (checked per provider, sealed,
 * within the plan's providers quota), checked with the provider, shown masked, removed. Every
 * change is audited, without secrets.
 */
@Injectable()
export class IntegrationsService {
  private readonly logger: AppLogger;

  constructor(
    private readonly records: IntegrationRecords,
    private readonly sealed: SealedCredentials,
    private readonly check: IntegrationCheck,
    private readonly audit: AuditLog,
    private readonly plans: PlanBook,
    private readonly clock: Clock,
    private readonly lock: OrgLock,
    private readonly notices: IntegrationNotices,
    logger: AppLogger,
  ) {
    this.logger = logger.child({ feature: 'integrations' });
  }

  providers(): IntegrationProviderListDto {
    return { items: PROVIDER_IDS.map((id) => toProviderDto(PROVIDERS[id])) };
  }

  async list(org: Organization): Promise<IntegrationListDto> {
    const records = await this.records.ofOrg(org.id);
    return { items: records.map(toIntegrationDto), next_cursor: null };
  }

  async get(org: Organization, provider: string): Promise<IntegrationDto> {
    return toIntegrationDto(await this.existing(org, specOf(provider)));
  }

  /** Stores (or replaces) the credential as pending, then checks it unless `validate=false`. */
  async setup(
    request: FastifyRequest,
    org: Organization,
    provider: string,
    body: IntegrationSetupDto,
    query: IntegrationSetupQueryDto,
  ): Promise<IntegrationDto> {
    const spec = specOf(provider);
    const read = readCredentialFields(spec, { ...body });
    if ('errors' in read) throw ProblemException.validation(read.errors);
    const fields = {
      ...this.sealed.seal(org.id, spec, read.parts),
      status: IntegrationStatus.pending,
      status_reason: null,
      validated_at: null,
    };
    const before = await this.records.find(org.id, spec.id);
    let record = before
      ? await this.records.update(before, fields)
      : await this.create(org, { org_id: org.id, provider: spec.id, ...fields });
    if (query.validate !== false)
      record = await this.recordOutcome(
        org,
        record,
        spec,
        await this.check.check(spec, read.parts, this.clock.now()),
        before?.status ?? null,
      );
    await this.audit.record(request, org.id, {
      action: 'integration.setup',
      target_type: 'integration',
      target_id: spec.id,
      before: auditedIntegration(before),
      after: auditedIntegration(record),
    });
    return toIntegrationDto(record);
  }

  /** Checks the stored credential with the provider again and records what it said. */
  async validate(request: FastifyRequest, org: Organization, provider: string): Promise<IntegrationDto> {
    const spec = specOf(provider);
    const before = await this.existing(org, spec);
    const outcome = await this.reopenAndCheck(spec, before);
    const after = await this.recordOutcome(org, before, spec, outcome, before.status);
    await this.audit.record(request, org.id, {
      action: 'integration.validate',
      target_type: 'integration',
      target_id: spec.id,
      before: auditedIntegration(before),
      after: auditedIntegration(after),
    });
    return toIntegrationDto(after);
  }

  async remove(request: FastifyRequest, org: Organization, provider: string): Promise<void> {
    const before = await this.existing(org, specOf(provider));
    await this.records.remove(before);
    await this.audit.record(request, org.id, {
      action: 'integration.delete',
      target_type: 'integration',
      target_id: before.provider,
      before: auditedIntegration(before),
    });
  }

  private async existing(org: Organization, spec: ProviderSpec): Promise<IntegrationRecord> {
    const record = await this.records.find(org.id, spec.id);
    if (!record) throw ProblemException.notFound(`The ${spec.id} integration of ${org.slug}`);
    return record;
  }

  /** A new provider, within the plan's providers quota (counted and created under the org's lock). */
  private create(
    org: Organization,
    body: Parameters<IntegrationRecords['create']>[0],
  ): Promise<IntegrationRecord> {
    return this.lock.holding('integrations', org.id, async () => {
      const { providers: limit } = await this.plans.limitsAt(org, this.clock.now());
      const used = await this.records.count(org.id);
      if (used >= limit) throw providersFull(org, used, limit);
      return this.records.create(body);
    });
  }

  /** The provider's verdict on a stored credential; one that no longer opens is invalid, saying why. */
  private async reopenAndCheck(spec: ProviderSpec, record: IntegrationRecord): Promise<CheckOutcome> {
    let parts: CredentialParts;
    try {
      parts = this.sealed.open(record);
    } catch (error) {
      if (!(error instanceof CredentialCipherError)) throw error;
      return {
        status: 'invalid',
        reason: `the stored credential cannot be opened (${error.message}); set it up again`,
      };
    }
    return this.check.check(spec, parts, this.clock.now());
  }

  /** Records the check; a credential that was there and not invalid, and now is, is told (integration_invalid). */
  private async recordOutcome(
    org: Organization,
    record: IntegrationRecord,
    spec: ProviderSpec,
    outcome: CheckOutcome,
    previous: IntegrationStatus | null,
  ): Promise<IntegrationRecord> {
    this.logger.info(
      { org: org.slug, provider: spec.id, status: outcome.status, reason: outcome.reason },
      'integration checked',
    );
    const updated = await this.records.update(record, {
      status: outcome.status,
      status_reason: outcome.reason,
      validated_at: this.clock.now().toISOString(),
    });
    if (outcome.status === 'invalid' && previous !== null && previous !== 'invalid')
      await this.notices.turnedInvalid(org, {
        provider: spec.id,
        reason: outcome.reason,
        version: updated.version,
      });
    return updated;
  }
}

function providersFull(org: Organization, used: number, limit: number): ProblemException {
  return new ProblemException(
    'quota_exceeded',
    `${org.slug} has connected ${used} of the ${limit} providers its plan allows; remove one first`,
    [{ field: 'providers', message: `used ${used}, limit ${limit}` }],
  );
}
