import type { DiffEntry, OpResult, PatchValidation } from './projects-api';

const GROUPS = [
  { key: 'created', label: 'Created', sign: '+' },
  { key: 'updated', label: 'Updated', sign: '~' },
  { key: 'moved', label: 'Moved', sign: '→' },
  { key: 'deleted', label: 'Deleted', sign: '−' },
] as const;

type GroupKey = (typeof GROUPS)[number]['key'];

const show = (value: unknown): string =>
  value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);

/** What checking found about each operation, by its index: errors, warnings and conflicts. */
export interface Finding {
  index: number;
  tone: 'error' | 'warning' | 'conflict';
  code: string;
  message: string;
  path?: string;
}

export function findingsOf(validation: PatchValidation, warnings: readonly OpResult[] = []): Finding[] {
  const seen = new Set<string>();
  const found: Finding[] = [];
  const add = (finding: Finding) => {
    const key = `${finding.index}:${finding.tone}:${finding.code}:${finding.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push(finding);
  };
  for (const result of [...validation.results, ...warnings])
    if (result.status !== 'ok')
      add({
        index: result.index,
        tone: result.status,
        code: result.code,
        message: result.message,
        path: result.path,
      });
  for (const conflict of validation.conflicts)
    add({
      index: conflict.index,
      tone: 'conflict',
      code: `${conflict.record} version ${show(conflict.expected_version)} → ${show(conflict.actual_version)}`,
      message: conflict.message,
    });
  return found;
}

function FindingList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings">
      {findings.map((finding) => (
        <li
          key={`${finding.index}:${finding.tone}:${finding.code}:${finding.message}`}
          className={finding.tone}
        >
          <strong>{finding.tone}</strong> <code>{finding.code}</code> {finding.message}
          {finding.path ? <span className="muted"> ({finding.path})</span> : null}
        </li>
      ))}
    </ul>
  );
}

function Entry({
  entry,
  group,
  findings,
  nameOf,
}: {
  entry: DiffEntry;
  group: GroupKey;
  findings: readonly Finding[];
  nameOf: (idOrRef: string | null | undefined) => string;
}) {
  const changes = Object.entries(entry.changes ?? {});
  return (
    <li className={`diff-entry ${group}`}>
      <div>
        <span className="record">{entry.record}</span> <strong>{entry.title}</strong>
        {group === 'moved' ? (
          <span className="muted">
            {' '}
            from {nameOf(entry.from_parent)} to {nameOf(entry.to_parent)}
          </span>
        ) : null}
        {group === 'created' && entry.to_parent ? (
          <span className="muted"> under {nameOf(entry.to_parent)}</span>
        ) : null}
      </div>
      {changes.length > 0 ? (
        <table className="changes">
          <tbody>
            {changes.map(([field, change]) => (
              <tr key={field}>
                <th scope="row">{field}</th>
                <td className="from">{show(change.from)}</td>
                <td className="to">{show(change.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <FindingList findings={findings} />
    </li>
  );
}

/**
 * A PatchSet as a reviewer reads it: what it creates, updates, moves and deletes, each operation
 * with what checking found about it, and the findings of operations the diff does not show.
 */
export function PatchDiff({
  validation,
  warnings = [],
  names = new Map<string, string>(),
}: {
  validation: PatchValidation;
  warnings?: readonly OpResult[];
  names?: ReadonlyMap<string, string>;
}) {
  const findings = findingsOf(validation, warnings);
  const refs = new Map<string, string>(names);
  for (const entry of validation.diff.created) if (entry.ref) refs.set(entry.ref, entry.title);
  const nameOf = (idOrRef: string | null | undefined) =>
    idOrRef ? (refs.get(idOrRef) ?? idOrRef) : 'the top level';
  const shown = new Set<number>();
  for (const group of GROUPS) for (const entry of validation.diff[group.key]) shown.add(entry.index);
  const rest = findings.filter((finding) => !shown.has(finding.index));
  const total = GROUPS.reduce((sum, group) => sum + validation.diff[group.key].length, 0);
  return (
    <div className="patch-diff">
      <p className="diff-summary">
        {GROUPS.map((group) => (
          <span key={group.key} className={`count ${group.key}`}>
            {validation.diff[group.key].length} {group.label.toLowerCase()}
          </span>
        ))}
        {validation.valid ? (
          <span className="badge ok">valid</span>
        ) : (
          <span className="badge bad">{validation.conflicts.length > 0 ? 'conflicts' : 'invalid'}</span>
        )}
      </p>
      {total === 0 ? <p className="muted">This PatchSet changes nothing.</p> : null}
      {GROUPS.map((group) =>
        validation.diff[group.key].length === 0 ? null : (
          <section key={group.key} aria-label={group.label}>
            <h3>
              {group.sign} {group.label} ({validation.diff[group.key].length})
            </h3>
            <ul className="diff-list">
              {validation.diff[group.key].map((entry) => (
                <Entry
                  key={`${entry.index}:${entry.id ?? entry.ref ?? entry.title}`}
                  entry={entry}
                  group={group.key}
                  findings={findings.filter((finding) => finding.index === entry.index)}
                  nameOf={nameOf}
                />
              ))}
            </ul>
          </section>
        ),
      )}
      {rest.length > 0 ? (
        <section aria-label="Other findings">
          <h3>Other findings</h3>
          <FindingList findings={rest} />
        </section>
      ) : null}
    </div>
  );
}
