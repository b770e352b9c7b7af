import * as ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import type { ArtifactSpec } from './artifact-request';
import { buildMessages } from './prompts';
import type { ChatMessage, CompletionRequest } from './provider';
import { TemplateProvider } from './template-provider';
import { estimateMessages, estimateTokens } from './token-estimate';

const INTAKE = `Build a demand forecasting app for the retail team.
- Forecast weekly demand per store and product from historical sales.
- Expose forecasts through a REST API with authentication.
- Show a dashboard comparing forecast and actual sales; TODO pick a chart library, FIXME later.
Data lives in PostgreSQL. Accuracy "MAPE" must stay below 15%, costs {under} budget.`;

const messagesFor = (artifact: ArtifactSpec, intake = INTAKE): ChatMessage[] =>
  buildMessages({
    role: 'engineer',
    instructions: 'Write production-quality files.',
    intake,
    projectName: 'Forecast Q4',
    phase: 'development',
    artifact,
    priorArtifacts: [],
    maxInputTokens: 8000,
  });

const request = (messages: ChatMessage[], extra: Partial<CompletionRequest> = {}): CompletionRequest => ({
  model: 'template-1',
  messages,
  signal: new AbortController().signal,
  ...extra,
});

async function write(artifact: ArtifactSpec): Promise<string> {
  const completion = await new TemplateProvider().complete(request(messagesFor(artifact)));
  return completion.content;
}

