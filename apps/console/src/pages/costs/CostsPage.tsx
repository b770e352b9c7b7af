import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { rememberedOrg, rememberOrg } from '../../app/org';
import { ErrorPanel, Loading, PageHeader } from '../../ui/states';
import { AlertsTab } from './AlertsTab';
import { costsUnavailable, orgQuery, type Organization } from './costs-api';
import { COST_TABS, type CostsSearch, type CostTab } from './costs-search';
import { NotificationsTab } from './NotificationsTab';
import { SpendTab } from './SpendTab';
import './costs.css';

const TAB_LABELS: Record<CostTab, string> = {
  spend: 'Spend',
  alerts: 'Alerts',
  notifications: 'Notifications',
};

/** Which organization to look at: its slug, kept in the URL (`?org=`) so the page can be shared. */
function OrgPicker({ org }: { org?: string }) {
  const navigate = useNavigate();
  const [slug, setSlug] = useState(org ?? '');
  useEffect(() => setSlug(org ?? ''), [org]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = slug.trim().toLowerCase();
    if (chosen) void navigate({ to: '/costs', search: { org: chosen } });
  };
  return (
    <form className="org-picker" onSubmit={submit}>
      <label htmlFor="org-slug">Organization</label>
      <input
        id="org-slug"
        value={slug}
        placeholder="its slug, e.g. acme"
        pattern="[a-z0-9][a-z0-9_\-]{2,62}"
        onChange={(event) => setSlug(event.target.value)}
      />
      <button type="submit" className="secondary">
        Show
      </button>
    </form>
  );
}

function OrgCosts({ slug, search }: { slug: string; search: CostsSearch }) {
  const org = useQuery(orgQuery(slug));
  useEffect(() => {
    if (org.data) rememberOrg(org.data.slug);
  }, [org.data]);
  if (org.error) {
    if (costsUnavailable(org.error))
      return (
        <div className="panel" role="status">
          <strong>Costs are not available here.</strong>
          <p className="muted">
            This gateway has no cost service configured (COST_API_URL), so spend, budgets and alerts cannot be
            shown.
          </p>
        </div>
      );
    if (org.error instanceof ApiError && org.error.status === 404)
      return <ErrorPanel error={org.error} title={`No organization ${slug} that you can see`} />;
    return <ErrorPanel error={org.error} title={`Could not load ${slug}`} />;
  }
  if (!org.data) return <Loading what={`the organization ${slug}`} />;
  return <OrgTabs org={org.data} search={search} />;
}

function OrgTabs({ org, search }: { org: Organization; search: CostsSearch }) {
  const tab = search.tab ?? 'spend';
  return (
    <>
      <p className="muted">
        {org.name} · plan {org.plan} · {org.locale.currency} · {org.locale.timezone}
        {org.status === 'suspended' ? ' · suspended' : ''}
      </p>
      <nav className="tabs" aria-label="Costs sections">
        {COST_TABS.map((each) => (
          <Link
            key={each}
            to="/costs"
            search={{ ...search, org: org.slug, tab: each }}
            className={each === tab ? 'active' : undefined}
            aria-current={each === tab ? 'page' : undefined}
          >
            {TAB_LABELS[each]}
          </Link>
        ))}
      </nav>
      {tab === 'spend' ? <SpendTab org={org} current={search} /> : null}
      {tab === 'alerts' ? <AlertsTab org={org} /> : null}
      {tab === 'notifications' ? <NotificationsTab org={org} /> : null}
    </>
  );
}

/** An organization's spend, quotas, budgets, alerts and notifications, from cost-api. */
export function CostsPage() {
  const search = useSearch({ from: '/app/costs' });
  const navigate = useNavigate();
  // No organization in the URL: the one looked at last, put in the URL so the page can be shared.
  useEffect(() => {
    const last = rememberedOrg();
    if (!search.org && last) void navigate({ to: '/costs', search: { ...search, org: last }, replace: true });
  }, [search, navigate]);
  return (
    <>
      <PageHeader title={search.org ? `Costs · ${search.org}` : 'Costs'}>
        <OrgPicker org={search.org} />
      </PageHeader>
      {search.org ? (
        <OrgCosts key={search.org} slug={search.org} search={search} />
      ) : (
        <p className="panel empty">
          Type an organization’s slug to see its spend. Organizations are made with cost-api’s onboarding
          (POST /api/v1/organizations/onboard); you see those you are a member of.
        </p>
      )}
    </>
  );
}
