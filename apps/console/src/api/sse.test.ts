import { afterEach, describe, expect, it, vi } from 'vitest';
import { follow, type StreamEvent } from './sse';

/** The browser's EventSource as far as follow() uses it: named listeners and lastEventId on each message. */
class FakeEventSource {
  static readonly CLOSED = 2;
  static last: FakeEventSource | undefined;
  readyState = 1;
  readonly listeners = new Map<string, ((event: Event) => void)[]>();
  closed = false;
  private lastEventId = '';

  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }

  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
  }

  /** Dispatches as EventSource does: an event without an id keeps the last id seen. */
  emit(type: string, data: string, id?: string): void {
    if (id !== undefined) this.lastEventId = id;
    const event = new MessageEvent(type, { data, lastEventId: this.lastEventId });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  signal(type: 'open' | 'error', readyState = 1): void {
    this.readyState = readyState;
    for (const listener of this.listeners.get(type) ?? []) listener(new Event(type));
  }
}

describe('follow', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('delivers each event once across a reconnect that replays, and the id-less end after them', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const seen: StreamEvent[] = [];
    const drops: number[] = [];
    const stop = follow('/runs/r/events', ['phase.started', 'end'], {
      onEvent: (event) => seen.push(event),
      onDrop: () => drops.push(seen.length),
    });
    const source = FakeEventSource.last;
    if (!source) throw new Error('no EventSource was opened');
    source.signal('open');
    source.emit('phase.started', '{"seq":1}', '1');
    source.emit('phase.started', '{"seq":2}', '2');
    source.signal('error');
    // The browser reconnects with Last-Event-ID: 2; a server that replays sends 2 again.
    source.emit('phase.started', '{"seq":2}', '2');
    source.emit('phase.started', '{"seq":3}', '3');
    source.emit('end', '{"status":"completed"}');

    expect(seen.map((event) => [event.type, event.id, event.data])).toEqual([
      ['phase.started', '1', '{"seq":1}'],
      ['phase.started', '2', '{"seq":2}'],
      ['phase.started', '3', '{"seq":3}'],
      ['end', '3', '{"status":"completed"}'],
    ]);
    expect(drops).toEqual([2]);
    stop();
    expect(source.closed).toBe(true);
  });

  it('tells a stream the browser gave up on from one it is reconnecting', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const what: string[] = [];
    follow('/jobs/j/logs', [], {
      onEvent: () => what.push('event'),
      onDrop: () => what.push('drop'),
      onClose: () => what.push('close'),
    });
    const source = FakeEventSource.last;
    if (!source) throw new Error('no EventSource was opened');
    source.signal('error');
    source.signal('error', FakeEventSource.CLOSED);
    expect(what).toEqual(['drop', 'close']);
  });

  it('remembers a bounded number of events, so a long stream does not grow without end', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const ids: string[] = [];
    follow('/jobs/j/logs', [], { onEvent: (event) => ids.push(event.id) });
    const source = FakeEventSource.last;
    if (!source) throw new Error('no EventSource was opened');
    for (let id = 1; id <= 2_001; id++) source.emit('message', 'line', String(id));
    // The first id is forgotten (2,001 > 2,000 remembered); a recent one is still refused.
    source.emit('message', 'line', '1');
    source.emit('message', 'line', '2001');
    expect(ids.length).toBe(2_002);
    expect(ids.at(-1)).toBe('1');
  });
});
