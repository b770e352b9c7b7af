import { memo, type CSSProperties, type MouseEvent } from 'react';
import { markMatches, parseAnsi } from './ansi';
import type { Row } from './log-model';

export const ROW_PX = 20;

interface Props {
  row: Row;
  top: number;
  query: string;
  /** This row is the current search match. */
  current: boolean;
  /** This row is the one the URL's #L<n> names. */
  target: boolean;
  /** The step this row heads, when it is a step's first row, and whether it is folded. */
  header?: { name: string; folded: boolean; size: number };
  onLink(n: number): void;
  onFold(step: string): void;
}

/** One log line: its number (a #L<n> link), the fold button of a step's first line, its styled text. */
export const LogRow = memo(function LogRow({
  row,
  top,
  query,
  current,
  target,
  header,
  onLink,
  onFold,
}: Props) {
  const style: CSSProperties = { transform: `translateY(${top}px)`, height: ROW_PX };
  const classes = [
    'log-row',
    `log-${row.stream}`,
    row.kind !== 'line' ? 'log-status' : '',
    target ? 'log-target' : '',
  ]
    .concat(current ? 'log-current' : '')
    .filter(Boolean)
    .join(' ');
  const link = (event: MouseEvent) => {
    event.preventDefault();
    onLink(row.n);
  };
  return (
    <div className={classes} style={style} data-line={row.n} aria-current={target ? 'location' : undefined}>
      <a className="log-n" href={`#L${row.n}`} onClick={link} aria-label={`Line ${row.n}`}>
        {row.n}
      </a>
      {header ? (
        <button
          type="button"
          className="log-fold"
          aria-expanded={!header.folded}
          aria-label={`${header.folded ? 'Unfold' : 'Fold'} step ${header.name}`}
          onClick={() => onFold(header.name)}
        >
          {header.folded ? '▸' : '▾'}
        </button>
      ) : (
        <span className="log-fold-space" />
      )}
      <span className="log-text">
        {markMatches(parseAnsi(row.text), query).map((segment, i) => {
          const segmentStyle =
            segment.color || segment.background
              ? { color: segment.color, background: segment.background }
              : undefined;
          const className = [segment.className, segment.match ? 'log-match' : ''].filter(Boolean).join(' ');
          return segment.match ? (
            <mark key={i} className={className} style={segmentStyle}>
              {segment.text}
            </mark>
          ) : (
            <span key={i} className={className || undefined} style={segmentStyle}>
              {segment.text}
            </span>
          );
        })}
        {header?.folded ? <span className="muted"> ({header.size - 1} lines folded)</span> : null}
      </span>
    </div>
  );
});
