import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { follow } from '../../../api/sse';
import { ME_KEY } from '../../../app/auth';
import { LogModel, type LogEntry, type LogLineData } from './log-model';

/** Entries read at first (the tail) and per "load earlier". */
export const LOG_PAGE = 5000;

type Page = { entries: LogEntry[]; more_before: boolean; total: number };

const fetchPage = (jobId: string, before?: string): Promise<Page> =>
  unwrap(
    api.GET('/jobs/{id}/log-lines', {
      params: { path: { id: jobId }, query: { limit: LOG_PAGE, ...(before ? { before } : {}) } },
    }),
  ) as Promise<Page>;

const parse = (data: string): unknown => {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
};

/** An SSE event of /jobs/{id}/logs as a log entry (a data event is a line; `status` and `end` carry one). */
function entryOf(event: { id: string; type: string; data: string }): LogEntry | undefined {
  const data = parse(event.data);
  if (typeof data !== 'object' || data === null) return undefined;
  if (event.type === 'message' && 'text' in data)
    return { id: event.id, type: 'line', line: data as LogLineData };
  if (
    (event.type === 'status' || event.type === 'end') &&
    'status' in data &&
    typeof data.status === 'string'
  )
    return { id: event.id, type: event.type, status: data.status };
  return undefined;
}

export interface JobLog {
  model: LogModel;
  /** Bumped whenever the model changes. */
  version: number;
  error: unknown;
  loading: boolean;
  live: boolean;
  loadEarlier(): Promise<void>;
  /** Loads every earlier page until line `n` is held (or the start). */
  loadUntil(n: number): Promise<void>;
}

/**
 * A job's log, tail first: the newest page of entries, then the live stream from the last of
 * them (Last-Event-ID), entries batched per animation frame; earlier pages on request.
 */
export function useJobLog(jobId: string, onStatus?: (status: string) => void): JobLog {
  const model = useRef(new LogModel()).current;
  const client = useQueryClient();
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const [live, setLive] = useState(false);
  const loadingEarlier = useRef<Promise<void> | undefined>(undefined);
  const statusRef = useRef(onStatus);
  statusRef.current = onStatus;

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    let pending: LogEntry[] = [];
    let frame = 0;
    const flush = () => {
      frame = 0;
      const batch = pending;
      pending = [];
      if (model.append(batch)) setVersion((v) => v + 1);
      for (const entry of batch) if (entry.type !== 'line') statusRef.current?.(entry.status);
    };
    setLoading(true);
    fetchPage(jobId)
      .then((page) => {
        if (cancelled) return;
        model.setTail(page.entries, page.more_before, page.total);
        setVersion((v) => v + 1);
        setLoading(false);
        if (model.ended !== undefined) return;
        const after = model.lastId;
        const url = `/jobs/${jobId}/logs${after ? `?last_event_id=${encodeURIComponent(after)}` : ''}`;
        stop = follow(url, ['status', 'end'], {
          onOpen: () => setLive(true),
          onDrop: () => setLive(false),
          onClose: () => {
            setLive(false);
            setError(
              new Error('The live log stopped (the gateway refused the stream): reload to follow it again'),
            );
            // An ended session is the usual reason: the layout then sends the person to log in.
            void client.invalidateQueries({ queryKey: ME_KEY });
          },
          onEvent: (event) => {
            const entry = entryOf(event);
            if (!entry) return;
            pending.push(entry);
            if (entry.type === 'end') {
              stop?.();
              setLive(false);
            }
            frame ||= requestAnimationFrame(flush);
          },
        });
      })
      .catch((cause: unknown) => {
        if (cancelled) return;
        setError(cause);
        setLoading(false);
      });
    return () => {
      cancelled = true;
      stop?.();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [jobId, model, client]);

  const loadEarlier = useCallback(async () => {
    if (loadingEarlier.current) return loadingEarlier.current;
    const first = model.firstId;
    if (!model.moreBefore || !first) return;
    loadingEarlier.current = fetchPage(jobId, first)
      .then((page) => {
        model.prepend(page.entries, page.more_before);
        setVersion((v) => v + 1);
      })
      .catch((cause: unknown) => setError(cause))
      .finally(() => (loadingEarlier.current = undefined));
    return loadingEarlier.current;
  }, [jobId, model]);

  const loadUntil = useCallback(
    async (n: number) => {
      while (model.moreBefore && (model.rows[0]?.n ?? 0) > n) {
        const before = model.rows.length;
        await loadEarlier();
        if (model.rows.length === before) return;
      }
    },
    [loadEarlier, model],
  );

  return { model, version, error, loading, live, loadEarlier, loadUntil };
}
