import { humanize, keywordsIn, type IntakeDigest } from './intake-digest';

interface Section {
  heading: string;
  lines: string[];
}

const cell = (text: string) => text.replace(/\|/g, '\\|');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const requirementId = (index: number) => `FR-${index + 1}`;
const priority = (index: number) => (index < 3 ? 'Must' : 'Should');
const keywordList = (digest: IntakeDigest) =>
  digest.keywords.length > 0 ? digest.keywords.join(', ') : 'the scope stated in the intake';

function requirementsTable(digest: IntakeDigest): string[] {
  return [
    '| ID | Requirement | Priority |',
    '| --- | --- | --- |',
    ...digest.statements.map(
      (statement, index) => `| ${requirementId(index)} | ${cell(statement)} | ${priority(index)} |`,
    ),
  ];
}

function productRequirements(digest: IntakeDigest): Section[] {
  return [
    {
      heading: 'Overview',
      lines: [
        `${digest.subject}. This document states what ${digest.title} must do and is the reference ` +
          'for every later phase.',
      ],
    },
    { heading: 'Goals', lines: digest.statements.slice(0, 4).map((statement) => `- ${statement}.`) },
    {
      heading: 'Scope',
      lines: [
        `- In scope: ${keywordList(digest)}.`,
        '- Out of scope: anything the intake does not ask for; changes arrive as a new intake.',
      ],
    },
    { heading: 'Requirements', lines: requirementsTable(digest) },
    {
      heading: 'Acceptance criteria',
      lines: digest.statements.map(
        (statement, index) =>
          `- **${requirementId(index)}**: a reviewer sees "${statement}" hold on the running system.`,
      ),
    },
    {
      heading: 'Risks',
      lines: [
        ...digest.keywords
          .slice(0, 3)
          .map((keyword) => `- ${humanize(keyword)} may depend on data or access not yet available.`),
        '- Requirements may change after the first review; the table above is the baseline.',
      ],
    },
    {
      heading: 'Open questions',
      lines: digest.keywords.slice(0, 3).map((keyword) => `- Which measure of ${keyword} defines success?`),
    },
  ];
}

function architecture(digest: IntakeDigest): Section[] {
  const modules = digest.keywords.slice(0, 4);
  return [
    {
      heading: 'Overview',
      lines: [`${digest.subject}. This document describes how ${digest.title} is put together.`],
    },
    {
      heading: 'Components',
      lines: [
        '| Component | Responsibility |',
        '| --- | --- |',
        '| API | Accepts requests, validates them and returns results. |',
        ...modules.map(
          (keyword) => `| ${humanize(keyword)} module | Owns the ${keyword} rules and their data. |`,
        ),
        '| Store | Keeps state durably; the only component that touches the database. |',
      ],
    },
    {
      heading: 'Data flow',
      lines: [
        '1. A client calls the API with a validated request.',
        ...modules.map((keyword, index) => `${index + 2}. The ${keyword} module processes its part.`),
        `${modules.length + 2}. The store persists the result and the API answers.`,
      ],
    },
    {
      heading: 'Requirements coverage',
      lines: digest.statements.map((statement, index) => {
        const owners = keywordsIn(statement, digest).filter((keyword) => modules.includes(keyword));
        const owner = owners.length > 0 ? owners.map((keyword) => `${keyword} module`).join(', ') : 'API';
        return `- ${requirementId(index)} (${statement}): ${owner}.`;
      }),
    },
    {
      heading: 'Deployment',
      lines: [
        '- Each component runs as its own process, configured through environment variables.',
        '- Health and readiness endpoints let the platform restart a failing process.',
      ],
    },
    {
      heading: 'Decisions',
      lines: [
        '- Modules communicate through typed interfaces, never through shared tables.',
        '- Every outside dependency sits behind an adapter so it can be replaced in tests.',
      ],
    },
  ];
}

function readme(digest: IntakeDigest): Section[] {
  return [
    { heading: 'Overview', lines: [`${digest.subject}.`] },
    { heading: 'Features', lines: digest.statements.map((statement) => `- ${statement}.`) },
    {
      heading: 'Getting started',
      lines: [
        '1. Clone the repository.',
        '2. Install the dependencies the project declares.',
        '3. Run the test suite before changing anything.',
      ],
    },
    {
      heading: 'Usage',
      lines: [`Start ${digest.title} and follow the features above in order; each maps to a requirement.`],
    },
    {
      heading: 'Project layout',
      lines: [
        '- `docs/`: requirements and architecture.',
        '- `src/`: the application code.',
        '- `tests/`: automated checks, one or more per requirement.',
      ],
    },
  ];
}

function testPlan(digest: IntakeDigest): Section[] {
  return [
    {
      heading: 'Scope',
      lines: [`Verifies that ${digest.title} meets each requirement stated in the intake.`],
    },
    {
      heading: 'Strategy',
      lines: [
        '- Unit tests for pure logic.',
        '- Integration tests against real dependencies started locally.',
        '- One end-to-end scenario per user-facing requirement.',
      ],
    },
    {
      heading: 'Test cases',
      lines: [
        '| Case | Covers | Expectation |',
        '| --- | --- | --- |',
        ...digest.statements.map(
          (statement, index) => `| TC-${index + 1} | ${requirementId(index)} | ${cell(statement)} |`,
        ),
      ],
    },
    {
      heading: 'Exit criteria',
      lines: ['- Every test case passes.', '- No open defect of high severity remains.'],
    },
  ];
}

function plan(digest: IntakeDigest): Section[] {
  return [
    { heading: 'Objectives', lines: digest.statements.slice(0, 4).map((statement) => `- ${statement}.`) },
    {
      heading: 'Milestones',
      lines: digest.statements.map(
        (statement, index) => `${index + 1}. M${index + 1}: ${lowerFirst(statement)}.`,
      ),
    },
    {
      heading: 'Risks',
      lines: ['- Estimates are made before design; they are revised after the architecture phase.'],
    },
  ];
}

function general(digest: IntakeDigest): Section[] {
  return [
    { heading: 'Overview', lines: [`${digest.subject}.`] },
    { heading: 'Context', lines: digest.statements.map((statement) => `- ${statement}.`) },
    ...digest.keywords.slice(0, 4).map((keyword) => ({
      heading: humanize(keyword),
      lines: [
        ...digest.statements
          .filter((statement) => keywordsIn(statement, digest).includes(keyword))
          .map((statement) => `- ${statement}.`),
      ],
    })),
    {
      heading: 'Next steps',
      lines: [
        `- Review this ${digest.phase} document with the team.`,
        '- Record decisions as they are made.',
      ],
    },
  ];
}

const KINDS: [RegExp, string, (digest: IntakeDigest) => Section[]][] = [
  [/prd|product|requirement|spec/, 'Product Requirements', productRequirements],
  [/architect|design|system/, 'Architecture', architecture],
  [/readme/, '', readme],
  [/test|qa|quality/, 'Test Plan', testPlan],
  [/plan|roadmap|milestone/, 'Delivery Plan', plan],
];

export function renderMarkdown(digest: IntakeDigest): string {
  const [, label, sections] = KINDS.find(([pattern]) => pattern.test(digest.stem)) ?? [
    /./,
    humanize(digest.stem),
    general,
  ];
  const title = label ? `${label}: ${digest.title}` : digest.title;
  const body = sections(digest)
    .filter((section) => section.lines.length > 0)
    .map((section) => `## ${section.heading}\n\n${section.lines.join('\n')}`);
  const meta = `> ${digest.request.name}, ${digest.phase} phase.`;
  return [`# ${title}`, meta, ...body].join('\n\n') + '\n';
}
