import { Link, useParams, useSearch } from '@tanstack/react-router';
import { isAdmin, useMe } from '../../app/auth';
import { PageHeader } from '../../ui/states';
import { KeysSection } from './KeysSection';
import { ModelsSection } from './ModelsSection';
import { RegistryView, type RegistryName } from './registries';
import { UsersSection } from './UsersSection';
import './admin.css';

const SECTIONS = {
  users: 'Users',
  keys: 'API keys',
  models: 'Models & prices',
  agents: 'Agent configs',
  servers: 'Servers',
  allocations: 'Allocations',
  incidents: 'Incidents',
  deployments: 'Deployments',
} as const;
type Section = keyof typeof SECTIONS;

const isSection = (value: string): value is Section => Object.hasOwn(SECTIONS, value);

/** What a member sees at /admin: why not, plainly, and where to go instead. */
export function Forbidden({ role }: { role: string }) {
  return (
    <>
      <PageHeader title="Forbidden" />
      <div className="panel error" role="alert">
        <strong>Only admins may open the admin pages.</strong>
        <p>
          You are logged in as a {role}. Ask an admin for access, or go back to the{' '}
          <Link to="/">home page</Link>.
        </p>
      </div>
    </>
  );
}

function SectionView({ section, page }: { section: Section; page: number }) {
  switch (section) {
    case 'users':
      return <UsersSection page={page} />;
    case 'keys':
      return <KeysSection page={page} />;
    case 'models':
      return <ModelsSection page={page} />;
    case 'agents':
    case 'servers':
    case 'allocations':
    case 'incidents':
    case 'deployments':
      return <RegistryView name={section satisfies RegistryName} page={page} />;
  }
}

/** The registries admins keep: users, API keys, models and prices, agent configs and the infrastructure. */
export function AdminPage() {
  const me = useMe();
  const { section = 'users' } = useParams({ strict: false });
  const { page = 1 } = useSearch({ strict: false });
  if (!isAdmin(me)) return <Forbidden role={me.user.role} />;
  return (
    <>
      <PageHeader title={`Admin · ${isSection(section) ? SECTIONS[section] : section}`} />
      <nav className="tabs admin-tabs" aria-label="Admin sections">
        {(Object.keys(SECTIONS) as Section[]).map((each) => (
          <Link
            key={each}
            to="/admin/$section"
            params={{ section: each }}
            className={each === section ? 'active' : undefined}
            aria-current={each === section ? 'page' : undefined}
          >
            {SECTIONS[each]}
          </Link>
        ))}
      </nav>
      {isSection(section) ? (
        <SectionView key={section} section={section} page={page} />
      ) : (
        <p className="panel empty">No admin section {section}: choose one above.</p>
      )}
    </>
  );
}
