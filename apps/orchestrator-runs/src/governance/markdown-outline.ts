/** The heading structure of a Markdown document, enough to judge whether it is well formed. */
export interface MarkdownHeading {
  readonly level: number;
  readonly text: string;
  /** 1-based. */
  readonly line: number;
}

export interface MarkdownOutline {
  /** ATX (`## Title`) and setext (`Title` over `===` or `---`) headings outside code fences, in order. */
  readonly headings: readonly MarkdownHeading[];
  /** Line of a ``` or ~~~ fence that is never closed. */
  readonly unclosedFenceLine?: number;
  /** Headings with nothing under them: no content before the next heading of the same or a higher level. */
  readonly emptySections: readonly MarkdownHeading[];
  /** Headings more than one level deeper than the heading just before them (`#` then `###`). */
  readonly levelJumps: readonly { readonly heading: MarkdownHeading; readonly previousLevel: number }[];
}

type Block =
  { kind: 'heading'; heading: MarkdownHeading } | { kind: 'content'; line: number; paragraph: boolean };

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
// Fences are accepted at any indentation: generated documents often indent them inside list items.
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;
// Lines that cannot be the text of a setext heading (list items, quotes, tables).
const NOT_PARAGRAPH = /^ {0,3}([-*+>|]|\d+[.)])/;

export function outlineMarkdown(source: string): MarkdownOutline {
  const { blocks, unclosedFenceLine } = classify(withoutFrontMatter(source.split(/\r\n?|\n/)));
  const headings = blocks.flatMap((block) => (block.kind === 'heading' ? [block.heading] : []));
  const emptySections = blocks.flatMap((block, i) => {
    if (block.kind !== 'heading') return [];
    const next = blocks[i + 1];
    const empty =
      next === undefined || (next.kind === 'heading' && next.heading.level <= block.heading.level);
    return empty ? [block.heading] : [];
  });
  const levelJumps = headings.flatMap((heading, i) =>
    i > 0 && heading.level > headings[i - 1].level + 1
      ? [{ heading, previousLevel: headings[i - 1].level }]
      : [],
  );
  return {
    headings,
    emptySections,
    levelJumps,
    ...(unclosedFenceLine === undefined ? {} : { unclosedFenceLine }),
  };
}

/** Blanks a leading YAML front matter block (`---` … `---`), keeping line numbers. */
function withoutFrontMatter(lines: string[]): string[] {
  if (lines[0].trim() !== '---') return lines;
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  return end === -1 ? lines : [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)];
}

/** Lines to headings and content (blank lines dropped); fenced code is content, never headings. */
function classify(lines: readonly string[]): { blocks: Block[]; unclosedFenceLine?: number } {
  const blocks: Block[] = [];
  let fence: { marker: string; line: number } | undefined;
  lines.forEach((text, index) => {
    const line = index + 1;
    if (fence !== undefined) {
      const close = FENCE_CLOSE.exec(text);
      if (close && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length)
        fence = undefined;
      blocks.push({ kind: 'content', line, paragraph: false });
      return;
    }
    const open = FENCE_OPEN.exec(text);
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      fence = { marker: open[1], line };
      blocks.push({ kind: 'content', line, paragraph: false });
      return;
    }
    if (text.trim() === '') return;
    const atx = ATX_HEADING.exec(text);
    if (atx) {
      blocks.push({ kind: 'heading', heading: { level: atx[1].length, text: (atx[2] ?? '').trim(), line } });
      return;
    }
    const underline = SETEXT_UNDERLINE.exec(text);
    const previous = blocks[blocks.length - 1];
    if (underline && previous?.kind === 'content' && previous.paragraph && previous.line === line - 1) {
      const level = underline[1].startsWith('=') ? 1 : 2;
      blocks[blocks.length - 1] = {
        kind: 'heading',
        heading: { level, text: lines[index - 1].trim(), line: line - 1 },
      };
      return;
    }
    blocks.push({ kind: 'content', line, paragraph: !NOT_PARAGRAPH.test(text) });
  });
  return fence === undefined ? { blocks } : { blocks, unclosedFenceLine: fence.line };
}
