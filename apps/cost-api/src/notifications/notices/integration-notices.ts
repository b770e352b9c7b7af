import { Injectable } from '@nestjs/common';
import { AppLogger } from '@slipway/platform';
import type { Organization } from '../../organizations/org-directory';
import { Notifier } from '../delivery/notifier';

/** A credential's check that turned it invalid: which, why, and the row's version it turned at. */
export interface TurnedInvalid {
  provider: string;
  reason: string | null;
  version: number;
}

/**
 * integration_invalid: told when a provider's credential that was not invalid is found invalid
 * (a setup or validation), once per turn (the notice's key names the row's version). A notice
 * that cannot be queued is logged; the check's outcome stands.
 */
@Injectable()
export class IntegrationNotices {
  private readonly logger: AppLogger;

  constructor(
    private readonly notifier: Notifier,
    logger: AppLogger,
  ) {
    this.logger = logger.child({ feature: 'notifications' });
  }

  async turnedInvalid(org: Organization, turn: TurnedInvalid): Promise<void> {
    await this.notifier
      .notify({
        orgId: org.id,
        event: 'integration_invalid',
        key: `integration:${turn.provider}:invalid:${turn.version}`,
        title: `The ${turn.provider} integration of ${org.slug} is invalid`,
        text: `The ${turn.provider} credential of ${org.name} (${org.slug}) was checked and is invalid: ${turn.reason ?? 'no reason given'}. Set it up again.`,
        data: { provider: turn.provider, reason: turn.reason },
        subject: { provider: turn.provider },
      })
      .catch((error: unknown) => {
        this.logger.error(
          { org: org.slug, provider: turn.provider, err: error },
          'integration notice not queued',
        );
      });
  }
}
