import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { ErrorPanel, Loading } from '../../ui/states';
import { when } from '../../ui/format';
import { keys, rememberProposal, sessionQuery, sessionsQuery } from './projects-api';

type Message = Schemas['ChatMessageDto'];

function Messages({ messages, onReview }: { messages: readonly Message[]; onReview: (id: string) => void }) {
  const shown = messages.filter((message) => message.role !== 'tool');
  if (shown.length === 0) return <p className="muted">Ask about the project, or ask for a change.</p>;
  return (
    <ol className="chat-log" aria-label="Conversation">
      {shown.map((message) => (
        <li key={message.id} className={`chat-message ${message.role}`}>
          <div className="muted chat-meta">
            {message.role === 'user' ? 'You' : 'Planner'} · {when(message.created_at)}
          </div>
          <div className="chat-text">{message.content}</div>
          {message.patch_set_ids.map((id, index) => (
            <button key={id} type="button" className="secondary" onClick={() => onReview(id)}>
              Review proposal{message.patch_set_ids.length > 1 ? ` ${index + 1}` : ''}
            </button>
          ))}
        </li>
      ))}
    </ol>
  );
}

/**
 * A conversation with the planner about this project: questions are answered, change requests come
 * back as proposals reviewed like any other PatchSet (nothing is applied from the chat itself).
 */
export function ChatPanel({
  projectId,
  sessionId,
  onSession,
  onReview,
}: {
  projectId: string;
  sessionId: string | undefined;
  onSession: (id: string | undefined) => void;
  onReview: (patchSetId: string) => void;
}) {
  const client = useQueryClient();
  const sessions = useQuery(sessionsQuery(projectId));
  const session = useQuery({ ...sessionQuery(sessionId ?? ''), enabled: sessionId !== undefined });
  const [message, setMessage] = useState('');
  const send = useMutation({
    mutationFn: (text: string) =>
      unwrap(
        api.POST('/api/agent/chat', {
          body: sessionId
            ? { session_id: sessionId, message: text }
            : { project_id: projectId, message: text },
        }),
      ),
    onSuccess: async (answer) => {
      setMessage('');
      for (const patch of answer.patch_sets) {
        const validation = answer.validations.find((v) => v.patch_set_id === patch.id) ?? patch.validation;
        if (validation) rememberProposal(client, patch, validation);
      }
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.session(answer.session_id) }),
        client.invalidateQueries({ queryKey: keys.sessions(projectId) }),
        client.invalidateQueries({ queryKey: keys.patchSets(projectId) }),
      ]);
      if (answer.session_id !== sessionId) onSession(answer.session_id);
      const first = answer.patch_sets[0];
      if (first) onReview(first.id);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (message.trim() !== '') send.mutate(message.trim());
  };
  return (
    <section className="panel chat" aria-label="Chat">
      <div className="row chat-sessions">
        <label htmlFor="chat-session">Conversation</label>
        <select
          id="chat-session"
          value={sessionId ?? ''}
          onChange={(event) => onSession(event.target.value || undefined)}
        >
          <option value="">New conversation</option>
          {(sessions.data?.items ?? []).map((item) => (
            <option key={item.id} value={item.id}>
              {item.title || 'Untitled'} · {item.turn_count} turn{item.turn_count === 1 ? '' : 's'}
            </option>
          ))}
        </select>
      </div>
      {sessions.error ? <ErrorPanel error={sessions.error} title="Could not load the conversations" /> : null}
      {sessionId === undefined ? (
        <p className="muted">A new conversation about this project. Try “status” or “add search”.</p>
      ) : session.error ? (
        <ErrorPanel error={session.error} title="Could not load the conversation" />
      ) : session.data ? (
        <Messages messages={session.data.messages} onReview={onReview} />
      ) : (
        <Loading what="the conversation" />
      )}
      <form onSubmit={submit}>
        <label htmlFor="chat-message">Message</label>
        <textarea
          id="chat-message"
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
          }}
        />
        <div className="actions">
          <button type="submit" disabled={send.isPending || message.trim() === ''}>
            {send.isPending ? 'Sending…' : 'Send'}
          </button>
          <span className="muted">Ctrl+Enter sends</span>
        </div>
      </form>
      {send.error ? <ErrorPanel error={send.error} title="The planner did not answer" /> : null}
    </section>
  );
}
