import { parseArtifactRequest } from './artifact-request';
import { buildMessages, extractArtifactContent, type PriorArtifact, type PromptInput } from './prompts';
import { estimateMessages, estimateTokens } from './token-estimate';

const paragraph = (topic: string, sentences: number) =>
  Array.from(
    { length: sentences },
    (_, index) => `${topic} decision ${index + 1} keeps the forecasting service simple and observable.`,
  ).join('\n');

const PRD: PriorArtifact = { phase: 'planning', name: 'PRD.md', content: paragraph('Product', 60) };
const REQUIREMENTS: PriorArtifact = { phase: 'planning', name: 'requirements.txt', content: 'pandas>=2.0' };
const ARCHITECTURE: PriorArtifact = {
  phase: 'architecture',
  name: 'architecture.md',
  content: paragraph('Architecture', 60),
};

const input = (overrides: Partial<PromptInput> = {}): PromptInput => ({
  role: 'architect',
  instructions: 'Design for operability.',
  intake: 'Build a demand forecasting app for the retail team.',
  projectName: 'Forecast Q4',
  phase: 'architecture',
  artifact: { name: 'system_design.md', type: 'markdown', description: 'Components and\ntheir contracts' },
  priorArtifacts: [PRD, REQUIREMENTS, ARCHITECTURE],
  maxInputTokens: 100_000,
  ...overrides,
});

const userOf = (messages: { role: string; content: string }[]) =>
  messages.find((message) => message.role === 'user')?.content ?? '';

describe('prompt builder', () => {
  it('puts the role and its instructions in the system prompt, and ends with the artifact request', () => {
    const messages = buildMessages(input());
    expect(messages.map((message) => message.role)).toEqual(['system', 'user']);
    expect(messages[0].content).toContain('You are the architect agent');
    expect(messages[0].content).toContain('Design for operability.');
    expect(messages[0].content).toContain("Answer with the file's content only");
    expect(messages[1].content).toMatch(
      /\n\nArtifact: system_design\.md\nType: markdown\nDescription: Components and their contracts\n\nAnswer with the content of system_design\.md only\.$/,
    );
  });

  it('writes what the offline generators read back', () => {
    expect(parseArtifactRequest(buildMessages(input()))).toEqual({
      name: 'system_design.md',
      type: 'markdown',
      description: 'Components and their contracts',
      intake: 'Build a demand forecasting app for the retail team.',
      projectName: 'Forecast Q4',
      phase: 'architecture',
    });
  });

  it('includes every prior artifact that fits, those of the current phase last', () => {
    const user = userOf(buildMessages(input()));
    const order = ['name="PRD.md"', 'name="requirements.txt"', 'name="architecture.md"'].map((tag) =>
      user.indexOf(tag),
    );
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(user).toContain(PRD.content);
    expect(user).not.toContain('truncated');
  });

  it('stays within every budget, shortening the least relevant artifacts first and saying so', () => {
    const whole = estimateMessages(buildMessages(input()));
    for (let budget = whole; budget > 250; budget -= 37) {
      const messages = buildMessages(input({ maxInputTokens: budget }));
      expect(estimateMessages(messages)).toBeLessThanOrEqual(budget);
      expect(userOf(messages)).toContain(
        '<intake>\nBuild a demand forecasting app for the retail team.\n</intake>',
      );
    }

    const tight = userOf(buildMessages(input({ maxInputTokens: whole - 200 })));
    expect(tight).toContain(ARCHITECTURE.content);
    expect(tight).toContain(REQUIREMENTS.content);
    expect(tight).toMatch(
      /name="PRD\.md">\nProduct decision 1 [^]*\[… truncated: kept \d+ of \d+ estimated tokens\]/,
    );
    expect(tight).toMatch(
      /Note: to fit the input budget, planning\/PRD\.md was truncated \(kept \d+ of \d+ estimated tokens\)\./,
    );

    const tighter = userOf(buildMessages(input({ maxInputTokens: 600 })));
    expect(tighter).not.toContain('name="PRD.md"');
    expect(tighter).toContain('planning/PRD.md was omitted');
    expect(tighter).toContain('architecture/architecture.md was truncated');
    expect(tighter).toContain('name="requirements.txt">\npandas>=2.0\n</artifact>');
  });

  it('shortens the intake itself when nothing else fits, and refuses a budget too small for the request', () => {
    const intake = paragraph('Intake', 80);
    const budget = 400;
    const messages = buildMessages(input({ intake, priorArtifacts: [], maxInputTokens: budget }));
    expect(estimateMessages(messages)).toBeLessThanOrEqual(budget);
    expect(userOf(messages)).toContain('the intake was truncated (kept');
    expect(parseArtifactRequest(messages)?.intake.startsWith('Intake decision 1 ')).toBe(true);
    expect(estimateTokens(intake)).toBeGreaterThan(budget);

    expect(() => buildMessages(input({ maxInputTokens: 60 }))).toThrow(/maxInputTokens 60 cannot hold/);
  });
});

describe('artifact content extraction', () => {
  it('strips one fence wrapped around the whole answer', () => {
    expect(extractArtifactContent('```json\n{"a": 1}\n```', 'json')).toBe('{"a": 1}\n');
    expect(extractArtifactContent('\n```\nplain\nlines\n```\n', 'text')).toBe('plain\nlines\n');
    expect(extractArtifactContent('~~~python\nx = 1\n~~~', 'python')).toBe('x = 1\n');
    expect(extractArtifactContent('````markdown\n# Doc\n```sh\nls\n```\n````', 'markdown')).toBe(
      '# Doc\n```sh\nls\n```\n',
    );
  });

  it('keeps a labelled Markdown wrapper even around inner code blocks', () => {
    expect(extractArtifactContent('```markdown\n# Doc\n```sh\nls\n```\nEnd\n```', 'markdown')).toBe(
      '# Doc\n```sh\nls\n```\nEnd\n',
    );
  });

  it('leaves answers alone that are not one wrapped file', () => {
    const document = '```sh\nnpm ci\n```\n\nThen run it:\n\n```sh\nnpm start\n```';
    expect(extractArtifactContent(document, 'markdown')).toBe(document);
    expect(extractArtifactContent('{"a": 1}', 'json')).toBe('{"a": 1}');
    expect(extractArtifactContent('```json\n{"a": 1}', 'json')).toBe('```json\n{"a": 1}');
  });
});
