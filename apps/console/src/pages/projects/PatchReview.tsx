import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { ErrorPanel, Loading, StatusBadge } from '../../ui/states';
import { money, when } from '../../ui/format';
import { PatchDiff } from './PatchDiff';
import { patchSetBody, patchSetQuery, refreshAfterPatch, type StoredPatchSet } from './projects-api';

type ApplyResult = Schemas['ApplyResultDto'];

const PENDING = new Set(['proposed', 'validated', 'conflicted']);

/** The check of a PatchSet: the one stored with it, or a fresh one when it has none. */
function useValidation(stored: StoredPatchSet | undefined) {
  return useQuery({
    queryKey: ['patchsets', stored?.id, 'validation'],
    enabled: stored !== undefined && stored.validation === null,
    queryFn: () => unwrap(api.POST('/api/agent/validate', { body: patchSetBody(stored as StoredPatchSet) })),
  });
}

/**
 * The review of one PatchSet: its diff with the findings of each operation, then apply or reject
 * while it is pending, and undo once applied. Whatever happens, the project's tree reads again.
 */
export function PatchReview({
  patchSetId,
  names,
  onApplied,
  onClose,
}: {
  patchSetId: string;
  names?: ReadonlyMap<string, string>;
  onApplied?: (result: ApplyResult) => void;
  onClose?: () => void;
}) {
  const client = useQueryClient();
  const query = useQuery(patchSetQuery(patchSetId));
  const stored = query.data;
  const fresh = useValidation(stored);
  const [reason, setReason] = useState('');

  const projectOf = (result?: { project_id?: string | null }) =>
    result?.project_id ?? stored?.project_id ?? null;
  const apply = useMutation({
    mutationFn: (patch: StoredPatchSet) =>
      unwrap(api.POST('/api/planner/apply', { body: patchSetBody(patch) })),
    onSuccess: async (result) => {
      await refreshAfterPatch(client, projectOf(result), patchSetId);
      onApplied?.(result);
    },
    onError: () => refreshAfterPatch(client, projectOf(), patchSetId),
  });
  const reject = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/planner/patchsets/{id}/reject', {
          params: { path: { id: patchSetId } },
          body: reason ? { reason } : {},
        }),
      ),
    onSettled: () => refreshAfterPatch(client, projectOf(), patchSetId),
  });
  const undo = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/planner/patchsets/{id}/undo', { params: { path: { id: patchSetId } } })),
    onSettled: () => refreshAfterPatch(client, projectOf(), patchSetId),
  });

  if (query.error) return <ErrorPanel error={query.error} title="Could not load the PatchSet" />;
  if (!stored) return <Loading what="the PatchSet" />;
  const validation = stored.validation ?? fresh.data;
  const busy = apply.isPending || reject.isPending || undo.isPending;
  const usage = stored.source.usage;
  return (
    <section className="panel patch-review" aria-label="PatchSet review">
      <header className="review-head">
        <h2>
          {stored.source.endpoint} · <StatusBadge status={stored.status} />
        </h2>
        {onClose ? (
          <button type="button" className="ghost" onClick={onClose}>
            Close
          </button>
        ) : null}
      </header>
      <p className="muted">
        {stored.ops.length} operation{stored.ops.length === 1 ? '' : 's'} · proposed {when(stored.created_at)}
        {stored.source.provider ? ` · ${stored.source.provider}` : ''}
        {stored.source.model ? ` ${stored.source.model}` : ''}
        {usage ? ` · ${money(usage.cost_usd)}` : ''}
        {stored.applied_at ? ` · applied ${when(stored.applied_at)}` : ''}
      </p>
      {stored.rationale ? <p className="rationale">{stored.rationale}</p> : null}
      {fresh.error ? <ErrorPanel error={fresh.error} title="Could not check the PatchSet" /> : null}
      {validation ? (
        <PatchDiff validation={validation} warnings={stored.warnings} names={names} />
      ) : fresh.error ? null : (
        <Loading what="the check of the PatchSet" />
      )}
      {apply.error ? <ErrorPanel error={apply.error} title="Not applied" /> : null}
      {reject.error ? <ErrorPanel error={reject.error} title="Not rejected" /> : null}
      {undo.error ? <ErrorPanel error={undo.error} title="Not undone" /> : null}
      {apply.data && apply.data.warnings.length > 0 ? (
        <ul className="findings">
          {apply.data.warnings.map((warning) => (
            <li key={`${warning.index}:${warning.code}`} className="warning">
              <strong>warning</strong> <code>{warning.code}</code> {warning.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="actions">
        {PENDING.has(stored.status) ? (
          <>
            <button type="button" disabled={busy} onClick={() => apply.mutate(stored)}>
              {apply.isPending ? 'Applying…' : 'Apply'}
            </button>
            <label className="inline">
              <span className="sr-only">Why reject</span>
              <input
                value={reason}
                placeholder="Why reject (optional)"
                onChange={(event) => setReason(event.target.value)}
              />
            </label>
            <button type="button" className="danger" disabled={busy} onClick={() => reject.mutate()}>
              Reject
            </button>
          </>
        ) : null}
        {stored.status === 'applied' ? (
          <button type="button" className="secondary" disabled={busy} onClick={() => undo.mutate()}>
            {undo.isPending ? 'Undoing…' : 'Undo'}
          </button>
        ) : null}
      </div>
    </section>
  );
}
