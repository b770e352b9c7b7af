import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError, ifMatch, unwrap, type Schemas } from '../../api/client';
import { ErrorPanel } from '../../ui/states';
import { TASK_STATUSES, type Task, type TaskNode, type TaskStatus } from './projects-api';

type Update = Schemas['UpdateTaskDto'];

/** The fields edited inline, as the form holds them. */
export interface TaskFields {
  title: string;
  status: TaskStatus;
  assignee: string;
}

const fieldsOf = (task: { title: string; status: string; assignee: string | null }): TaskFields => ({
  title: task.title,
  status: task.status as TaskStatus,
  assignee: task.assignee ?? '',
});

/** Only what the person changed from the version they read. */
export function changesOf(base: TaskFields, mine: TaskFields): Update {
  const update: Update = {};
  if (mine.title !== base.title) update.title = mine.title;
  if (mine.status !== base.status) update.status = mine.status;
  if (mine.assignee !== base.assignee) update.assignee = mine.assignee;
  return update;
}

/** The record as it is now, when a write found it changed since it was read. */
interface Conflict {
  current: Task;
  version: number;
  error: ApiError;
}

const isConflict = (error: unknown): error is ApiError =>
  error instanceof ApiError && (error.status === 412 || error.status === 409);

const LABELS: Record<keyof TaskFields, string> = { title: 'Title', status: 'Status', assignee: 'Assignee' };

/**
 * A task's title, status and assignee edited in place, written with If-Match of the version read.
 * When someone changed it meanwhile (412), both values are shown side by side and the edit stays
 * in the form: save it over the new version, or take the current values.
 */
export function TaskEditor({
  task,
  onSaved,
  onCancel,
}: {
  task: TaskNode;
  onSaved: (saved: Task) => void;
  onCancel: () => void;
}) {
  const [base, setBase] = useState<{ fields: TaskFields; version: number }>({
    fields: fieldsOf(task),
    version: task.version,
  });
  const [mine, setMine] = useState<TaskFields>(fieldsOf(task));
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const save = useMutation({
    mutationFn: async (request: { version: number; update: Update }) =>
      unwrap(
        api.PATCH('/api/tasks/{id}', {
          params: { path: { id: task.id }, header: { 'if-match': ifMatch(request.version) } },
          body: request.update,
        }),
      ),
    onSuccess: (saved) => {
      setConflict(null);
      onSaved(saved);
    },
    onError: async (error) => {
      if (!isConflict(error)) return;
      const current = await unwrap(api.GET('/api/tasks/{id}', { params: { path: { id: task.id } } }));
      setConflict({ current, version: current.version, error });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const update = changesOf(base.fields, mine);
    if (Object.keys(update).length === 0) return onCancel();
    save.mutate({ version: base.version, update });
  };

  /** Write the fields I changed over the version just read; the fields I left alone keep theirs. */
  const overwrite = () => {
    if (!conflict) return;
    setBase({ fields: base.fields, version: conflict.version });
    save.mutate({ version: conflict.version, update: changesOf(base.fields, mine) });
  };
  /** Drop my edit and start again from the current values. */
  const takeTheirs = () => {
    if (!conflict) return;
    const theirs = fieldsOf(conflict.current);
    setBase({ fields: theirs, version: conflict.version });
    setMine(theirs);
    setConflict(null);
    save.reset();
  };

  const theirs = conflict ? fieldsOf(conflict.current) : null;
  return (
    <form className="task-editor" onSubmit={submit} aria-label={`Edit ${task.title}`}>
      <div className="row">
        <label>
          Title
          <input
            value={mine.title}
            required
            maxLength={500}
            onChange={(event) => setMine({ ...mine, title: event.target.value })}
          />
        </label>
        <label>
          Status
          <select
            value={mine.status}
            onChange={(event) => setMine({ ...mine, status: event.target.value as TaskStatus })}
          >
            {TASK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          Assignee
          <input
            value={mine.assignee}
            maxLength={200}
            onChange={(event) => setMine({ ...mine, assignee: event.target.value })}
          />
        </label>
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
          <button type="button" className="ghost" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
      {conflict && theirs ? (
        <div className="panel error conflict" role="alert">
          <strong>Changed by someone else since you opened it</strong>
          <p>
            {conflict.error.message}
            {conflict.error.requestId ? (
              <span className="muted">
                {' '}
                · request id <code>{conflict.error.requestId}</code>
              </span>
            ) : null}
          </p>
          <table>
            <thead>
              <tr>
                <th>Field</th>
                <th>Yours</th>
                <th>Now (version {conflict.version})</th>
              </tr>
            </thead>
            <tbody>
              {(Object.keys(LABELS) as Array<keyof TaskFields>).map((field) => (
                <tr key={field} className={mine[field] !== theirs[field] ? 'differs' : undefined}>
                  <th scope="row">{LABELS[field]}</th>
                  <td>{mine[field] || '—'}</td>
                  <td>{theirs[field] || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" onClick={overwrite} disabled={save.isPending}>
              Save mine over it
            </button>
            <button type="button" className="secondary" onClick={takeTheirs}>
              Reload theirs
            </button>
          </div>
        </div>
      ) : save.error ? (
        <ErrorPanel error={save.error} title="Not saved" />
      ) : null}
    </form>
  );
}
