import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorPanel } from '../../ui/states';
import { rememberProposal } from './projects-api';

/**
 * What to change in the project, in words ("add search; split Login; X before Y"): the planner's
 * refine turns it into a proposed PatchSet, opened for review.
 */
export function PlanPanel({
  projectId,
  onProposed,
}: {
  projectId: string;
  onProposed: (patchSetId: string) => void;
}) {
  const client = useQueryClient();
  const [feedback, setFeedback] = useState('');
  const plan = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/planner/refine', { body: { project_id: projectId, feedback: feedback.trim() } })),
    onSuccess: async (answer) => {
      rememberProposal(client, answer.patch_set, answer.validation);
      await client.invalidateQueries({ queryKey: ['projects', projectId, 'patchsets'] });
      onProposed(answer.patch_set.id);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (feedback.trim() !== '') plan.mutate();
  };
  return (
    <form className="panel plan-form" onSubmit={submit}>
      <label htmlFor="plan-idea">Idea or change</label>
      <textarea
        id="plan-idea"
        value={feedback}
        placeholder="add search; add user login under Accounts; make Payments high priority"
        onChange={(event) => setFeedback(event.target.value)}
      />
      <p className="muted">
        One change per line or separated by “;”. Nothing changes until you apply the proposal.
      </p>
      <div className="actions">
        <button type="submit" disabled={plan.isPending || feedback.trim() === ''}>
          {plan.isPending ? 'Planning…' : 'Propose a plan'}
        </button>
      </div>
      {plan.error ? <ErrorPanel error={plan.error} title="No plan proposed" /> : null}
    </form>
  );
}