/** Brackets balance outside Python strings and comments, and every block-opening line is followed by an indented one. */
function checkPython(source: string): void {
  const code = source
    .replace(/"""[\s\S]*?"""/g, '""')
    .replace(/"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g, '""')
    .replace(/#.*$/gm, '');
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const open: string[] = [];
  for (const char of code) {
    if ('([{'.includes(char)) open.push(char);
    if (char in pairs) expect(open.pop()).toBe(pairs[char]);
  }
  expect(open).toEqual([]);
  const lines = code.split('\n');
  lines.forEach((line, index) => {
    if (/^\s*(def|class|if|for|with)\b.*:\s*$/.test(line)) {
      const indent = /^\s*/.exec(line)?.[0].length ?? 0;
      const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== '') ?? '';
      expect(/^\s*/.exec(next)?.[0].length ?? 0).toBeGreaterThan(indent);
    }
  });
}

function scriptDiagnostics(source: string, fileName: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(source, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: { allowJs: true, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

/** RFC 4180 rows: quoted fields may hold commas and doubled quotes. */
const csvRows = (text: string): string[][] =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((match) => match[1]));

describe('template provider', () => {
  it('writes a Markdown PRD with the usual sections and the intake as requirements', async () => {
    const prd = await write({ name: 'PRD.md', type: 'markdown' });
    expect(prd.startsWith('# Product Requirements: Forecast Q4\n')).toBe(true);
    const headings = [...prd.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(
      expect.arrayContaining(['Overview', 'Goals', 'Requirements', 'Acceptance criteria', 'Risks']),
    );
    expect(prd).toContain(
      '| FR-2 | Forecast weekly demand per store and product from historical sales | Must |',
    );
  });

  it('derives the headings of other documents from the artifact name and the intake', async () => {
    const architecture = await write({ name: 'architecture.md', type: 'markdown' });
    expect(architecture).toMatch(/^# Architecture: Forecast Q4\n/);
    expect(architecture).toContain('## Components');
    const notes = await write({ name: 'deployment_notes.md', type: 'markdown' });
    expect(notes).toMatch(/^# Deployment notes: Forecast Q4\n/);
    expect(notes).toContain('## Demand\n');
  });

  it('writes JSON that parses, and test results as planned cases per requirement', async () => {
    const results: unknown = JSON.parse(await write({ name: 'test_results.json', type: 'json' }));
    expect(results).toMatchObject({ summary: { total: 6, planned: 6, failed: 0 } });
    const spec: unknown = JSON.parse(await write({ name: 'spec.json', type: 'json' }));
    expect(spec).toMatchObject({ project: 'Forecast Q4', requirements: expect.any(Array) });
  });

  it('writes YAML that parses to the same document as its JSON counterpart', async () => {
    const yaml: unknown = parseYaml(await write({ name: 'spec.yaml', type: 'yaml' }));
    const json: unknown = JSON.parse(await write({ name: 'spec.yaml', type: 'json' }));
    expect(yaml).toEqual(json);
    expect(yaml).toMatchObject({ name: 'spec.yaml', keywords: expect.arrayContaining(['demand']) });
  });

  it('writes Python modules with functions and docstrings, balanced, with no work-item markers', async () => {
    for (const name of ['app.py', 'data_pipeline.py']) {
      const python = await write({ name, type: 'python' });
      checkPython(python);
      expect(python).toMatch(/^"""/);
      expect(python).toMatch(/^def \w+\(.*\) -> .+:\n {4}"""/m);
      expect(python).not.toMatch(/TODO|FIXME/i);
    }
    expect(() => checkPython('def broken(:\n    return [1, 2\n')).toThrow();
  });

  it('writes TypeScript and JavaScript without syntax errors', async () => {
    const typescript = await write({ name: 'requirements.ts', type: 'typescript' });
    expect(scriptDiagnostics(typescript, 'requirements.ts')).toEqual([]);
    expect(typescript).toContain('export function findRequirements(keyword: string): Requirement[]');
    const javascript = await write({ name: 'requirements.js', type: 'javascript' });
    expect(scriptDiagnostics(javascript, 'requirements.js')).toEqual([]);
    expect(scriptDiagnostics('export const broken = {;', 'broken.ts')).not.toEqual([]);
  });

  it('writes CSV with one column count throughout and requirements.txt as package lines', async () => {
    const rows = csvRows(await write({ name: 'backlog.csv', type: 'csv' }));
    expect(rows[0]).toEqual(['id', 'requirement', 'priority', 'keywords']);
    expect(rows.every((row) => row.length === 4)).toBe(true);
    expect(rows).toHaveLength(7);

    const packages = (await write({ name: 'requirements.txt', type: 'text' }))
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(packages).toEqual(expect.arrayContaining(['fastapi>=0.110', 'pandas>=2.0', 'pytest>=8.0']));
    expect(packages.every((line) => /^[a-z][a-z0-9-]*(\[\w+\])?>=[\d.]+$/.test(line))).toBe(true);
  });

  it('answers byte-identically to the same request, with a stable id per distinct request', async () => {
    const provider = new TemplateProvider();
    const messages = messagesFor({ name: 'PRD.md', type: 'markdown' });
    const first = await provider.complete(request(messages));
    const second = await provider.complete(request(structuredClone(messages)));
    expect(second).toEqual(first);
    expect(first.responseId).toMatch(/^tmpl-[0-9a-f]{32}$/);
    const otherModel = await provider.complete(request(messages, { model: 'template-2' }));
    const otherArtifact = await provider.complete(
      request(messagesFor({ name: 'README.md', type: 'markdown' })),
    );
    expect(new Set([first.responseId, otherModel.responseId, otherArtifact.responseId]).size).toBe(3);
    expect(otherModel.content).toBe(first.content);
  });

  it('reports the estimated usage of its input and output', async () => {
    const messages = messagesFor({ name: 'README.md', type: 'markdown' });
    const completion = await new TemplateProvider().complete(request(messages));
    expect(completion).toMatchObject({
      usage: {
        input: estimateMessages(messages),
        output: estimateTokens(completion.content),
        cached_input: 0,
        reasoning: 0,
      },
      usageEstimated: true,
      provider: 'template',
      model: 'template-1',
      finishReason: 'stop',
    });
  });

  it('stops at maxOutputTokens with finish reason length', async () => {
    const messages = messagesFor({ name: 'PRD.md', type: 'markdown' });
    const completion = await new TemplateProvider().complete(request(messages, { maxOutputTokens: 40 }));
    expect(completion.finishReason).toBe('length');
    expect(completion.usage.output).toBeLessThanOrEqual(40);
    expect(completion.content.startsWith('# Product Requirements')).toBe(true);
  });

  it('answers a prompt that names no artifact with a text built from it', async () => {
    const completion = await new TemplateProvider().complete(
      request([{ role: 'user', content: 'Summarize the risks of a big-bang migration.' }]),
    );
    expect(completion.content).toContain('Summarize the risks of a big-bang migration.');
  });

  it('rejects with an AbortError when its signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      new TemplateProvider().complete({
        ...request(messagesFor({ name: 'PRD.md', type: 'markdown' })),
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
