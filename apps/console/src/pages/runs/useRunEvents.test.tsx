import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRunEvents } from './useRunEvents';

/** An EventSource the test drives: it opens, sends events, drops and resumes as a server would. */
class FakeEventSource extends EventTarget {
  static last: FakeEventSource | undefined;
  closed = false;
  constructor(readonly url: string) {
    super();
    FakeEventSource.last = this;
  }
  open() {
    this.dispatchEvent(new Event('open'));
  }
  send(seq: number, type: string, phase: string | null = 'planning') {
    const data = JSON.stringify({ seq, type, phase, payload: {}, created_at: '2025-01-01T00:00:00Z' });
    this.dispatchEvent(new MessageEvent(type, { data, lastEventId: String(seq) }));
  }
  end(status: string) {
    this.dispatchEvent(new MessageEvent('end', { data: JSON.stringify({ status }) }));
  }
  drop() {
    this.dispatchEvent(new Event('error'));
  }
  close() {
    this.closed = true;
  }
}

function Probe({ runId }: { runId: string }) {
  const { events, state, endStatus } = useRunEvents(runId);
  return (
    <div>
      <p data-testid="state">{state}</p>
      <p data-testid="end">{endStatus ?? ''}</p>
      <ol>
        {events.map((event) => (
          <li key={event.seq}>{`${event.seq} ${event.type}`}</li>
        ))}
      </ol>
    </div>
  );
}

const source = (): FakeEventSource => {
  if (!FakeEventSource.last) throw new Error('no EventSource opened');
  return FakeEventSource.last;
};
const shown = () => screen.queryAllByRole('listitem').map((item) => item.textContent);

describe('useRunEvents', () => {
  let client: QueryClient;
  beforeEach(() => {
    FakeEventSource.last = undefined;
    vi.stubGlobal('EventSource', FakeEventSource);
    client = new QueryClient();
  });
  beforeEach(() => {
    // The hook shows events once per animation frame; here a frame comes at once.
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      callback(0);
      return 0;
    });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('follows the run’s stream and, after a drop, shows the replayed events once and in order', () => {
    render(
      <QueryClientProvider client={client}>
        <Probe runId="run-1" />
      </QueryClientProvider>,
    );
    expect(source().url).toBe('/runs/run-1/events');
    expect(screen.getByTestId('state').textContent).toBe('connecting');
    act(() => {
      source().open();
      source().send(1, 'run.created');
      source().send(2, 'phase.started');
      source().send(3, 'agent.started');
    });
    expect(screen.getByTestId('state').textContent).toBe('live');

    act(() => source().drop());
    expect(screen.getByTestId('state').textContent).toBe('reconnecting');
    // The browser reconnects with Last-Event-ID: 3; the server replays from around it and goes on.
    act(() => {
      source().open();
      source().send(2, 'phase.started');
      source().send(3, 'agent.started');
      source().send(4, 'artifact.created');
      source().send(5, 'phase.completed');
    });
    expect(screen.getByTestId('state').textContent).toBe('live');
    expect(shown()).toEqual([
      '1 run.created',
      '2 phase.started',
      '3 agent.started',
      '4 artifact.created',
      '5 phase.completed',
    ]);
  });

  it('stops following at `end` and keeps the status it reports', () => {
    render(
      <QueryClientProvider client={client}>
        <Probe runId="run-2" />
      </QueryClientProvider>,
    );
    act(() => {
      source().open();
      source().send(1, 'run.completed', 'documentation');
      source().end('completed');
    });
    expect(source().closed).toBe(true);
    expect(screen.getByTestId('state').textContent).toBe('ended');
    expect(screen.getByTestId('end').textContent).toBe('completed');
    // The error an EventSource fires when the server closes after `end` is not a drop.
    act(() => source().drop());
    expect(screen.getByTestId('state').textContent).toBe('ended');
  });

  it('reads the run again once per burst of events that change it', async () => {
    vi.useFakeTimers();
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    render(
      <QueryClientProvider client={client}>
        <Probe runId="run-3" />
      </QueryClientProvider>,
    );
    act(() => {
      source().open();
      for (let seq = 1; seq <= 20; seq += 1) source().send(seq, seq % 2 ? 'phase.started' : 'usage.recorded');
    });
    expect(invalidate).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(300));
    const keys = invalidate.mock.calls.map(([filters]) => JSON.stringify(filters?.queryKey));
    expect(keys.sort()).toEqual(
      [JSON.stringify(['runs', 'run', 'run-3']), JSON.stringify(['runs', 'run', 'run-3', 'metrics'])].sort(),
    );
    vi.useRealTimers();
  });
});
