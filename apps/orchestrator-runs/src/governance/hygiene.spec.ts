import type { ArtifactFile } from './artifact-syntax';
import { hygieneScore } from './hygiene';

const file = (name: string, content: string | Buffer): ArtifactFile => ({
  name,
  content: typeof content === 'string' ? Buffer.from(content) : content,
});

const lines = (...source: string[]): string => source.join('\n');

/** Nine clean artifacts of every checked kind, so one more file moves the score by a known step. */
const CLEAN: readonly ArtifactFile[] = [
  file('planning/PRD.md', lines('# PRD', 'Text.', '## Scope', 'In scope.', '### Detail', 'More.')),
  file('planning/requirements.txt', 'FR-1: forecast demand\n'),
  file('data/schema.json', '{"type": "object"}'),
  file('data/pipeline.py', lines('def run(path):', '    return path', '')),
  file('data/sample.csv', 'a,b\n1,2\n'),
  file('architecture/openapi.yaml', 'openapi: 3.1.0\n'),
  file('development/src/server.ts', 'export const port: number = 3000;\n'),
  file('development/src/util.js', 'export const double = (x) => x * 2;\n'),
  file('documentation/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00])),
];

describe('hygieneScore', () => {
  it('scores a clean run 1 with no issues', () => {
    expect(hygieneScore(CLEAN)).toEqual({ score: 1, files_checked: 9, issues: [] });
  });

  it('scores no artifacts at all 1', () => {
    expect(hygieneScore([])).toEqual({ score: 1, files_checked: 0, issues: [] });
  });

  it('counts an empty file as a whole file with issues', () => {
    const report = hygieneScore([...CLEAN, file('qa/test_plan.md', '  \n')]);
    expect(report).toEqual({
      score: 0.9,
      files_checked: 10,
      issues: [{ file: 'qa/test_plan.md', kind: 'empty_file', detail: 'is empty' }],
    });
  });

  it.each([
    ['python', 'bad.py', 'def f(:\n', "line 1: '(' was never closed"],
    ['typescript', 'bad.ts', 'const x = ;', 'does not parse: line 1: Expression expected.'],
    ['javascript', 'bad.js', 'let x: string = "";', 'Type annotations can only be used in TypeScript files'],
    ['json', 'bad.json', '{"a": 1', 'is not valid JSON'],
    ['yaml', 'bad.yml', 'a: [1', 'is not valid YAML'],
    ['csv', 'bad.csv', 'a,b\n1\n', 'line 2 has 1 fields, the header has 2'],
  ])('penalises %s that does not parse by 0.8 of a file', (_type, name, content, detail) => {
    const report = hygieneScore([...CLEAN, file(name, content)]);
    expect(report.score).toBe(0.92);
    expect(report.issues).toEqual([
      { file: name, kind: 'parse_error', detail: expect.stringContaining(detail) },
    ]);
  });

  it('judges the structure of Markdown, capped at half a file', () => {
    const jumpy = file('a.md', lines('# A', 'a', '### C', 'c'));
    expect(hygieneScore([...CLEAN, jumpy])).toEqual({
      score: 0.99,
      files_checked: 10,
      issues: [
        { file: 'a.md', kind: 'broken_markdown', detail: 'heading "C" on line 3 jumps from level 1 to 3' },
      ],
    });
    const hollow = file('b.md', lines('# Doc', 'Intro.', '## Empty', '## Full', 'text'));
    expect(hygieneScore([...CLEAN, hollow]).issues).toEqual([
      { file: 'b.md', kind: 'broken_markdown', detail: 'section "Empty" on line 3 is empty' },
    ]);
    const unclosed = file('c.md', lines('# Doc', '```python', 'x = 1'));
    expect(hygieneScore([...CLEAN, unclosed])).toMatchObject({
      score: 0.95,
      issues: [
        { file: 'c.md', kind: 'broken_markdown', detail: 'code fence opened on line 2 is never closed' },
      ],
    });
    const wrecked = file('d.md', lines('# A', '### B', '##### C', '```'));
    const report = hygieneScore([...CLEAN, wrecked]);
    expect(report.issues).toHaveLength(3);
    expect(report.score).toBe(0.95);
  });

  it('counts unresolved markers per file, 0.05 each up to 0.25', () => {
    const one = file('src/app.py', lines('def f():', '    return 1  # TODO: handle errors', ''));
    expect(hygieneScore([...CLEAN, one])).toEqual({
      score: 0.995,
      files_checked: 10,
      issues: [
        {
          file: 'src/app.py',
          kind: 'unresolved_marker',
          detail: '1 unresolved marker (TODO ×1), first on line 2',
        },
      ],
    });
    const many = file(
      'notes.txt',
      lines('intro', 'FIXME a', 'TODO b TODO c', 'XXX d', 'TODO e', 'FIXME f', 'TODO g'),
    );
    const report = hygieneScore([...CLEAN, many]);
    expect(report.score).toBe(0.975);
    expect(report.issues).toEqual([
      {
        file: 'notes.txt',
        kind: 'unresolved_marker',
        detail: '7 unresolved markers (FIXME ×2, TODO ×4, XXX ×1), first on line 2',
      },
    ]);
  });

  it('does not take words containing a marker for one', () => {
    expect(hygieneScore([file('a.txt', 'TODOS, FIXMEs and XXXL sizes')]).issues).toEqual([]);
  });

  it('adds up the issues of one file, at most a whole file', () => {
    const bad = file(
      'bad.py',
      lines('# TODO', '# TODO', '# TODO', '# TODO', '# TODO', '# TODO', 'x = (', ''),
    );
    const report = hygieneScore([bad]);
    expect(report.score).toBe(0);
    expect(report.issues.map((issue) => issue.kind)).toEqual(['parse_error', 'unresolved_marker']);
    expect(hygieneScore([bad, ...CLEAN]).score).toBe(0.9);
  });

  it('is deterministic: the same files in any order give the same report, issues ordered by file', () => {
    const files = [
      ...CLEAN,
      file('z.md', '# Z\n### deep\ntext'),
      file('a.json', '{'),
      file('m.txt', ''),
      file('b.ts', '// FIXME\nexport {};'),
    ];
    const report = hygieneScore(files);
    expect(hygieneScore([...files].reverse())).toEqual(report);
    expect(report.issues.map((issue) => issue.file)).toEqual(['a.json', 'b.ts', 'm.txt', 'z.md']);
    expect(report.score).toBe(Math.round((1 - (0.8 + 0.05 + 1 + 0.1) / 13) * 1000) / 1000);
  });
});
