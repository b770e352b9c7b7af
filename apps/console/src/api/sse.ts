/** One server-sent event as the console keeps it. */
export interface StreamEvent {
  id: string;
  type: string;
  data: string;
}

export interface StreamHandlers {
  onEvent(event: StreamEvent): void;
  onOpen?(): void;
  onDrop?(): void;
}

/**
 * Follows an event stream with the browser's EventSource (the session cookie is enough): after a
 * drop it reconnects with Last-Event-ID itself; an event of a type and id already delivered is
 * dropped here, so a resume never shows one twice. (An event sent without an id, like a stream's
 * `end`, carries the last id EventSource saw: its type tells it apart.) `types` are the named events to listen for (plus
 * unnamed `message`s). Returns the function that stops following.
 */
export function follow(url: string, types: readonly string[], handlers: StreamHandlers): () => void {
  const source = new EventSource(url, { withCredentials: true });
  const seen = new Set<string>();
  const deliver = (type: string) => (raw: Event) => {
    const message = raw as MessageEvent<string>;
    const id = message.lastEventId;
    if (id) {
      const key = `${type}\u0000${id}`;
      if (seen.has(key)) return;
      seen.add(key);
    }
    handlers.onEvent({ id, type, data: message.data });
  };
  for (const type of new Set(['message', ...types])) source.addEventListener(type, deliver(type));
  source.addEventListener('open', () => handlers.onOpen?.());
  source.addEventListener('error', () => handlers.onDrop?.());
  return () => source.close();
}
