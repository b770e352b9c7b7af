import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ifMatch, unwrap, type Schemas } from '../../api/client';
import { when } from '../../ui/format';
import { ErrorPanel } from '../../ui/states';
import { PagedTable, pageQuery, type Column } from './PagedTable';
import { listUsers } from './UsersSection';

type ApiKey = Schemas['ApiKeyDto'];
type CreatedKey = Schemas['CreatedApiKeyDto'];

/** A new key, shown this once (only its hash is kept), with a button to copy it. */
function OnceShown({ created, onDone }: { created: CreatedKey; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="panel key-once" role="status">
      <strong>Key {created.name} created. Copy it now: it is not shown again.</strong>
      <div className="key-row">
        <code data-testid="new-key">{created.key}</code>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void navigator.clipboard.writeText(created.key).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="ghost" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}

function CreateKey({ onCreated }: { onCreated: (key: CreatedKey) => void }) {
  const client = useQueryClient();
  const users = useQuery({ queryKey: ['admin', 'users', 'all'], queryFn: () => listUsers(1) });
  const [name, setName] = useState('');
  const [owner, setOwner] = useState('');
  const [scopes, setScopes] = useState('');
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/api_keys', {
          body: {
            name,
            ...(owner ? { owner_id: owner } : {}),
            ...(scopes.trim() ? { scopes: scopes.split(/[\s,]+/).filter(Boolean) } : {}),
          },
        }),
      ),
    onSuccess: async (created) => {
      setName('');
      setScopes('');
      onCreated(created);
      await client.invalidateQueries({ queryKey: ['admin', 'keys'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="new-key-title">
      <h2 id="new-key-title">New API key</h2>
      <div className="row">
        <div>
          <label htmlFor="key-name">Name</label>
          <input id="key-name" required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div>
          <label htmlFor="key-owner">Owner</label>
          <select id="key-owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
            <option value="">Me</option>
            {(users.data?.items ?? []).map((user) => (
              <option key={user.id} value={user.id}>
                {user.username ?? user.email ?? user.id} ({user.role})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="key-scopes">Scopes</label>
          <input
            id="key-scopes"
            value={scopes}
            placeholder="all the owner’s rights"
            onChange={(e) => setScopes(e.target.value)}
          />
        </div>
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create key'}
        </button>
      </div>
      {create.error ? <ErrorPanel error={create.error} title="Could not create the key" /> : null}
    </form>
  );
}

function Revoke({ apiKey }: { apiKey: ApiKey }) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/api_keys/{id}', {
          params: { path: { id: apiKey.id }, header: { 'if-match': ifMatch(apiKey.version) } },
          body: { revoked_at: new Date().toISOString() },
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: ['admin', 'keys'] }),
  });
  if (apiKey.revoked_at) return <span className="muted">revoked {when(apiKey.revoked_at)}</span>;
  if (revoke.error) return <ErrorPanel error={revoke.error} title="Could not revoke the key" />;
  return confirming ? (
    <span className="actions">
      <button type="button" className="danger" disabled={revoke.isPending} onClick={() => revoke.mutate()}>
        Revoke {apiKey.name}
      </button>
      <button type="button" className="ghost" onClick={() => setConfirming(false)}>
        Keep
      </button>
    </span>
  ) : (
    <button type="button" className="secondary" onClick={() => setConfirming(true)}>
      Revoke…
    </button>
  );
}

const COLUMNS: Column<ApiKey>[] = [
  { label: 'Name', render: (key) => key.name },
  { label: 'Prefix', render: (key) => <code>{key.key_prefix}</code> },
  { label: 'Owner', render: (key) => <span className="mono">{key.owner_id.slice(0, 8)}</span> },
  { label: 'Scopes', render: (key) => (key.scopes.length ? key.scopes.join(', ') : 'all') },
  { label: 'Last used', render: (key) => when(key.last_used_at) },
  { label: 'Expires', render: (key) => (key.expires_at ? when(key.expires_at) : 'never') },
  { label: 'Created', render: (key) => when(key.created_at) },
  { label: 'Actions', render: (key) => <Revoke apiKey={key} /> },
];

/** API keys: create one (shown once), list them all, revoke one. */
export function KeysSection({ page }: { page: number }) {
  const [created, setCreated] = useState<CreatedKey | null>(null);
  return (
    <>
      {created ? <OnceShown created={created} onDone={() => setCreated(null)} /> : null}
      <CreateKey onCreated={setCreated} />
      <PagedTable
        what="API keys"
        queryKey={['admin', 'keys']}
        columns={COLUMNS}
        page={page}
        load={(at) => unwrap(api.GET('/api/api_keys', { params: { query: pageQuery(at) } }))}
      />
    </>
  );
}
