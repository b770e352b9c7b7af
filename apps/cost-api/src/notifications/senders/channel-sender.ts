import { Injectable } from '@nestjs/common';
import { Clock, ProblemException } from '@slipway/platform';
import { CredentialCipherError } from '../../integrations/credential-cipher';
import { ChannelSecrets } from '../channels/channel-secrets';
import { channelConfigOf } from '../channels/channel-settings';
import type { ChannelRecord } from '../records/channel-records';
import { EmailSender } from './email-sender';
import { HttpPoster } from './http-poster';
import { SendError, type OutgoingNotification } from './outgoing';
import { WEBHOOK_HEADERS, webhookSignature } from './webhook-signature';

/** Slack's limits: a header block's text, a section's text. */
const SLACK_HEADER_MAX = 150;
const SLACK_SECTION_MAX = 3000;

const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** A Slack incoming-webhook message: a fallback `text` and the same as header and section blocks. */
export function slackPayload(message: OutgoingNotification): Record<string, unknown> {
  return {
    text: `${message.title}\n${message.text}`,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: cut(message.title, SLACK_HEADER_MAX) } },
      { type: 'section', text: { type: 'mrkdwn', text: cut(message.text, SLACK_SECTION_MAX) } },
    ],
  };
}

/** A webhook's JSON body: the delivery id receivers dedupe on, the event, and its figures. */
export function webhookBody(message: OutgoingNotification): string {
  return JSON.stringify({
    id: message.delivery_id,
    type: message.event,
    event_key: message.event_key,
    org_id: message.org_id,
    occurred_at: message.occurred_at,
    title: message.title,
    text: message.text,
    data: message.data,
  });
}

/**
 * Sends a notification through one channel, whatever its kind: opens the channel's secret, shapes
 * the message (an email, a Slack message, a signed webhook) and sends it. Throws SendError.
 */
@Injectable()
export class ChannelSender {
  constructor(
    private readonly secrets: ChannelSecrets,
    private readonly email: EmailSender,
    private readonly http: HttpPoster,
    private readonly clock: Clock,
  ) {}

  async send(channel: ChannelRecord, message: OutgoingNotification): Promise<void> {
    const config = channelConfigOf(channel.kind, channel.config);
    if (!config) throw new SendError(`the channel’s settings are not a ${channel.kind} channel’s`, true);
    const secret = this.open(channel);
    switch (config.kind) {
      case 'email':
        return this.email.send(
          {
            from: config.from,
            to: config.to,
            subject: `[Slipway] ${message.title}`,
            text: message.text,
            deliveryId: message.delivery_id,
          },
          config.smtp ? { ...config.smtp, password: secret.password ?? null } : null,
        );
      case 'slack':
        if (!secret.webhook_url) throw new SendError('the Slack channel has no webhook URL', true);
        return this.http.post(secret.webhook_url, JSON.stringify(slackPayload(message)), {});
      case 'webhook': {
        if (!secret.signing_secret) throw new SendError('the webhook channel has no signing secret', true);
        const body = webhookBody(message);
        const timestamp = Math.floor(this.clock.now().getTime() / 1000);
        return this.http.post(config.url, body, {
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: webhookSignature(secret.signing_secret, timestamp, body),
          [WEBHOOK_HEADERS.event]: message.event,
          [WEBHOOK_HEADERS.delivery]: message.delivery_id,
        });
      }
    }
  }

  private open(channel: ChannelRecord) {
    try {
      return this.secrets.open(channel);
    } catch (error) {
      if (error instanceof CredentialCipherError)
        throw new SendError(`the channel’s secret cannot be opened (${error.message}); set it again`, true);
      if (error instanceof ProblemException) throw new SendError(error.detail, true);
      throw error;
    }
  }
}
