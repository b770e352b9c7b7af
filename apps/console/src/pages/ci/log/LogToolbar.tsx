import { useEffect, useRef, useState } from 'react';
import { count } from '../../../ui/format';

interface Props {
  jobId: string;
  query: string;
  onQuery(query: string): void;
  matches: number;
  current: number;
  onMove(direction: 1 | -1): void;
  following: boolean;
  onFollow(): void;
  live: boolean;
  lines: number;
  moreBefore: boolean;
  onLoadEarlier(): void;
  onLoadAll(): void;
  onFoldAll(fold: boolean): void;
  copyText(): string;
}

const SEARCH_DELAY_MS = 150;

/** The log's controls: search with next/previous and a count, follow, earlier lines, folding, raw, copy. */
export function LogToolbar(props: Props) {
  const [text, setText] = useState(props.query);
  const [copied, setCopied] = useState<string | undefined>(undefined);
  const onQuery = useRef(props.onQuery);
  onQuery.current = props.onQuery;
  useEffect(() => {
    const timer = setTimeout(() => onQuery.current(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.copyText());
      setCopied(`Copied ${count(props.lines)} lines`);
    } catch {
      setCopied('Copying was refused by the browser');
    }
  };
  return (
    <div className="log-toolbar">
      <form
        role="search"
        className="log-search"
        onSubmit={(event) => {
          event.preventDefault();
          if (text !== props.query) props.onQuery(text);
          else props.onMove(1);
        }}
      >
        <label>
          <span className="visually-hidden">Search the log</span>
          <input
            type="search"
            placeholder="Search the log"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && event.shiftKey) {
                event.preventDefault();
                props.onMove(-1);
              }
            }}
          />
        </label>
        <span className="log-count muted" aria-live="polite">
          {props.query ? `${props.matches ? props.current + 1 : 0} of ${count(props.matches)}` : ''}
        </span>
        <button type="button" onClick={() => props.onMove(-1)} disabled={!props.matches}>
          Previous
        </button>
        <button type="button" onClick={() => props.onMove(1)} disabled={!props.matches}>
          Next
        </button>
      </form>
      <div className="actions">
        {props.moreBefore ? (
          <>
            <button type="button" onClick={props.onLoadEarlier}>
              Load earlier
            </button>
            <button type="button" onClick={props.onLoadAll}>
              Load all
            </button>
          </>
        ) : null}
        <button type="button" onClick={() => props.onFoldAll(true)}>
          Fold steps
        </button>
        <button type="button" onClick={() => props.onFoldAll(false)}>
          Unfold
        </button>
        <button type="button" onClick={props.onFollow} aria-pressed={props.following}>
          {props.following ? 'Following' : 'Follow'}
        </button>
        {props.live ? <span className="badge busy">live</span> : null}
        <a
          className="button"
          href={`/jobs/${props.jobId}/logs?follow=false`}
          download={`job-${props.jobId}.log`}
        >
          Raw log
        </a>
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        {copied ? (
          <span className="muted" role="status">
            {copied}
          </span>
        ) : null}
      </div>
    </div>
  );
}
