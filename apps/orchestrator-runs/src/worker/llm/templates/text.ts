import type { IntakeDigest } from './intake-digest';

/** Python packages an intake's words call for, with lower bounds that exist on PyPI. */
const PACKAGE_HINTS: [RegExp, string[]][] = [
  [/forecast|time.?series|predict/, ['numpy>=1.26', 'pandas>=2.0', 'statsmodels>=0.14', 'scikit-learn>=1.4']],
  [/machine learning|\bml\b|classif|regression|model/, ['numpy>=1.26', 'pandas>=2.0', 'scikit-learn>=1.4']],
  [/\bdata\b|dataset|csv|pipeline|etl|analytic/, ['numpy>=1.26', 'pandas>=2.0']],
  [/\bapi\b|rest|endpoint|service|backend/, ['fastapi>=0.110', 'pydantic>=2.6', 'uvicorn>=0.29']],
  [/dashboard|chart|visuali|plot|report/, ['matplotlib>=3.8']],
  [/postgres|database|\bsql\b|\bdb\b/, ['psycopg[binary]>=3.1', 'sqlalchemy>=2.0']],
  [/http|scrap|crawl|fetch/, ['httpx>=0.27']],
];

function requirementsTxt(digest: IntakeDigest): string {
  const intake = `${digest.request.intake}\n${digest.request.description ?? ''}`.toLowerCase();
  const packages = new Set(['pytest>=8.0']);
  for (const [pattern, names] of PACKAGE_HINTS) {
    if (pattern.test(intake)) names.forEach((name) => packages.add(name));
  }
  return [
    `# Python dependencies of ${digest.title}, inferred from the intake.`,
    ...[...packages].sort(),
    '',
  ].join('\n');
}

function plainText(digest: IntakeDigest): string {
  const title = `${digest.title}: ${digest.request.name}`;
  return [
    title,
    '='.repeat(title.length),
    '',
    `${digest.subject}.`,
    '',
    ...digest.statements.map((statement, index) => `${index + 1}. ${statement}.`),
    '',
  ].join('\n');
}

export const renderText = (digest: IntakeDigest): string =>
  /^requirements/.test(digest.stem) ? requirementsTxt(digest) : plainText(digest);
