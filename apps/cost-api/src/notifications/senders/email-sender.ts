import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import { isIP } from 'node:net';
import { createTransport } from 'nodemailer';
import { networkReason, scrub } from '../../integrations/provider-check';
import type { NotificationSettings } from '../notification-settings';
import { NotifyTargets, TargetRefusedError } from './notify-targets';
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
 * SMTP_URL's. STARTTLS is used when offered; a failure is a SendError without the password. A
 * channel's own server is the organization's to name, so it passes the SSRF guard: the connection
 * goes to the address the guard checked (TLS still verifies the server's name), never to a
 * loopback, private, link-local or metadata one. SMTP_URL is the operator's and is trusted.
 */
@Injectable()
export class EmailSender {
  private readonly defaultServer: SmtpServer | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: NotificationSettings,
    private readonly targets: NotifyTargets,
  ) {
    this.defaultServer = config.SMTP_URL ? parseSmtpUrl(config.SMTP_URL) : null;
  }

  async send(email: Email, server: SmtpServer | null): Promise<void> {
    const relay = server ?? this.defaultServer;
    if (!relay) throw new SendError('SMTP_URL is not configured and the channel names no SMTP server', true);
    const timeout = this.config.NOTIFY_SEND_TIMEOUT_MS;
    const host = server ? await this.guarded(server.host) : relay.host;
    // Reached by the address checked, a server named by a name is still verified by that name.
    const named = isIP(relay.host.replace(/^\[(.*)\]$/, '$1')) === 0;
    const transport = createTransport({
      host,
      ...(named && host !== relay.host ? { tls: { servername: relay.host } } : {}),
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

  /** The address a channel's own SMTP server is reached at; a permanent SendError when the guard refuses it. */
  private async guarded(host: string): Promise<string> {
    try {
      return await this.targets.address(host);
    } catch (error) {
      if (error instanceof TargetRefusedError) throw new SendError(error.message, true);
      throw new SendError(`SMTP ${host}: ${networkReason(error)}`);
    }
  }
}
