import Anser from 'anser';

/** A run of text in one style: class names for decorations, inline colours from the ANSI codes. */
export interface Segment {
  text: string;
  className?: string;
  color?: string;
  background?: string;
}

// CSI sequences (colours, cursor moves) and OSC sequences (titles, links).
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** The text a person reads: every escape sequence removed (what search and copy work on). */
export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}

const rgb = (value: string | null | undefined): string | undefined => (value ? `rgb(${value})` : undefined);

/**
 * A line's styled segments, by anser: never HTML, so a log cannot inject markup. A line without
 * escapes is one plain segment, without asking anser.
 */
export function parseAnsi(text: string): Segment[] {
  if (!text.includes('\u001b')) return text ? [{ text }] : [];
  return Anser.ansiToJson(text, { remove_empty: true }).map((entry) => {
    const segment: Segment = { text: entry.content };
    const color = rgb(entry.fg_truecolor || entry.fg);
    const background = rgb(entry.bg_truecolor || entry.bg);
    if (color) segment.color = color;
    if (background) segment.background = background;
    const decorations = entry.decorations.map((d) => `ansi-${d}`);
    if (decorations.length) segment.className = decorations.join(' ');
    return segment;
  });
}

/** Splits segments at every match of `query` (case-insensitive), marking the matching parts. */
export function markMatches(segments: Segment[], query: string): (Segment & { match?: boolean })[] {
  if (!query) return segments;
  const needle = query.toLowerCase();
  return segments.flatMap((segment) => {
    const parts: (Segment & { match?: boolean })[] = [];
    const lower = segment.text.toLowerCase();
    let from = 0;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      if (at > from) parts.push({ ...segment, text: segment.text.slice(from, at) });
      parts.push({ ...segment, text: segment.text.slice(at, at + needle.length), match: true });
      from = at + needle.length;
    }
    if (from < segment.text.length) parts.push({ ...segment, text: segment.text.slice(from) });
    return parts;
  });
}
