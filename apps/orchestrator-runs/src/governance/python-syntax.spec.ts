import { pythonSyntaxProblem } from './python-syntax';

const lines = (...source: string[]): string => source.join('\n');

describe('pythonSyntaxProblem', () => {
  it('accepts a realistic module', () => {
    const module = lines(
      '"""Forecasting helpers.',
      '',
      'Everything here is pure: (no I/O) [really] {truly}.',
      '"""',
      'from __future__ import annotations',
      '',
      'import pandas as pd  # noqa: F401 (',
      '',
      '',
      'class Model:',
      '    """A model."""',
      '',
      '    def __init__(self, season: int = 7) -> None:',
      '        self.season = season',
      '        self.table = {',
      "            'a': 1,",
      "            'b': [1, 2,",
      '                  3],',
      '        }',
      '',
      '    def predict(self, horizon: int) -> list[float]:',
      '        if horizon <= 0:',
      '            raise ValueError(f"horizon must be positive, got {horizon!r}")',
      '        elif horizon > 365:  # a year at most',
      '            return []',
      '        else:',
      '            total = 1 + \\',
      '                2',
      "        pattern = r'\\d+\\'s'",
      '        return [float(x) for x in range(horizon) if x % self.season != total]',
      '',
      '',
      "if __name__ == '__main__':",
      '    for i in range(3): print(i)',
      '    match i:',
      '        case 1:',
      '            pass',
      '        case _:',
      '            pass',
      '',
    );
    expect(pythonSyntaxProblem(module)).toBeUndefined();
  });

  it('accepts CRLF line endings, tabs used consistently and an empty file', () => {
    expect(pythonSyntaxProblem('def f():\r\n\treturn 1\r\n')).toBeUndefined();
    expect(pythonSyntaxProblem('')).toBeUndefined();
    expect(pythonSyntaxProblem('# only a comment\n')).toBeUndefined();
  });

  it.each([
    ['an unclosed bracket', lines('x = [1, 2', 'y = 3'), "line 1: '[' was never closed"],
    ['a stray closing bracket', 'x = 1)', "line 1: unmatched ')'"],
    [
      'mismatched brackets',
      lines('x = (1,', '     2]'),
      "line 2: closing ']' does not match '(' opened on line 1",
    ],
    ['an unterminated string', lines("x = 'abc", 'y = 1'), 'line 1: unterminated string literal'],
    [
      'an unterminated triple-quoted string',
      lines('"""doc', 'def f(): pass'),
      'line 1: unterminated triple-quoted string literal',
    ],
    [
      'a block that is not indented',
      lines('def f():', 'return 1'),
      'line 2: expected an indented block after line 1',
    ],
    [
      'a block missing at the end of the file',
      lines('x = 1', 'if x:', '    # nothing yet'),
      'line 2: expected an indented block',
    ],
    ['an unexpected indent', lines('x = 1', '    y = 2'), 'line 2: unexpected indent'],
    ['an indented first line', '  import os', 'line 1: unexpected indent'],
    [
      'a dedent to no enclosing level',
      lines('if True:', '    x = 1', '  y = 2'),
      'line 3: unindent does not match any outer indentation level',
    ],
    [
      'tabs and spaces that disagree',
      lines('if True:', '        x = 1', '\ty = 2'),
      'line 3: inconsistent use of tabs and spaces',
    ],
    [
      'text after a line continuation',
      'x = 1 \\ y',
      'line 1: unexpected character after line continuation character',
    ],
  ])('rejects %s', (_case, source, problem) => {
    expect(pythonSyntaxProblem(source)).toEqual(expect.stringContaining(problem));
  });

  it('ignores brackets and colons inside strings and comments', () => {
    expect(
      pythonSyntaxProblem(lines("x = ')]}'  # ([{", "y = 'if x:'", 's = """', '  (:', '"""')),
    ).toBeUndefined();
  });

  it('reports the first problem only', () => {
    expect(pythonSyntaxProblem(lines('x = (', 'y = ]'))).toBe(
      "line 2: closing ']' does not match '(' opened on line 1",
    );
  });
});
