import { Injectable } from '@nestjs/common';
import { DataApiPreconditionFailedError } from '@slipway/data-client';
import { AppLogger } from '@slipway/platform';
import { IntegrationCipher } from './integration-cipher';
import { IntegrationRecords, type IntegrationRecord } from './integration-records';

export interface RotationReport {
  /** Now sealed under the current key. */
  rotated: number;
  /** Already were. */
  current: number;
  /** Could not be opened (their key is no longer configured) or kept changing: named in the log. */
  failed: number;
  key_id: string;
}

/** Tries of one row when it changes between read and write. */
const ATTEMPTS = 3;

/**
 * Re-encrypts every integration not sealed under the current (first) key of
 * CREDENTIALS_ENCRYPTION_KEY, each by a conditional write (If-Match), so a setup racing it is
 * never overwritten with the old secret. Run after putting a new key first; remove the old key
 * once it reports no failures.
 */
@Injectable()
export class CredentialRotation {
  private readonly logger: AppLogger;

  constructor(
    private readonly records: IntegrationRecords,
    private readonly cipher: IntegrationCipher,
    logger: AppLogger,
  ) {
    this.logger = logger.child({ job: 'rotate-credentials' });
  }

  async run(): Promise<RotationReport> {
    const cipher = this.cipher.use();
    const report: RotationReport = { rotated: 0, current: 0, failed: 0, key_id: cipher.currentKeyId };
    let cursor: string | null = null;
    do {
      const page = await this.records.page(cursor);
      for (const record of page.items) {
        if (record.key_id === cipher.currentKeyId) report.current += 1;
        else {
          const outcome = await this.rotate(record);
          if (outcome !== 'gone') report[outcome] += 1;
        }
      }
      cursor = page.next_cursor;
    } while (cursor !== null);
    return report;
  }

  /** Rotates one row, re-reading it when it changed meanwhile; `gone` when it was deleted meanwhile. */
  private async rotate(first: IntegrationRecord): Promise<'rotated' | 'current' | 'failed' | 'gone'> {
    const cipher = this.cipher.use();
    let record: IntegrationRecord | null = first;
    for (let attempt = 1; attempt <= ATTEMPTS && record; attempt++) {
      if (record.key_id === cipher.currentKeyId) return 'current';
      const owner = { orgId: record.org_id, provider: record.provider };
      try {
        const ciphertext = cipher.reencrypt(record.ciphertext, owner);
        await this.records.update(record, { ciphertext, key_id: cipher.currentKeyId });
        return 'rotated';
      } catch (error) {
        if (!(error instanceof DataApiPreconditionFailedError)) {
          this.logger.error(
            { integration_id: record.id, provider: record.provider, key_id: record.key_id, err: error },
            'integration credential not rotated',
          );
          return 'failed';
        }
        record = await this.records.find(record.org_id, record.provider);
      }
    }
    return record === null ? 'gone' : 'failed';
  }
}
