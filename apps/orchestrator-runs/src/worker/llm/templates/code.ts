import { identifier, keywordsIn, type IntakeDigest } from './intake-digest';

/** A JSON string literal is also a valid Python and JavaScript string literal. */
const literal = (text: string) => JSON.stringify(text);
/** Docstrings and JSDoc hold plain prose: no quotes or comment terminators to escape. */
const prose = (text: string) => text.replace(/\\/g, '/').replace(/"/g, "'").replace(/\*\//g, '* /');

interface Requirement {
  id: string;
  text: string;
  keywords: string[];
}

const requirementsOf = (digest: IntakeDigest): Requirement[] =>
  digest.statements.map((text, index) => ({
    id: `FR-${index + 1}`,
    text,
    keywords: keywordsIn(text, digest),
  }));

const pythonTuple = (items: string[]) =>
  items.length === 0 ? '()' : `(${items.map(literal).join(', ')}${items.length === 1 ? ',' : ''})`;

function pythonRequirements(digest: IntakeDigest): string {
  const rows = requirementsOf(digest).map(
    (requirement) =>
      `    Requirement(${literal(requirement.id)}, ${literal(requirement.text)}, ${pythonTuple(requirement.keywords)}),`,
  );
  return `"""${prose(digest.title)}: ${prose(digest.subject)}.

Written for the ${prose(digest.phase)} phase. Each requirement of the intake is recorded below so
that tooling and tests can refer to it by identifier.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Requirement:
    """One requirement taken from the intake."""

    identifier: str
    text: str
    keywords: tuple[str, ...]


REQUIREMENTS: tuple[Requirement, ...] = (
${rows.join('\n')}
)


def find_requirements(keyword: str) -> list[Requirement]:
    """Return the requirements whose text mentions the keyword, ignoring case."""
    needle = keyword.lower()
    return [item for item in REQUIREMENTS if needle in item.text.lower()]


def summarize(requirements: tuple[Requirement, ...] = REQUIREMENTS) -> str:
    """Return one line per requirement: its identifier and its text."""
    return "\\n".join(f"{item.identifier}: {item.text}" for item in requirements)


def main() -> None:
    """Print the summary of all requirements."""
    print(summarize())


if __name__ == "__main__":
    main()
`;
}

function pythonPipeline(digest: IntakeDigest): string {
  const fields = ['id', ...digest.keywords.slice(0, 4).map((keyword) => identifier(keyword, 'snake'))];
  return `"""${prose(digest.title)}: a data pipeline.

${prose(digest.subject)}.

The pipeline reads CSV text with a header row, keeps the known fields of every row
that has an id, and writes the result back as CSV.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

FIELDS: tuple[str, ...] = ${pythonTuple(fields)}


@dataclass(frozen=True)
class Record:
    """One row of the pipeline, keyed by field name."""

    values: dict[str, str]


def extract(text: str) -> Iterator[Record]:
    """Parse CSV text with a header row into records."""
    for row in csv.DictReader(io.StringIO(text)):
        yield Record(values={key: (value or "").strip() for key, value in row.items() if key})


def transform(records: Iterable[Record]) -> list[Record]:
    """Drop the rows without an id and keep only the known fields."""
    return [
        Record(values={field: record.values.get(field, "") for field in FIELDS})
        for record in records
        if record.values.get("id")
    ]


def load(records: Iterable[Record]) -> str:
    """Serialize records to CSV text with the known fields as header."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(FIELDS), lineterminator="\\n")
    writer.writeheader()
    for record in records:
        writer.writerow(record.values)
    return buffer.getvalue()


def run(text: str) -> str:
    """Run extract, transform and load over CSV text."""
    return load(transform(extract(text)))


if __name__ == "__main__":
    sys.stdout.write(run(sys.stdin.read()))
`;
}

export function renderPython(digest: IntakeDigest): string {
  return /pipeline|etl|ingest/.test(digest.stem) ? pythonPipeline(digest) : pythonRequirements(digest);
}

function header(digest: IntakeDigest): string {
  return `/**
 * ${prose(digest.title)}: ${prose(digest.subject)}.
 *
 * Written for the ${prose(digest.phase)} phase. Each requirement of the intake is recorded below so
 * that tooling and tests can refer to it by identifier.
 */`;
}

const scriptRows = (digest: IntakeDigest) =>
  requirementsOf(digest)
    .map(
      (requirement) =>
        `  { id: ${literal(requirement.id)}, text: ${literal(requirement.text)}, keywords: [${requirement.keywords.map(literal).join(', ')}] },`,
    )
    .join('\n');

export function renderTypeScript(digest: IntakeDigest): string {
  return `${header(digest)}

export interface Requirement {
  readonly id: string;
  readonly text: string;
  readonly keywords: readonly string[];
}

export const REQUIREMENTS: readonly Requirement[] = [
${scriptRows(digest)}
];

/** The requirements whose text mentions \`keyword\`, ignoring case. */
export function findRequirements(keyword: string): Requirement[] {
  const needle = keyword.toLowerCase();
  return REQUIREMENTS.filter((requirement) => requirement.text.toLowerCase().includes(needle));
}

/** One line per requirement: its identifier and its text. */
export function summarize(requirements: readonly Requirement[] = REQUIREMENTS): string {
  return requirements.map((requirement) => \`\${requirement.id}: \${requirement.text}\`).join("\\n");
}
`;
}

export function renderJavaScript(digest: IntakeDigest): string {
  return `${header(digest)}

/** @typedef {{ id: string, text: string, keywords: string[] }} Requirement */

/** @type {readonly Requirement[]} */
export const REQUIREMENTS = Object.freeze([
${scriptRows(digest)}
]);

/**
 * The requirements whose text mentions \`keyword\`, ignoring case.
 * @param {string} keyword
 * @returns {Requirement[]}
 */
export function findRequirements(keyword) {
  const needle = keyword.toLowerCase();
  return REQUIREMENTS.filter((requirement) => requirement.text.toLowerCase().includes(needle));
}

/**
 * One line per requirement: its identifier and its text.
 * @param {readonly Requirement[]} [requirements]
 * @returns {string}
 */
export function summarize(requirements = REQUIREMENTS) {
  return requirements.map((requirement) => \`\${requirement.id}: \${requirement.text}\`).join("\\n");
}
`;
}
