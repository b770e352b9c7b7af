import { Injectable } from '@nestjs/common';
import { ProblemException } from '@slipway/platform';
import { inForce } from '@slipway/pricing';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../audit/audit-log';
import { checkIfMatch } from '../hierarchy/hierarchy-http';
import type { Organization } from '../organizations/org-directory';
import { ModelPriceRecords, type NewPriceRecord, type PriceRecord } from './model-price-records';
import { assertChangeAllowed } from './price-rules';

/**
 * Which price rows an organization may see and change, and the two-step write of a superseding
 * version (close the old period, insert the new one; the close is undone when the insert fails).
 */
@Injectable()
export class PriceVersions {
  constructor(
    private readonly records: ModelPriceRecords,
    private readonly audit: AuditLog,
  ) {}

  /** A global row or the organization's own, of this provider; 404 for anything else. */
  async visible(org: Organization, provider: string, id: string): Promise<PriceRecord> {
    const row = await this.records.get(id);
    if (row.provider !== provider || (row.org_id !== null && row.org_id !== org.id)) {
      throw ProblemException.notFound(`Price ${id}`);
    }
    return row;
  }

  /** The organization's own row, at the version If-Match names when it names one (412 otherwise). */
  async ownRow(
    org: Organization,
    provider: string,
    id: string,
    ifMatch: string | undefined,
  ): Promise<PriceRecord> {
    const row = await this.visible(org, provider, id);
    if (row.org_id === null) {
      throw new ProblemException(
        'forbidden',
        `Price ${id} is a global catalogue price: it changes only through the catalogue (admin bootstrap/sync); post an override instead`,
      );
    }
    checkIfMatch(ifMatch, row.version);
    return row;
  }

  own(org: Organization, provider: string, model: string): Promise<PriceRecord[]> {
    return this.records.own(org.id, provider, model);
  }

  /** The organization's row a new version starting at `validFrom` supersedes (in force then), if any. */
  replaced(own: readonly PriceRecord[], validFrom: string, now: Date): PriceRecord | null {
    const row = own.find((candidate) => inForce(candidate, new Date(validFrom)));
    if (row === undefined) return null;
    if (Date.parse(row.valid_from) === Date.parse(validFrom)) {
      throw new ProblemException(
        'conflict',
        `Price ${row.id} starts at ${row.valid_from} too: change it (PATCH) rather than supersede it`,
        [{ field: 'valid_from', message: `overlaps price ${row.id}` }],
      );
    }
    assertChangeAllowed(row, { valid_to: validFrom }, now);
    return row;
  }

  /** Inserts the new version, first closing the one it supersedes at its start; both audited. */
  async insert(
    request: FastifyRequest,
    org: Organization,
    replaced: PriceRecord | null,
    body: NewPriceRecord,
  ): Promise<PriceRecord> {
    const closed =
      replaced === null ? null : await this.records.update(replaced, { valid_to: body.valid_from });
    let created: PriceRecord;
    try {
      created = await this.records.create(body);
    } catch (error) {
      if (replaced !== null && closed !== null)
        await this.records.update(closed, { valid_to: replaced.valid_to });
      throw error;
    }
    if (replaced !== null && closed !== null) {
      await this.audit.record(request, org.id, {
        action: 'model_price.close',
        target_type: 'model_price',
        target_id: replaced.id,
        before: replaced,
        after: closed,
      });
    }
    await this.audit.record(request, org.id, {
      action: 'model_price.create',
      target_type: 'model_price',
      target_id: created.id,
      after: created,
    });
    return created;
  }
}
