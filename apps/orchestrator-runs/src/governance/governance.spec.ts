import type { ArtifactType } from '../profiles/artifact-name';
import type { PhaseSpec } from '../profiles/profile';
import type { ArtifactFile } from './artifact-syntax';
import { checkPhase, governanceScore, type GovernanceCheck } from './governance';

const file = (name: string, content: string | Buffer): ArtifactFile => ({
  name,
  content: typeof content === 'string' ? Buffer.from(content) : content,
});

/** A phase with one agent writing `outputs`, of which `required` are required. */
function phaseOf(outputs: readonly [string, ArtifactType][], required: readonly string[]): PhaseSpec {
  return {
    agents: [
      {
        id: 'writer',
        role: 'Writer',
        instructions: 'Write.',
        outputs: outputs.map(([name, type]) => ({ name, type, description: name })),
      },
    ],
    required_artifacts: required,
    approval_gate: false,
  };
}

/** The outcome of the `valid` check of one required artifact. */
function validity(name: string, type: ArtifactType, content: string | Buffer): GovernanceCheck {
  const { checks } = checkPhase(phaseOf([[name, type]], [name]), [file(name, content)]);
  const valid = checks.find((check) => check.check === 'valid');
  if (valid === undefined) throw new Error('no validity check');
  return valid;
}

const lines = (...source: string[]): string => source.join('\n');

