import ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import type { ArtifactType } from '../profiles/artifact-name';
import { outlineMarkdown } from './markdown-outline';
import { pythonSyntaxProblem } from './python-syntax';

/** A file an agent wrote; `name` is relative to the directory being judged, "/"-separated. */
export interface ArtifactFile {
  readonly name: string;
  readonly content: Buffer;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The content as text (a leading BOM dropped), or undefined when it is not UTF-8. */
export function decodeText(content: Buffer): string | undefined {
  try {
    return UTF8.decode(content);
  } catch {
    return undefined;
  }
}

/** No bytes, or only whitespace. */
export const isBlank = (content: Buffer): boolean => decodeText(content)?.trim() === '';

/**
 * Why `content` is not a well-formed artifact of `type`, or undefined when it is. Text must be UTF-8;
 * markdown needs a heading and closed code fences; json, yaml, typescript and javascript must parse
 * (syntax only, never types); python passes a lightweight check; csv rows have as many fields as the header.
 */
export function syntaxProblem(type: ArtifactType, name: string, content: Buffer): string | undefined {
  const text = decodeText(content);
  if (text === undefined) return 'is not UTF-8 text';
  switch (type) {
    case 'markdown':
      return markdownProblem(text);
    case 'json':
      return jsonProblem(text);
    case 'yaml':
      return yamlProblem(text);
    case 'typescript':
    case 'javascript':
      return scriptProblem(type, name, text);
    case 'python':
      return pythonSyntaxProblem(text);
    case 'csv':
      return csvProblem(text);
    case 'text':
      return undefined;
  }
}

function markdownProblem(text: string): string | undefined {
  const outline = outlineMarkdown(text);
  if (outline.unclosedFenceLine !== undefined) {
    return `code fence opened on line ${outline.unclosedFenceLine} is never closed`;
  }
  return outline.headings.length === 0 ? 'has no heading' : undefined;
}

function jsonProblem(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function yamlProblem(text: string): string | undefined {
  const parsed = parseAllDocuments(text, { prettyErrors: true });
  const error = (Array.isArray(parsed) ? parsed : []).flatMap((document) => document.errors)[0];
  return error === undefined
    ? undefined
    : `is not valid YAML: ${error.message.split('\n')[0].replace(/:$/, '')}`;
}

const SCRIPT_EXTENSION = { typescript: /\.[cm]?tsx?$/, javascript: /\.[cm]?jsx?$/ } as const;

/** The parser's own errors (TS1xxx) come first: a TypeScript-only construct in JavaScript (TS8xxx) is often their echo. */
const rank = (diagnostic: ts.Diagnostic): number =>
  diagnostic.code >= 1000 && diagnostic.code < 2000 ? 0 : 1;

/** Syntax errors only: `transpileModule` parses one file without resolving imports or checking types. */
function scriptProblem(type: 'typescript' | 'javascript', name: string, text: string): string | undefined {
  const fileName = SCRIPT_EXTENSION[type].test(name)
    ? name
    : `artifact.${type === 'typescript' ? 'ts' : 'js'}`;
  const { diagnostics = [] } = ts.transpileModule(text, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      jsx: ts.JsxEmit.Preserve,
    },
  });
  const [first] = diagnostics
    .filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error)
    .sort((a, b) => rank(a) - rank(b) || (a.start ?? 0) - (b.start ?? 0));
  if (first === undefined) return undefined;
  const message = ts.flattenDiagnosticMessageText(first.messageText, ' ');
  if (first.file === undefined || first.start === undefined) return `does not parse: ${message}`;
  const { line } = first.file.getLineAndCharacterOfPosition(first.start);
  return `does not parse: line ${line + 1}: ${message}`;
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and newlines; blank lines are skipped. */
function csvProblem(text: string): string | undefined {
  let header: number | undefined;
  let fields = 1;
  let blank = true;
  let fieldStart = true;
  let quotedFrom: number | undefined;
  let line = 1;
  let recordLine = 1;
  const endRecord = (): string | undefined => {
    const count = fields;
    const wasBlank = blank;
    fields = 1;
    blank = true;
    fieldStart = true;
    if (wasBlank) return undefined;
    header ??= count;
    return count === header ? undefined : `line ${recordLine} has ${count} fields, the header has ${header}`;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quotedFrom !== undefined) {
      if (char === '"' && text[i + 1] === '"') i++;
      else if (char === '"') quotedFrom = undefined;
      else if (char === '\n') line++;
      continue;
    }
    if (char === '\n') {
      const problem = endRecord();
      if (problem !== undefined) return problem;
      line++;
      recordLine = line;
      continue;
    }
    if (char === '\r') continue;
    blank = false;
    if (char === ',') {
      fields++;
      fieldStart = true;
    } else if (char === '"' && fieldStart) {
      quotedFrom = line;
    } else {
      fieldStart = false;
    }
  }
  if (quotedFrom !== undefined) return `quoted field opened on line ${quotedFrom} is never closed`;
  return endRecord();
}
