import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, ApiError, unwrap } from '../../api/client';
import { rememberedOrg } from '../../app/org';
import { money, when } from '../../ui/format';
import { Empty, ErrorPanel, Loading } from '../../ui/states';
import { PagedTable } from './PagedTable';
import { listModels, MODELS } from './registries';

const perMillion = (amount: string | null, currency: string) =>
  amount === null ? '—' : `${money(amount, currency)} / 1M`;

/** cost-api's GenAI prices of the organization looked at last: its overrides in force now. */
function GenAiPrices({ org }: { org: string }) {
  const prices = useQuery({
    queryKey: ['admin', 'genai-prices', org],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/genai/{org}/pricing/overrides', {
          params: { path: { org }, query: { limit: 100 } },
        }),
      ),
    retry: false,
  });
  if (prices.error) {
    if (prices.error instanceof ApiError && prices.error.status === 503)
      return <p className="muted">GenAI pricing is not available here: no cost service is configured.</p>;
    return <ErrorPanel error={prices.error} title={`Could not load the GenAI prices of ${org}`} />;
  }
  if (!prices.data) return <Loading what="GenAI prices" />;
  if (prices.data.items.length === 0)
    return <Empty>{org} overrides no GenAI price: the global prices apply.</Empty>;
  return (
    <table aria-label={`GenAI price overrides of ${org}`}>
      <thead>
        <tr>
          <th>Provider</th>
          <th>Model</th>
          <th className="num">Input</th>
          <th className="num">Cached input</th>
          <th className="num">Output</th>
          <th className="num">Per request</th>
          <th>From</th>
          <th>To</th>
        </tr>
      </thead>
      <tbody>
        {prices.data.items.map((price) => (
          <tr key={price.id}>
            <td>{price.provider}</td>
            <td className="mono">{price.model}</td>
            <td className="num">{perMillion(price.input_per_1m, price.currency)}</td>
            <td className="num">{perMillion(price.cached_input_per_1m, price.currency)}</td>
            <td className="num">{perMillion(price.output_per_1m, price.currency)}</td>
            <td className="num">
              {price.per_request === null ? '—' : money(price.per_request, price.currency)}
            </td>
            <td>{when(price.valid_from)}</td>
            <td>{price.valid_to ? when(price.valid_to) : 'open'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The models runs may use with their registry prices, and cost-api's GenAI prices where reachable. */
export function ModelsSection({ page }: { page: number }) {
  const org = rememberedOrg();
  return (
    <>
      <section aria-labelledby="models">
        <h2 id="models">Available models</h2>
        <PagedTable
          what="models"
          queryKey={['admin', 'models']}
          columns={MODELS}
          page={page}
          load={listModels}
        />
      </section>
      <section className="panel" aria-labelledby="genai">
        <h2 id="genai">GenAI prices{org ? ` · ${org}` : ''}</h2>
        {org ? (
          <GenAiPrices org={org} />
        ) : (
          <p className="muted">
            Open an organization on the <Link to="/costs">Costs</Link> page to see its GenAI prices here.
          </p>
        )}
      </section>
    </>
  );
}
