import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ErrorPanel, Loading } from '../../../ui/states';
import { count } from '../../../ui/format';
import { isAtBottom, stepAt, stepMatch, visibleRows } from './log-model';
import { LogRow, ROW_PX } from './LogRow';
import { useJobLog } from './useJobLog';
import { LogToolbar } from './LogToolbar';
import './log.css';

interface Props {
  jobId: string;
  /** The line the URL's #L<n> names. */
  target?: number;
  /** A line number was clicked: the page puts #L<n> in the URL. */
  onLink(n: number): void;
  onStatus?(status: string): void;
  /** What to say while the log is empty. */
  emptyText: string;
}

/**
 * A job's log: virtualized rows (only those on screen are in the page), ANSI colours, steps that
 * fold, #L<n> links, follow mode while at the bottom, search over every held line.
 */
export function LogViewer({ jobId, target, onLink, onStatus, emptyText }: Props) {
  const log = useJobLog(jobId, onStatus);
  const { model, version } = log;
  const scroller = useRef<HTMLDivElement>(null);
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const [following, setFollowing] = useState(target === undefined);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(-1);
  // The model changes in place: `version` says when.
  const visible = useMemo(() => visibleRows(model, folded), [model, folded, version]);
  const matches = useMemo(() => model.search(query), [model, query, query ? version : 0]);
  const positions = useMemo(() => new Map(visible.map((row, at) => [row, at])), [visible]);
  const headers = useMemo(
    () => new Map(model.steps().map((group) => [group.start, group])),
    [model, visible],
  );

  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 30,
  });

  const reveal = useCallback(
    (row: number) => {
      const step = stepAt(model, row);
      if (step && folded.has(step.name) && step.start !== row) {
        setFolded((prev) => new Set([...prev].filter((name) => name !== step.name)));
        return;
      }
      const at = positions.get(row);
      if (at !== undefined) virtualizer.scrollToIndex(at, { align: 'center' });
    },
    [folded, model, positions, virtualizer],
  );

  // Follow: new rows scroll into view while at the bottom.
  useLayoutEffect(() => {
    if (following && visible.length) virtualizer.scrollToIndex(visible.length - 1, { align: 'end' });
  }, [following, visible, virtualizer]);

  // A #L<n> link: earlier pages are read until the line is held, then it is scrolled to.
  const targetIndex = target === undefined ? -1 : model.indexOf(target);
  useEffect(() => {
    if (target === undefined || log.loading) return;
    setFollowing(false);
    if (targetIndex === -1) void log.loadUntil(target);
    else reveal(targetIndex);
  }, [target, targetIndex, log.loading]);

  // The current match stays on screen (unfolding its step) whenever it moves.
  useEffect(() => {
    if (current >= 0 && matches[current] !== undefined) reveal(matches[current]);
  }, [current, matches]);

  const search = (next: string) => {
    if (next === query) return;
    setQuery(next);
    setCurrent(next ? 0 : -1);
    if (next) setFollowing(false);
    // A search is over every line of the log: the lines before the tail are read first.
    if (next && model.moreBefore) void log.loadUntil(1);
  };
  const move = (direction: 1 | -1) => {
    setFollowing(false);
    setCurrent((at) => stepMatch(matches.length, at, direction));
  };
  const fold = useCallback(
    (step: string) =>
      setFolded((prev) => {
        const next = new Set(prev);
        if (!next.delete(step)) next.add(step);
        return next;
      }),
    [],
  );
  const loadEarlier = async () => {
    const el = scroller.current;
    const before = visible.length;
    const top = el?.scrollTop ?? 0;
    await log.loadEarlier();
    // The earlier rows go above the ones being read: scroll down by as many, once they are drawn.
    const added = visibleRows(model, folded).length - before;
    if (el && added > 0) requestAnimationFrame(() => (el.scrollTop = top + added * ROW_PX));
  };

  if (log.error && model.rows.length === 0)
    return <ErrorPanel error={log.error} title="Could not load the log" />;
  if (log.loading) return <Loading what="the log" />;
  const currentRow = current >= 0 ? matches[current] : undefined;

  return (
    <section className="log panel" aria-label="Log">
      <LogToolbar
        jobId={jobId}
        query={query}
        onQuery={search}
        matches={matches.length}
        current={current}
        onMove={move}
        following={following}
        onFollow={() => setFollowing(true)}
        live={log.live}
        lines={model.rows.length}
        moreBefore={model.moreBefore}
        onLoadEarlier={() => void loadEarlier()}
        onLoadAll={() => void log.loadUntil(1)}
        onFoldAll={(all) => setFolded(all ? new Set(model.steps().map((s) => s.name)) : new Set())}
        copyText={() => model.text()}
      />
      {log.error ? <ErrorPanel error={log.error} title="Could not load earlier lines" /> : null}
      {model.moreBefore ? (
        <p className="log-earlier muted">
          Lines before {count(model.rows[0]?.n ?? 0)} are not loaded yet (a search reads them all).
        </p>
      ) : null}
      <div
        ref={scroller}
        className="log-scroll"
        role="log"
        aria-label="Log lines"
        tabIndex={0}
        onScroll={(event) => {
          const bottom = isAtBottom(event.currentTarget);
          if (bottom !== following) setFollowing(bottom);
        }}
      >
        {visible.length === 0 ? <p className="muted log-empty">{emptyText}</p> : null}
        <div className="log-rows" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const index = visible[item.index];
            const row = model.rows[index];
            const group = headers.get(index);
            return (
              <LogRow
                key={row.id}
                row={row}
                top={item.start}
                query={query}
                current={index === currentRow}
                target={row.n === target}
                header={
                  group
                    ? { name: group.name, folded: folded.has(group.name), size: group.end - group.start }
                    : undefined
                }
                onLink={onLink}
                onFold={fold}
              />
            );
          })}
        </div>
      </div>
    </section>
  );
}
