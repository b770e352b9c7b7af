import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import { Agent, request } from 'undici';
import { networkReason, scrub } from '../../integrations/provider-check';
import type { NotificationSettings } from '../notification-settings';
import { NotifyTargets, TargetRefusedError } from './notify-targets';
import { SendError } from './outgoing';

export const USER_AGENT = 'slipway-notifications/1';

/** The TargetRefusedError an error was caused by (the agent's resolver refused the name), if any. */
function refusal(error: unknown): TargetRefusedError | null {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    if (current instanceof TargetRefusedError) return current;
    current = current.cause;
  }
  return null;
}

/**
 * POSTs a JSON body to a receiver (a webhook, Slack) within NOTIFY_SEND_TIMEOUT_MS. No redirect is
 * followed; a host that is or resolves to a blocked address (NotifyTargets: checked on the
 * connection itself, so DNS rebinding finds it too) is a permanent SendError; a non-2xx answer or
 * no answer is a SendError. Their words never hold the URL's path or query (a Slack URL is itself
 * the secret).
 */
@Injectable()
export class HttpPoster implements OnApplicationShutdown {
  private readonly agent: Agent;
  private readonly timeoutMs: number;

  constructor(
    @Inject(APP_CONFIG) config: NotificationSettings,
    private readonly targets: NotifyTargets,
  ) {
    this.timeoutMs = config.NOTIFY_SEND_TIMEOUT_MS;
    this.agent = new Agent({
      connect: { timeout: this.timeoutMs, lookup: targets.lookup },
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
      keepAliveTimeout: 10_000,
    });
  }

  async post(url: string, body: string, headers: Record<string, string>): Promise<void> {
    const target = new URL(url);
    const hidden = [url, target.pathname, target.search].filter((part) => part.length > 1);
    if (target.protocol !== 'https:' && target.protocol !== 'http:')
      throw new SendError(`${target.protocol} is not a scheme notifications are sent over`, true);
    try {
      this.targets.checkSend(target);
    } catch (error) {
      if (error instanceof TargetRefusedError) throw new SendError(error.message, true);
      throw error;
    }
    const deadline = AbortSignal.timeout(this.timeoutMs);
    let status: number;
    try {
      const response = await request(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, ...headers },
        body,
        signal: deadline,
        dispatcher: this.agent,
      });
      await response.body.dump({ limit: 64 * 1024 });
      status = response.statusCode;
    } catch (error) {
      const refused = refusal(error);
      if (refused) throw new SendError(scrub(refused.message, hidden), true);
      const why = deadline.aborted ? `no answer within ${this.timeoutMs} ms` : networkReason(error);
      throw new SendError(scrub(`${target.host} unreachable: ${why}`, hidden));
    }
    if (status < 200 || status >= 300) throw new SendError(`${target.host} answered ${status}`);
  }

  onApplicationShutdown(): Promise<void> {
    return this.agent.close();
  }
}
