import { outlineMarkdown } from './markdown-outline';

const lines = (...source: string[]): string => source.join('\n');

describe('outlineMarkdown', () => {
  it('finds ATX and setext headings, ignoring those inside code fences', () => {
    const outline = outlineMarkdown(
      lines(
        'Product requirements',
        '====================',
        'Intro.',
        '',
        '## Scope ##',
        'In scope.',
        '',
        '```bash',
        '# not a heading',
        '```',
        '',
        'Risks',
        '-----',
        'Some.',
        '#hashtag is not a heading',
      ),
    );
    expect(outline.headings).toEqual([
      { level: 1, text: 'Product requirements', line: 1 },
      { level: 2, text: 'Scope', line: 5 },
      { level: 2, text: 'Risks', line: 12 },
    ]);
    expect(outline).toMatchObject({ emptySections: [], levelJumps: [] });
    expect(outline.unclosedFenceLine).toBeUndefined();
  });

  it('treats a rule after a list item or a blank line as a rule, and skips front matter', () => {
    const outline = outlineMarkdown(
      lines('---', 'title: x', '---', '# Doc', '- item', '---', 'text', '', '---'),
    );
    expect(outline.headings).toEqual([{ level: 1, text: 'Doc', line: 4 }]);
  });

  it('reports an unclosed fence, closed only by the same marker at least as long', () => {
    expect(outlineMarkdown(lines('# A', '````', '```', '~~~~')).unclosedFenceLine).toBe(2);
    expect(outlineMarkdown(lines('# A', '  ~~~', 'code', '  ~~~~')).unclosedFenceLine).toBeUndefined();
  });

  it('reports heading level jumps', () => {
    expect(outlineMarkdown(lines('# A', 'a', '### C', 'c', '## B', 'b', '#### D', 'd')).levelJumps).toEqual([
      { heading: { level: 3, text: 'C', line: 3 }, previousLevel: 1 },
      { heading: { level: 4, text: 'D', line: 7 }, previousLevel: 2 },
    ]);
  });

  it('reports sections without content, but not those holding subsections', () => {
    const outline = outlineMarkdown(
      lines('# Doc', '## Empty', '', '## Full', 'text', '### Sub', '```', '```', '## Last'),
    );
    expect(outline.emptySections.map((heading) => heading.text)).toEqual(['Empty', 'Last']);
  });
});