describe('checkPhase', () => {
  it('passes a phase whose required artifacts are present, non-empty and valid', () => {
    const phase = phaseOf(
      [
        ['PRD.md', 'markdown'],
        ['requirements.txt', 'text'],
      ],
      ['PRD.md', 'requirements.txt'],
    );
    const result = checkPhase(phase, [
      file('PRD.md', '# PRD\n\nText.\n'),
      file('requirements.txt', 'FR-1: forecast\n'),
    ]);
    expect(result).toEqual({
      passed: true,
      checks: [
        { artifact: 'PRD.md', check: 'present', passed: true },
        { artifact: 'PRD.md', check: 'non_empty', passed: true },
        { artifact: 'PRD.md', check: 'valid', passed: true },
        { artifact: 'requirements.txt', check: 'present', passed: true },
        { artifact: 'requirements.txt', check: 'non_empty', passed: true },
        { artifact: 'requirements.txt', check: 'valid', passed: true },
      ],
      warnings: [],
    });
  });

  it('fails a missing artifact on all three checks', () => {
    const result = checkPhase(phaseOf([['PRD.md', 'markdown']], ['PRD.md']), []);
    expect(result.passed).toBe(false);
    expect(result.checks).toEqual([
      { artifact: 'PRD.md', check: 'present', passed: false, message: 'was not produced' },
      {
        artifact: 'PRD.md',
        check: 'non_empty',
        passed: false,
        message: 'not checked: the artifact is missing',
      },
      { artifact: 'PRD.md', check: 'valid', passed: false, message: 'not checked: the artifact is missing' },
    ]);
  });

  it.each([
    ['no bytes', ''],
    ['only whitespace', ' \n\t\n'],
  ])('fails an artifact with %s as empty', (_case, content) => {
    const result = checkPhase(phaseOf([['PRD.md', 'markdown']], ['PRD.md']), [file('PRD.md', content)]);
    expect(result.checks).toEqual([
      { artifact: 'PRD.md', check: 'present', passed: true },
      { artifact: 'PRD.md', check: 'non_empty', passed: false, message: 'is empty' },
      { artifact: 'PRD.md', check: 'valid', passed: false, message: 'not checked: the artifact is empty' },
    ]);
  });

  it('passes a phase that requires nothing', () => {
    expect(checkPhase(phaseOf([['notes.md', 'markdown']], []), [file('notes.md', '# Notes\nx')])).toEqual({
      passed: true,
      checks: [],
      warnings: [],
    });
  });

  it('warns about optional outputs that are missing, empty or invalid, and about undeclared files', () => {
    const phase = phaseOf(
      [
        ['PRD.md', 'markdown'],
        ['notes.md', 'markdown'],
        ['data.json', 'json'],
        ['extra.csv', 'csv'],
      ],
      ['PRD.md'],
    );
    const result = checkPhase(phase, [
      file('PRD.md', '# PRD\nText'),
      file('data.json', '{"a": '),
      file('extra.csv', '   '),
      file('zz_stray.py', 'print(1)'),
      file('scratch.txt', 'x'),
      file('_agent_log.json', 'not json, but internal'),
    ]);
    expect(result.passed).toBe(true);
    expect(result.warnings).toEqual([
      'optional output "notes.md" of agent "writer" was not produced',
      expect.stringMatching(
        /^optional output "data.json" of agent "writer" is not valid json: is not valid JSON: /,
      ),
      'optional output "extra.csv" of agent "writer" is empty',
      '"scratch.txt" is not an output of any agent of this phase',
      '"zz_stray.py" is not an output of any agent of this phase',
    ]);
  });

  it('judges artifacts in subdirectories by their path in the phase directory', () => {
    const phase = phaseOf([['src/app.py', 'python']], ['src/app.py']);
    expect(checkPhase(phase, [file('src/app.py', 'def main():\n    return 0\n')]).passed).toBe(true);
    expect(checkPhase(phase, [file('app.py', 'def main():\n    return 0\n')]).passed).toBe(false);
  });

  it('fails invalid content whatever the type, when it is not UTF-8', () => {
    expect(validity('notes.txt', 'text', Buffer.from([0xff, 0xfe, 0x00, 0xd8]))).toEqual({
      artifact: 'notes.txt',
      check: 'valid',
      passed: false,
      message: 'text: is not UTF-8 text',
    });
    expect(validity('notes.txt', 'text', 'anything at all { [').passed).toBe(true);
  });

  describe('validity by type', () => {
    it.each<[string, ArtifactType, string]>([
      ['markdown', 'markdown', lines('# Title', '', '```python', 'x = 1', '```', '', '## Next', 'text')],
      ['markdown with a BOM', 'markdown', '\ufeff# Title\ntext'],
      ['json', 'json', '{"cases": [{"id": 1, "status": "passed"}]}'],
      ['yaml', 'yaml', lines('openapi: 3.1.0', 'paths:', '  /items:', '    get: {}')],
      ['yaml with several documents', 'yaml', lines('a: 1', '---', 'b: [1, 2]')],
      [
        'typescript',
        'typescript',
        lines(
          "import { readFile } from 'node:fs/promises';",
          'export interface Item { id: string; tags?: readonly string[] }',
          'export const load = async <T,>(path: string): Promise<T> => JSON.parse(await readFile(path, "utf8")) as T;',
          'enum Kind { A, B }',
        ),
      ],
      [
        'javascript',
        'javascript',
        'export function add(a, b) { return a + b; }\nconst f = async () => await add(1, 2);',
      ],
      [
        'python',
        'python',
        lines('def f(x):', '    if x:', '        return [x,', '                1]', '    return None'),
      ],
      ['csv', 'csv', lines('id,name,note', '1,a,"x, y"', '2,b,"multi', 'line ""quoted"""', '')],
      ['csv with CRLF and a trailing blank line', 'csv', 'a,b\r\n1,2\r\n\r\n'],
    ])('accepts valid %s', (_case, type, content) => {
      const extension = {
        markdown: 'md',
        json: 'json',
        yaml: 'yaml',
        typescript: 'ts',
        javascript: 'js',
        python: 'py',
        csv: 'csv',
        text: 'txt',
      }[type];
      expect(validity(`artifact.${extension}`, type, content)).toEqual({
        artifact: `artifact.${extension}`,
        check: 'valid',
        passed: true,
      });
    });

    it.each<[string, string, ArtifactType, string, string]>([
      ['markdown without a heading', 'a.md', 'markdown', 'Just prose.', 'markdown: has no heading'],
      [
        'markdown with an unclosed fence',
        'a.md',
        'markdown',
        lines('# Title', '```js', 'code'),
        'markdown: code fence opened on line 2 is never closed',
      ],
      ['invalid json', 'a.json', 'json', '{"a": 1,}', 'json: is not valid JSON:'],
      ['invalid yaml', 'a.yaml', 'yaml', 'a: [1, 2\nb: 3', 'yaml: is not valid YAML: Flow sequence'],
      [
        'yaml with a duplicate key',
        'a.yaml',
        'yaml',
        'a: 1\na: 2',
        'yaml: is not valid YAML: Map keys must be unique',
      ],
      [
        'typescript that does not parse',
        'a.ts',
        'typescript',
        'const ok = 1;\nconst x = ;',
        'typescript: does not parse: line 2: Expression expected.',
      ],
      [
        'javascript with type annotations',
        'a.js',
        'javascript',
        'const x: number = 1;',
        'javascript: does not parse: line 1: Type annotations can only be used in TypeScript files.',
      ],
      [
        'javascript that does not parse',
        'a.js',
        'javascript',
        'function f( {',
        "javascript: does not parse: line 1: '}' expected.",
      ],
      [
        'python with an unclosed bracket',
        'a.py',
        'python',
        'x = foo(1,\n',
        "python: line 1: '(' was never closed",
      ],
      [
        'python with a missing block',
        'a.py',
        'python',
        'class A:\npass\n',
        'python: line 2: expected an indented block after line 1',
      ],
      [
        'csv with a short row',
        'a.csv',
        'csv',
        'a,b,c\n1,2,3\n4,5\n',
        'csv: line 3 has 2 fields, the header has 3',
      ],
      [
        'csv with an unclosed quote',
        'a.csv',
        'csv',
        'a,b\n1,"open\n',
        'csv: quoted field opened on line 2 is never closed',
      ],
    ])('rejects %s', (_case, name, type, content, message) => {
      expect(validity(name, type, content)).toEqual({
        artifact: name,
        check: 'valid',
        passed: false,
        message: expect.stringContaining(message),
      });
    });
  });
});

describe('governanceScore', () => {
  const check = (passed: boolean): GovernanceCheck => ({ artifact: 'a', check: 'valid', passed });

  it('is 1 when nothing was checked', () => {
    expect(governanceScore([])).toBe(1);
  });

  it('is the share of checks passed, to 3 decimals', () => {
    expect(governanceScore([check(true), check(true), check(false)])).toBe(0.667);
    expect(governanceScore([check(false)])).toBe(0);
  });

  it('weighs a missing artifact as three failed checks, an invalid one as one', () => {
    const phase = phaseOf(
      [
        ['a.json', 'json'],
        ['b.json', 'json'],
      ],
      ['a.json', 'b.json'],
    );
    expect(governanceScore(checkPhase(phase, [file('a.json', '{}')]).checks)).toBe(0.5);
    expect(governanceScore(checkPhase(phase, [file('a.json', '{}'), file('b.json', '{')]).checks)).toBe(
      0.833,
    );
  });
});
