import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import { createTransport } from 'nodemailer';
import { networkReason, scrub } from '../../integrations/provider-check';
import type { NotificationSettings } from '../notification-settings';
import { SendError } from './outgoing';
import { parseSmtpUrl, type SmtpServer } from './smtp-settings';

export interface Email {
  from: string | null;
  to: string[];
  subject: string;
  text: string;
  /** Message-ID seed: the same delivery resent keeps its id, so mail clients see one message. */
  deliveryId: string;
}

/**
 * Sends one email over SMTP (nodemailer): through the channel's own server when it has one, else
 * SMTP_URL's. STARTTLS is used when offered; a failure is a SendError without the password.
 */
@Injectable()
export class EmailSender {
  private readonly defaultServer: SmtpServer | null;

  constructor(@Inject(APP_CONFIG) private readonly config: NotificationSettings) {
    this.defaultServer = config.SMTP_URL ? parseSmtpUrl(config.SMTP_URL) : null;
  }

  async send(email: Email, server: SmtpServer | null): Promise<void> {
    const relay = server ?? this.defaultServer;
    if (!relay) throw new SendError('SMTP_URL is not configured and the channel names no SMTP server', true);
    const timeout = this.config.NOTIFY_SEND_TIMEOUT_MS;
    const transport = createTransport({
      host: relay.host,
      port: relay.port,
      secure: relay.secure,
      ...(relay.username !== null ? { auth: { user: relay.username, pass: relay.password ?? '' } } : {}),
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
      disableFileAccess: true,
      disableUrlAccess: true,
    });
    const from = email.from ?? this.config.SMTP_FROM;
    const domain = /@([^>\s]+)>?$/.exec(from)?.[1] ?? 'slipway.local';
    try {
      await transport.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        messageId: `<${email.deliveryId}@${domain}>`,
        headers: { 'X-Slipway-Delivery': email.deliveryId },
      });
    } catch (error) {
      const hidden = [relay.password ?? '', this.config.SMTP_URL ?? ''];
      throw new SendError(scrub(`SMTP ${relay.host}:${relay.port}: ${networkReason(error)}`, hidden));
    } finally {
      transport.close();
    }
  }
}
