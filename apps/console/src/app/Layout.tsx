import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { ErrorPanel, Loading } from '../ui/states';
import { isAdmin, MeProvider, useLogout, useMeQuery } from './auth';
import { chooseTheme, initialTheme, type Theme } from './theme';

const NAV = [
  { to: '/', label: 'Home' },
  { to: '/projects', label: 'Projects' },
  { to: '/delivery', label: 'Runs' },
  { to: '/ci', label: 'CI' },
  { to: '/costs', label: 'Costs' },
] as const;

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const next = theme === 'dark' ? 'light' : 'dark';
  const choose = () => {
    chooseTheme(next);
    setTheme(next);
  };
  return (
    <button type="button" className="ghost" onClick={choose} aria-label={`Use the ${next} theme`}>
      {theme === 'dark' ? '☀ Light' : '☾ Dark'}
    </button>
  );
}

/** Every page after login: the navigation, who is logged in, and the page. */
export function Layout() {
  const me = useMeQuery();
  const navigate = useNavigate();
  const logout = useLogout();
  const href = useRouterState({ select: (state) => state.location.href });

  // A session that ends while a page is open (logged out elsewhere, expired) goes back to login.
  useEffect(() => {
    if (me.data === null && !href.startsWith('/login'))
      void navigate({ to: '/login', search: { next: href }, replace: true });
  }, [me.data, navigate, href]);

  if (me.error) return <ErrorPanel error={me.error} title="Could not reach the gateway" />;
  if (!me.data) return <Loading what="your session" />;
  return (
    <MeProvider me={me.data}>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <nav className="top" aria-label="Main">
        <Link to="/" className="brand">
          Slipway
        </Link>
        {NAV.map((item) => (
          <Link
            key={item.to}
            to={item.to}
            activeOptions={{ exact: item.to === '/' }}
            activeProps={{ className: 'active', 'aria-current': 'page' }}
          >
            {item.label}
          </Link>
        ))}
        {isAdmin(me.data) ? (
          <Link to="/admin" activeProps={{ className: 'active', 'aria-current': 'page' }}>
            Admin
          </Link>
        ) : null}
        <span className="spacer" />
        <ThemeToggle />
        <span className="who" title={me.data.user.id}>
          {me.data.user.email ?? me.data.user.id} · {me.data.user.role}
        </span>
        {me.data.via === 'session' ? (
          <button
            type="button"
            className="ghost"
            onClick={() => void logout().then(() => navigate({ to: '/login' }))}
          >
            Log out
          </button>
        ) : null}
      </nav>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </MeProvider>
  );
}
