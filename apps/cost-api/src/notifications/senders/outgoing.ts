/** One notification as a sender sends it, whatever the channel. */
export interface OutgoingNotification {
  /** The delivery row: webhooks carry it as X-Slipway-Delivery, for receivers to dedupe on. */
  delivery_id: string;
  org_id: string;
  /** A NotificationEvent, or `test`. */
  event: string;
  event_key: string;
  title: string;
  text: string;
  data: Record<string, unknown>;
  occurred_at: string;
}

/**
 * Why a send failed, in words safe to store and show (no secret, no URL path). `permanent`: sending
 * again cannot help (the channel is misconfigured, its secret cannot be opened).
 */
export class SendError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'SendError';
  }
}
