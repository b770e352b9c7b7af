/** One server-sent event as the console keeps it. */
export interface StreamEvent {
  id: string;
  type: string;
  data: string;
}

export interface StreamHandlers {
  onEvent(event: StreamEvent): void;
  onOpen?(): void;
  /** The connection dropped; the browser is reconnecting. */
  onDrop?(): void;
  /** The browser gave up (the answer was no event stream: an ended session, a 404, a 5xx). */
  onClose?(): void;
}

/** How many recent event keys are remembered: a resume replays at most what one drop missed. */
const REMEMBERED = 2_000;

/** EventSource.CLOSED: the browser will not reconnect. */
const CLOSED = 2;

/**
 * Follows an event stream with the browser's EventSource (the session cookie is enough): after a
 * drop it reconnects with Last-Event-ID itself; an event of a type and id already delivered is
 * dropped here, so a resume never shows one twice. (An event sent without an id, like a stream's
 * `end`, carries the last id EventSource saw: its type tells it apart.) `types` are the named events to listen for (plus
 * unnamed `message`s). Returns the function that stops following.
 */
export function follow(url: string, types: readonly string[], handlers: StreamHandlers): () => void {
  const source = new EventSource(url, { withCredentials: true });
  // Insertion-ordered: the oldest key goes first once REMEMBERED are kept.
  const seen = new Set<string>();
  const deliver = (type: string) => (raw: Event) => {
    const message = raw as MessageEvent<string>;
    const id = message.lastEventId;
    if (id) {
      const key = `${type}\u0000${id}`;
      if (seen.has(key)) return;
      seen.add(key);
      if (seen.size > REMEMBERED) seen.delete(seen.values().next().value as string);
    }
    handlers.onEvent({ id, type, data: message.data });
  };
  for (const type of new Set(['message', ...types])) source.addEventListener(type, deliver(type));
  source.addEventListener('open', () => handlers.onOpen?.());
  source.addEventListener('error', () => {
    if (source.readyState === CLOSED) handlers.onClose?.();
    else handlers.onDrop?.();
  });
  return () => source.close();
}
