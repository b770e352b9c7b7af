import { stringify } from 'yaml';
import { identifier, keywordsIn, type IntakeDigest } from './intake-digest';

const requirements = (digest: IntakeDigest) =>
  digest.statements.map((text, index) => ({
    id: `FR-${index + 1}`,
    text,
    priority: index < 3 ? 'must' : 'should',
    keywords: keywordsIn(text, digest),
  }));

/** A plan of test cases, one per requirement; nothing has run, so every case is `planned`. */
const testResults = (digest: IntakeDigest) => ({
  suite: `${digest.title} acceptance`,
  phase: digest.phase,
  summary: { total: digest.statements.length, planned: digest.statements.length, passed: 0, failed: 0 },
  cases: digest.statements.map((text, index) => ({
    id: `TC-${index + 1}`,
    covers: `FR-${index + 1}`,
    title: text,
    status: 'planned',
  })),
});

const packageManifest = (digest: IntakeDigest) => ({
  name: identifier(digest.title, 'snake').replace(/_/g, '-'),
  version: '0.1.0',
  private: true,
  description: digest.subject,
  keywords: digest.keywords,
});

const document = (digest: IntakeDigest) => ({
  name: digest.request.name,
  project: digest.title,
  phase: digest.phase,
  summary: digest.subject,
  keywords: digest.keywords,
  requirements: requirements(digest),
});

function dataOf(digest: IntakeDigest): object {
  if (digest.stem === 'package') return packageManifest(digest);
  if (/result|report|test|qa/.test(digest.stem)) return testResults(digest);
  return document(digest);
}

export const renderJson = (digest: IntakeDigest): string => `${JSON.stringify(dataOf(digest), null, 2)}\n`;

export const renderYaml = (digest: IntakeDigest): string => stringify(dataOf(digest), { lineWidth: 0 });

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function renderCsv(digest: IntakeDigest): string {
  const rows = [
    ['id', 'requirement', 'priority', 'keywords'],
    ...requirements(digest).map((row) => [row.id, row.text, row.priority, row.keywords.join(' ')]),
  ];
  return rows.map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}
