import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { when } from '../../ui/format';
import { Empty, ErrorPanel, QueryState } from '../../ui/states';
import {
  alertHistoryQuery,
  alertThreshold,
  alertsQuery,
  budgetsQuery,
  createAlertFromPreset,
  presetsQuery,
  type AlertPreset,
  type CostAlert,
  type Organization,
} from './costs-api';

const STATE_TONES: Record<CostAlert['state'], string> = { ok: 'ok', triggered: 'bad', resolved: 'off' };

function CreateFromPreset({ org }: { org: Organization }) {
  const client = useQueryClient();
  const presets = useQuery(presetsQuery(org.slug));
  const nodes = useQuery(budgetsQuery(org.slug));
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [limit, setLimit] = useState('');
  const [nodeId, setNodeId] = useState('');
  const create = useMutation({
    mutationFn: (preset: AlertPreset) =>
      createAlertFromPreset(org.slug, {
        preset: preset.name,
        name,
        threshold: limit,
        ...(preset.needs.includes('node_id') ? { node_id: nodeId } : {}),
      }),
    onSuccess: async () => {
      setName('');
      setLimit('');
      setNodeId('');
      await client.invalidateQueries({ queryKey: ['costs', org.slug] });
    },
  });
  const spendPresets = (presets.data?.items ?? []).filter((preset) => preset.kind !== null);
  const preset: AlertPreset | undefined =
    spendPresets.find((each) => each.name === chosen) ?? spendPresets[0];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (preset) create.mutate(preset);
  };
  return (
    <section className="panel" aria-labelledby="new-alert">
      <h2 id="new-alert">New alert from a preset</h2>
      <QueryState query={presets} what="the presets">
        {() =>
          spendPresets.length === 0 ? (
            <Empty>No alert presets: cost-api’s bootstrap installs them.</Empty>
          ) : (
            <form onSubmit={submit}>
              <div className="row">
                <div>
                  <label htmlFor="alert-preset">Preset</label>
                  <select id="alert-preset" value={preset?.name} onChange={(e) => setChosen(e.target.value)}>
                    {spendPresets.map((each) => (
                      <option key={each.name} value={each.name}>
                        {each.label}
                      </option>
                    ))}
                  </select>
                </div>
                <div>
                  <label htmlFor="alert-name">Name</label>
                  <input
                    id="alert-name"
                    value={name}
                    placeholder={preset?.label}
                    onChange={(e) => setName(e.target.value)}
                  />
                </div>
                <div>
                  <label htmlFor="alert-threshold">Threshold</label>
                  <input
                    id="alert-threshold"
                    inputMode="decimal"
                    value={limit}
                    placeholder={preset?.threshold ?? ''}
                    onChange={(e) => setLimit(e.target.value)}
                  />
                </div>
                {preset?.needs.includes('node_id') ? (
                  <div>
                    <label htmlFor="alert-node">Hierarchy node</label>
                    <select
                      id="alert-node"
                      required
                      value={nodeId}
                      onChange={(e) => setNodeId(e.target.value)}
                    >
                      <option value="">Choose a node…</option>
                      {(nodes.data?.nodes ?? []).map((node) => (
                        <option key={node.node_id} value={node.node_id}>
                          {node.code} · {node.name}
                        </option>
                      ))}
                    </select>
                  </div>
                ) : null}
                <button type="submit" disabled={create.isPending}>
                  {create.isPending ? 'Creating…' : 'Create alert'}
                </button>
              </div>
              {preset ? <p className="muted">{preset.description}</p> : null}
              {create.error ? <ErrorPanel error={create.error} title="Could not create the alert" /> : null}
            </form>
          )
        }
      </QueryState>
    </section>
  );
}

/** The organization's cost alerts and where each stands, a preset to make one, and their history. */
export function AlertsTab({ org }: { org: Organization }) {
  const alerts = useQuery(alertsQuery(org.slug));
  const history = useQuery(alertHistoryQuery(org.slug));
  const currency = org.locale.currency;
  const names = new Map((alerts.data?.items ?? []).map((alert) => [alert.id, alert.name]));
  return (
    <>
      <section className="panel" aria-labelledby="alerts">
        <h2 id="alerts">Alerts</h2>
        <QueryState query={alerts} what="the alerts">
          {(page) =>
            page.items.length === 0 ? (
              <Empty>No cost alerts yet: make one from a preset below.</Empty>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th>Alert</th>
                    <th>Kind</th>
                    <th className="num">Threshold</th>
                    <th>State</th>
                    <th>Since</th>
                    <th>Enabled</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((alert) => (
                    <tr key={alert.id}>
                      <td>{alert.name}</td>
                      <td>{alert.kind.replace(/_/g, ' ')}</td>
                      <td className="num">{alertThreshold(alert, currency)}</td>
                      <td>
                        <span className={`badge ${STATE_TONES[alert.state]}`}>{alert.state}</span>
                      </td>
                      <td>{when(alert.state_changed_at)}</td>
                      <td>{alert.enabled ? 'yes' : 'no'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </QueryState>
      </section>
      <CreateFromPreset org={org} />
      <section className="panel" aria-labelledby="alert-history">
        <h2 id="alert-history">History</h2>
        <QueryState query={history} what="the alerts’ history">
          {(page) =>
            page.items.length === 0 ? (
              <Empty>No alert has changed state yet.</Empty>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th>When</th>
                    <th>Alert</th>
                    <th>Change</th>
                    <th>Window</th>
                    <th className="num">Value</th>
                    <th className="num">Threshold</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((event) => (
                    <tr key={event.id}>
                      <td>{when(event.created_at)}</td>
                      <td>{names.get(event.alert_id) ?? event.alert_id}</td>
                      <td>
                        {event.from_state} → {event.to_state}
                      </td>
                      <td>{event.window}</td>
                      <td className="num">{event.value}</td>
                      <td className="num">{event.threshold}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </QueryState>
      </section>
    </>
  );
}
