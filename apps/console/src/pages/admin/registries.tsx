import { api, unwrap, type Schemas } from '../../api/client';
import { money, when } from '../../ui/format';
import { StatusBadge } from '../../ui/states';
import { PagedTable, pageQuery, type Column } from './PagedTable';

const short = (id: string | null) =>
  id ? (
    <span className="mono" title={id}>
      {id.slice(0, 8)}
    </span>
  ) : (
    '—'
  );
const text = (value: string | number | null) => (value === null || value === '' ? '—' : value);

const SERVERS: Column<Schemas['ServerDto']>[] = [
  { label: 'Name', render: (row) => row.name },
  { label: 'Host', render: (row) => <span className="mono">{row.host}</span> },
  { label: 'Provider', render: (row) => text(row.provider) },
  { label: 'Region', render: (row) => text(row.region) },
  { label: 'Status', render: (row) => <StatusBadge status={row.status} /> },
  { label: 'CPU', num: true, render: (row) => text(row.cpu_cores) },
  { label: 'RAM MB', num: true, render: (row) => text(row.ram_mb) },
  { label: 'Disk GB', num: true, render: (row) => text(row.disk_gb) },
];

const ALLOCATIONS: Column<Schemas['AllocationDto']>[] = [
  { label: 'Service', render: (row) => row.service_name },
  { label: 'Server', render: (row) => short(row.server_id) },
  { label: 'Port', num: true, render: (row) => `${row.port}/${row.protocol}` },
  { label: 'Project', render: (row) => short(row.project_id) },
  { label: 'Created', render: (row) => when(row.created_at) },
];

const INCIDENT_TONES = { open: 'bad', acknowledged: 'wait', resolved: 'ok' } as const;

const INCIDENTS: Column<Schemas['IncidentDto']>[] = [
  { label: 'Title', render: (row) => row.title },
  { label: 'Type', render: (row) => row.type },
  { label: 'Severity', render: (row) => row.severity },
  {
    label: 'Status',
    render: (row) => <span className={`badge ${INCIDENT_TONES[row.status]}`}>{row.status}</span>,
  },
  { label: 'Server', render: (row) => short(row.server_id) },
  { label: 'Detected', render: (row) => when(row.detected_at) },
  { label: 'Resolved', render: (row) => when(row.resolved_at) },
];

const DEPLOYMENTS: Column<Schemas['ServiceDeploymentDto']>[] = [
  { label: 'Service', render: (row) => row.service_name },
  { label: 'Version', render: (row) => text(row.app_version) },
  { label: 'Image', render: (row) => <span className="mono">{text(row.image)}</span> },
  { label: 'Status', render: (row) => <StatusBadge status={row.status} /> },
  { label: 'Project', render: (row) => short(row.project_id) },
  { label: 'Server', render: (row) => short(row.server_id) },
  { label: 'URL', render: (row) => (row.url ? <a href={row.url}>{row.url}</a> : '—') },
  { label: 'Deployed', render: (row) => when(row.deployed_at) },
];

const AGENT_CONFIGS: Column<Schemas['AgentConfigDto']>[] = [
  { label: 'Name', render: (row) => row.name },
  { label: 'Provider', render: (row) => row.provider },
  { label: 'Model', render: (row) => <span className="mono">{row.model}</span> },
  { label: 'Temperature', num: true, render: (row) => text(row.temperature) },
  { label: 'Max tokens', num: true, render: (row) => text(row.max_tokens) },
  { label: 'Tools', num: true, render: (row) => row.tools.length },
  { label: 'Active', render: (row) => (row.is_active ? 'yes' : 'no') },
];

const perThousand = (amount: string | null) => (amount === null ? '—' : `${money(amount)} / 1k`);

export const MODELS: Column<Schemas['AvailableModelDto']>[] = [
  { label: 'Provider', render: (row) => row.provider },
  { label: 'Model', render: (row) => <span className="mono">{row.model_name}</span> },
  { label: 'Name', render: (row) => text(row.display_name) },
  { label: 'Context', num: true, render: (row) => text(row.context_window) },
  { label: 'Input', num: true, render: (row) => perThousand(row.input_price_per_1k) },
  { label: 'Cached input', num: true, render: (row) => perThousand(row.cached_input_price_per_1k) },
  { label: 'Output', num: true, render: (row) => perThousand(row.output_price_per_1k) },
  { label: 'Active', render: (row) => (row.is_active ? 'yes' : 'no') },
];

export const listModels = (page: number) =>
  unwrap(api.GET('/api/available_models', { params: { query: pageQuery(page) } }));

/** The registries admins read here: servers, port allocations, incidents, deployments, agent configs. */
export function RegistryView({ name, page }: { name: RegistryName; page: number }) {
  switch (name) {
    case 'servers':
      return (
        <PagedTable
          what="servers"
          queryKey={['admin', 'servers']}
          columns={SERVERS}
          page={page}
          load={(at) => unwrap(api.GET('/api/servers', { params: { query: pageQuery(at) } }))}
        />
      );
    case 'allocations':
      return (
        <PagedTable
          what="allocations"
          queryKey={['admin', 'allocations']}
          columns={ALLOCATIONS}
          page={page}
          load={(at) => unwrap(api.GET('/api/allocations', { params: { query: pageQuery(at) } }))}
        />
      );
    case 'incidents':
      return (
        <PagedTable
          what="incidents"
          queryKey={['admin', 'incidents']}
          columns={INCIDENTS}
          page={page}
          load={(at) => unwrap(api.GET('/api/incidents', { params: { query: pageQuery(at) } }))}
        />
      );
    case 'deployments':
      return (
        <PagedTable
          what="deployments"
          queryKey={['admin', 'deployments']}
          columns={DEPLOYMENTS}
          page={page}
          load={(at) => unwrap(api.GET('/api/service_deployments', { params: { query: pageQuery(at) } }))}
        />
      );
    case 'agents':
      return (
        <PagedTable
          what="agent configs"
          queryKey={['admin', 'agent-configs']}
          columns={AGENT_CONFIGS}
          page={page}
          load={(at) => unwrap(api.GET('/api/agent_configs', { params: { query: pageQuery(at) } }))}
        />
      );
  }
}

export const REGISTRIES = ['agents', 'servers', 'allocations', 'incidents', 'deployments'] as const;
export type RegistryName = (typeof REGISTRIES)[number];
