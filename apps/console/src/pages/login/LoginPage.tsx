import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, setCsrfToken, unwrap } from '../../api/client';
import { ME_KEY } from '../../app/auth';
import { ThemeToggle } from '../../app/Layout';
import { ErrorPanel } from '../../ui/states';

/** Log in with an API key (the gateway answers with a session cookie), or with the OIDC provider. */
export function LoginPage() {
  const [key, setKey] = useState('');
  const navigate = useNavigate();
  const search = useSearch({ from: '/login' });
  const client = useQueryClient();
  const providers = useQuery({
    queryKey: ['auth', 'providers'],
    queryFn: () => unwrap(api.GET('/auth/providers')),
  });
  const login = useMutation({
    mutationFn: (apiKey: string) => unwrap(api.POST('/auth/login', { body: { api_key: apiKey } })),
    onSuccess: async (me) => {
      setCsrfToken(me.csrf_token);
      client.setQueryData(ME_KEY, me);
      await navigate({ to: search.next ?? '/' });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (key.trim()) login.mutate(key.trim());
  };
  return (
    <main id="main" className="login">
      <div className="login-card panel">
        <div className="login-head">
          <h1>Slipway</h1>
          <ThemeToggle />
        </div>
        <form onSubmit={submit}>
          <label htmlFor="api-key">API key</label>
          <input
            id="api-key"
            type="password"
            autoComplete="current-password"
            placeholder="slw_…"
            value={key}
            onChange={(event) => setKey(event.target.value)}
            autoFocus
          />
          <button type="submit" disabled={login.isPending || !key.trim()}>
            {login.isPending ? 'Logging in…' : 'Log in'}
          </button>
        </form>
        {login.error ? <ErrorPanel error={login.error} title="Could not log in" /> : null}
        {providers.data?.oidc ? (
          <a
            className="button secondary"
            href={`/auth/oidc/login${search.next ? `?return_to=${encodeURIComponent(search.next)}` : ''}`}
          >
            Log in with single sign-on
          </a>
        ) : null}
        <p className="muted">
          <code>npm start</code> prints the first admin’s key and writes it under <code>.data/</code>.
        </p>
      </div>
    </main>
  );
}
