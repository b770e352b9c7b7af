/**
 * A lightweight Python syntax check — not a parser. Comments and string literals (single, triple-quoted,
 * any prefix) are skipped; brackets must balance and match; indentation follows CPython's tokenizer: a
 * logical line ending with ":" must be followed by a deeper block, other lines may not indent, a dedent
 * must return to an enclosing level, and tabs and spaces are compared with tab widths 8 and 1 (TabError
 * when the two disagree). Returns the first problem, prefixed with its line, or undefined.
 */
export function pythonSyntaxProblem(source: string): string | undefined {
  return new PythonScanner(source.replace(/\r\n?/g, '\n')).scan();
}

/** An indentation measured with tab stops of 8 (`col`) and of 1 (`alt`), as CPython does. */
interface Indent {
  readonly col: number;
  readonly alt: number;
}

const CLOSING: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
]);
const TAB_ERROR = 'inconsistent use of tabs and spaces in indentation';

class PythonScanner {
  private at = 0;
  private line = 1;
  private readonly brackets: { char: string; line: number }[] = [];
  private readonly indents: Indent[] = [{ col: 0, alt: 0 }];
  /** Start line of the previous logical line when it ended with ":", so a block must follow. */
  private blockOpenedOn: number | undefined;

  constructor(private readonly text: string) {}

  scan(): string | undefined {
    while (this.at < this.text.length) {
      const problem = this.logicalLine();
      if (problem !== undefined) return problem;
    }
    if (this.blockOpenedOn !== undefined) {
      return `line ${this.blockOpenedOn}: expected an indented block after ":", found the end of the file`;
    }
    return undefined;
  }

  /** One logical line from its indentation to its end; blank and comment-only lines are skipped. */
  private logicalLine(): string | undefined {
    const indent = this.readIndent();
    if (this.at >= this.text.length || this.text[this.at] === '\n' || this.text[this.at] === '#') {
      this.skipToNextLine();
      return undefined;
    }
    return this.checkIndent(indent) ?? this.readTokens();
  }

  private readIndent(): Indent {
    let col = 0;
    let alt = 0;
    for (; this.at < this.text.length; this.at++) {
      const char = this.text[this.at];
      if (char === ' ') {
        col++;
        alt++;
      } else if (char === '\t') {
        col = (Math.floor(col / 8) + 1) * 8;
        alt++;
      } else if (char === '\f') {
        col = 0;
        alt = 0;
      } else break;
    }
    return { col, alt };
  }

  private checkIndent(indent: Indent): string | undefined {
    const opened = this.blockOpenedOn;
    this.blockOpenedOn = undefined;
    const top = this.indents[this.indents.length - 1];
    const expectedBlock = `line ${this.line}: expected an indented block after line ${opened}`;
    if (indent.col > top.col) {
      if (indent.alt <= top.alt) return `line ${this.line}: ${TAB_ERROR}`;
      if (opened === undefined) return `line ${this.line}: unexpected indent`;
      this.indents.push(indent);
      return undefined;
    }
    if (opened !== undefined) return expectedBlock;
    while (this.indents.length > 1 && indent.col < this.indents[this.indents.length - 1].col)
      this.indents.pop();
    const level = this.indents[this.indents.length - 1];
    if (indent.col !== level.col)
      return `line ${this.line}: unindent does not match any outer indentation level`;
    if (indent.alt !== level.alt) return `line ${this.line}: ${TAB_ERROR}`;
    return undefined;
  }

  /** Reads to the end of the logical line: past newlines inside brackets and after a backslash. */
  private readTokens(): string | undefined {
    const startLine = this.line;
    let last = '';
    while (this.at < this.text.length) {
      const char = this.text[this.at];
      if (char === '\n') {
        this.at++;
        this.line++;
        if (this.brackets.length === 0) break;
      } else if (char === '\\') {
        if (this.text[this.at + 1] !== '\n') {
          return `line ${this.line}: unexpected character after line continuation character`;
        }
        this.at += 2;
        this.line++;
      } else if (char === '#') {
        this.skipComment();
      } else if (char === '"' || char === "'") {
        const problem = this.readString(char);
        if (problem !== undefined) return problem;
        last = char;
      } else if (CLOSING.has(char)) {
        this.brackets.push({ char, line: this.line });
        last = char;
        this.at++;
      } else if (char === ')' || char === ']' || char === '}') {
        const open = this.brackets.pop();
        if (open === undefined) return `line ${this.line}: unmatched '${char}'`;
        if (CLOSING.get(open.char) !== char) {
          return `line ${this.line}: closing '${char}' does not match '${open.char}' opened on line ${open.line}`;
        }
        last = char;
        this.at++;
      } else {
        if (char !== ' ' && char !== '\t' && char !== '\f') last = char;
        this.at++;
      }
    }
    const unclosed = this.brackets[this.brackets.length - 1];
    if (unclosed !== undefined) return `line ${unclosed.line}: '${unclosed.char}' was never closed`;
    if (last === ':') this.blockOpenedOn = startLine;
    return undefined;
  }

  /** From an opening quote past the closing one; a backslash escapes the next character, in raw strings too. */
  private readString(quote: string): string | undefined {
    const startLine = this.line;
    const triple = quote.repeat(3);
    const isTriple = this.text.startsWith(triple, this.at);
    this.at += isTriple ? 3 : 1;
    while (this.at < this.text.length) {
      const char = this.text[this.at];
      if (char === '\\') {
        if (this.text[this.at + 1] === '\n') this.line++;
        this.at += 2;
      } else if (isTriple && this.text.startsWith(triple, this.at)) {
        this.at += 3;
        return undefined;
      } else if (!isTriple && char === quote) {
        this.at++;
        return undefined;
      } else if (char === '\n') {
        if (!isTriple) return `line ${startLine}: unterminated string literal`;
        this.line++;
        this.at++;
      } else {
        this.at++;
      }
    }
    return `line ${startLine}: unterminated ${isTriple ? 'triple-quoted ' : ''}string literal`;
  }

  private skipComment(): void {
    const end = this.text.indexOf('\n', this.at);
    this.at = end === -1 ? this.text.length : end;
  }

  private skipToNextLine(): void {
    this.skipComment();
    if (this.at < this.text.length) {
      this.at++;
      this.line++;
    }
  }
}
