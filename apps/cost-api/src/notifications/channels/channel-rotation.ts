import { Injectable } from '@nestjs/common';
import { DataApiPreconditionFailedError } from '@slipway/data-client';
import { AppLogger } from '@slipway/platform';
import { IntegrationCipher } from '../../integrations/integration-cipher';
import type { RotationReport } from '../../integrations/credential-rotation';
import { ChannelRecords, type ChannelRecord } from '../records/channel-records';
import { ChannelSecrets } from './channel-secrets';

const ATTEMPTS = 3;

/**
 * The channels' share of `rotate-credentials`: every sealed channel secret not under the current
 * key of CREDENTIALS_ENCRYPTION_KEY re-encrypted by a conditional write (a change racing it is
 * never overwritten with the old secret), as CredentialRotation does for integrations.
 */
@Injectable()
export class ChannelSecretRotation {
  private readonly logger: AppLogger;

  constructor(
    private readonly records: ChannelRecords,
    private readonly secrets: ChannelSecrets,
    private readonly cipher: IntegrationCipher,
    logger: AppLogger,
  ) {
    this.logger = logger.child({ job: 'rotate-credentials' });
  }

  async run(): Promise<RotationReport> {
    const keyId = this.cipher.use().currentKeyId;
    const report: RotationReport = { rotated: 0, current: 0, failed: 0, key_id: keyId };
    let cursor: string | null = null;
    do {
      const page = await this.records.page(cursor);
      for (const record of page.items) {
        if (record.secret_key_id === null) continue;
        if (record.secret_key_id === keyId) report.current += 1;
        else {
          const outcome = await this.rotate(record, keyId);
          if (outcome !== 'gone') report[outcome] += 1;
        }
      }
      cursor = page.next_cursor;
    } while (cursor !== null);
    return report;
  }

  private async rotate(
    first: ChannelRecord,
    keyId: string,
  ): Promise<'rotated' | 'current' | 'failed' | 'gone'> {
    let record: ChannelRecord | null = first;
    for (let attempt = 1; attempt <= ATTEMPTS && record; attempt++) {
      if (record.secret_key_id === keyId) return 'current';
      try {
        const sealed = this.secrets.reseal(record);
        if (!sealed) return 'current';
        await this.records.update(record, sealed);
        return 'rotated';
      } catch (error) {
        if (!(error instanceof DataApiPreconditionFailedError)) {
          this.logger.error(
            { channel_id: record.id, key_id: record.secret_key_id, err: error },
            'notification channel secret not rotated',
          );
          return 'failed';
        }
        record = await this.records.find(record.id);
      }
    }
    return record === null ? 'gone' : 'failed';
  }
}
