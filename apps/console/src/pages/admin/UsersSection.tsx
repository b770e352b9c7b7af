import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { when } from '../../ui/format';
import { ErrorPanel } from '../../ui/states';
import { PagedTable, pageQuery, type Column } from './PagedTable';

type User = Schemas['UserDto'];

const COLUMNS: Column<User>[] = [
  { label: 'Username', render: (user) => user.username ?? '—' },
  { label: 'Email', render: (user) => user.email ?? '—' },
  { label: 'Role', render: (user) => <span className="badge off">{user.role}</span> },
  { label: 'Active', render: (user) => (user.is_active ? 'yes' : 'no') },
  { label: 'Id', render: (user) => <span className="mono">{user.id}</span> },
  { label: 'Created', render: (user) => when(user.created_at) },
];

export const listUsers = (page: number) =>
  unwrap(api.GET('/api/users', { params: { query: pageQuery(page) } }));

function CreateUser() {
  const client = useQueryClient();
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<User['role']>('member');
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/users', {
          body: { username, role, ...(email ? { email } : {}) },
        }),
      ),
    onSuccess: async () => {
      setUsername('');
      setEmail('');
      await client.invalidateQueries({ queryKey: ['admin', 'users'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="new-user">
      <h2 id="new-user">New user</h2>
      <div className="row">
        <div>
          <label htmlFor="user-name">Username</label>
          <input id="user-name" required value={username} onChange={(e) => setUsername(e.target.value)} />
        </div>
        <div>
          <label htmlFor="user-email">Email</label>
          <input id="user-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div>
          <label htmlFor="user-role">Role</label>
          <select id="user-role" value={role} onChange={(e) => setRole(e.target.value as User['role'])}>
            <option value="member">member</option>
            <option value="admin">admin</option>
          </select>
        </div>
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create user'}
        </button>
      </div>
      {create.data ? (
        <p role="status">
          Created {create.data.username} ({create.data.role}) · <span className="mono">{create.data.id}</span>
        </p>
      ) : null}
      {create.error ? <ErrorPanel error={create.error} title="Could not create the user" /> : null}
    </form>
  );
}

/** The registry's users: every one, and a form to add one. */
export function UsersSection({ page }: { page: number }) {
  return (
    <>
      <CreateUser />
      <PagedTable what="users" queryKey={['admin', 'users']} columns={COLUMNS} page={page} load={listUsers} />
    </>
  );
}
