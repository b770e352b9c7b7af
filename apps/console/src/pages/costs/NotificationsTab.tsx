import { useQuery } from '@tanstack/react-query';
import { when } from '../../ui/format';
import { Empty, QueryState } from '../../ui/states';
import { channelsQuery, deliveriesQuery, type Organization } from './costs-api';

type Channel = NonNullable<ReturnType<typeof useChannels>['data']>['items'][number];

const useChannels = (org: string) => useQuery(channelsQuery(org));

/** Where a channel sends, secrets left out as cost-api leaves them out. */
function target(channel: Channel): string {
  switch (channel.kind) {
    case 'email':
      return channel.email?.to.join(', ') ?? '—';
    case 'slack':
      return channel.slack?.webhook_host ?? '—';
    case 'webhook':
      return channel.webhook?.url ?? '—';
  }
}

const DELIVERY_TONES = { pending: 'wait', sent: 'ok', failed: 'bad' } as const;

/** The organization's notification channels and every delivery made to them. */
export function NotificationsTab({ org }: { org: Organization }) {
  const channels = useChannels(org.slug);
  const deliveries = useQuery(deliveriesQuery(org.slug));
  return (
    <>
      <section className="panel" aria-labelledby="channels">
        <h2 id="channels">Channels</h2>
        <QueryState query={channels} what="the channels">
          {(page) =>
            page.items.length === 0 ? (
              <Empty>No notification channels: alerts and budgets tell nobody yet.</Empty>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th>Channel</th>
                    <th>Kind</th>
                    <th>Sends to</th>
                    <th>Enabled</th>
                    <th>Created</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((channel) => (
                    <tr key={channel.id}>
                      <td>{channel.name}</td>
                      <td>{channel.kind}</td>
                      <td className="mono">{target(channel)}</td>
                      <td>{channel.enabled ? 'yes' : 'no'}</td>
                      <td>{when(channel.created_at)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </QueryState>
      </section>
      <section className="panel" aria-labelledby="deliveries">
        <h2 id="deliveries">Deliveries</h2>
        <QueryState query={deliveries} what="the deliveries">
          {(page) =>
            page.items.length === 0 ? (
              <Empty>Nothing sent yet.</Empty>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th>When</th>
                    <th>Event</th>
                    <th>Title</th>
                    <th>Channel</th>
                    <th>Status</th>
                    <th className="num">Attempts</th>
                    <th>Last error</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((delivery) => (
                    <tr key={delivery.id}>
                      <td>{when(delivery.created_at)}</td>
                      <td>{delivery.event}</td>
                      <td>{delivery.title}</td>
                      <td>{delivery.channel_name ?? '(deleted)'}</td>
                      <td>
                        <span className={`badge ${DELIVERY_TONES[delivery.status]}`}>{delivery.status}</span>
                      </td>
                      <td className="num">{delivery.attempts}</td>
                      <td>{delivery.last_error ?? ''}</td>
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
