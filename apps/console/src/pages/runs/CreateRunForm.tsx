import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { ErrorPanel } from '../../ui/states';
import { createRun, runKeys, type CreateRun } from './runs-api';

/**
 * The profiles shipped in apps/orchestrator-runs/profiles, offered as suggestions: the gateway has
 * no list of profiles, so any other name is typed in and checked by the API (422 when unknown).
 */
const KNOWN_PROFILES = ['web_service', 'analytics_forecast_app'];
const BUDGET = /^\d{1,9}(\.\d{1,6})?$/;

/** A new run: profile, intake, mode and budget; once created, its page opens. */
export function CreateRunForm({ profiles, onCancel }: { profiles: readonly string[]; onCancel(): void }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const [profile, setProfile] = useState('');
  const [intake, setIntake] = useState('');
  const [projectName, setProjectName] = useState('');
  const [mode, setMode] = useState<'manual' | 'auto'>('auto');
  const [budget, setBudget] = useState('');
  const create = useMutation({
    mutationFn: (body: CreateRun) => createRun(body),
    onSuccess: async (run) => {
      await client.invalidateQueries({ queryKey: runKeys.all });
      await navigate({ to: '/delivery/$runId', params: { runId: run.run_id } });
    },
  });
  const budgetInvalid = budget !== '' && !BUDGET.test(budget);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (budgetInvalid) return;
    create.mutate({
      profile: profile.trim(),
      mode,
      ...(intake.trim() ? { intake: intake.trim() } : {}),
      ...(projectName.trim() ? { project_name: projectName.trim() } : {}),
      ...(budget ? { budget_usd: budget } : {}),
    });
  };
  const suggestions = [...new Set([...KNOWN_PROFILES, ...profiles])].sort();
  return (
    <form className="panel run-form" onSubmit={submit} aria-label="New run">
      <h2>New run</h2>
      <div className="row">
        <div>
          <label htmlFor="run-profile">Profile</label>
          <input
            id="run-profile"
            list="run-profiles"
            required
            value={profile}
            onChange={(event) => setProfile(event.target.value)}
            placeholder="web_service"
          />
          <datalist id="run-profiles">
            {suggestions.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
        <div>
          <label htmlFor="run-mode">Mode</label>
          <select
            id="run-mode"
            value={mode}
            onChange={(event) => setMode(event.target.value as 'manual' | 'auto')}
          >
            <option value="auto">auto — phases run until an approval gate</option>
            <option value="manual">manual — one phase per advance</option>
          </select>
        </div>
        <div>
          <label htmlFor="run-budget">Budget (USD)</label>
          <input
            id="run-budget"
            inputMode="decimal"
            value={budget}
            onChange={(event) => setBudget(event.target.value)}
            placeholder="5.00"
            aria-invalid={budgetInvalid}
            aria-describedby="run-budget-hint"
          />
          <small id="run-budget-hint" className={budgetInvalid ? 'bad-text' : 'muted'}>
            {budgetInvalid ? 'An amount such as 5 or 0.25' : 'Optional; an exact decimal'}
          </small>
        </div>
        <div>
          <label htmlFor="run-project-name">Project name</label>
          <input
            id="run-project-name"
            value={projectName}
            onChange={(event) => setProjectName(event.target.value)}
          />
        </div>
      </div>
      <label htmlFor="run-intake">Intake</label>
      <textarea
        id="run-intake"
        value={intake}
        onChange={(event) => setIntake(event.target.value)}
        placeholder="What should be built, for whom, and what matters"
      />
      {create.error ? <ErrorPanel error={create.error} title="Could not create the run" /> : null}
      <div className="actions">
        <button type="submit" disabled={create.isPending || !profile.trim() || budgetInvalid}>
          {create.isPending ? 'Creating…' : 'Create run'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
