import { useEffect, useRef, useState } from 'react';
import 'uplot/dist/uPlot.min.css';
import { money } from '../../ui/format';
import type { CostTrend } from './costs-api';

const themeColor = (name: string, fallback: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/**
 * Spend per bucket as uPlot draws it. The buckets are the organization's own local days, weeks or
 * months, so the x axis is their labels as cost-api names them, not instants in the viewer's zone.
 * The line is drawn from the amounts as numbers; every figure shown as text is the exact string.
 */
export function TrendChart({ trend }: { trend: CostTrend }) {
  const box = useRef<HTMLDivElement>(null);

  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let plot: { destroy(): void; setSize(size: { width: number; height: number }): void } | undefined;
    let resize: ResizeObserver | undefined;
    let cancelled = false;
    // uPlot is loaded when a chart is drawn; if it cannot load (it formats numbers in the browser's
    // own locale at load), the page stays and the table below says every figure.
    import('uplot')
      .then(({ default: uPlot }) => {
        if (cancelled) return;
        const labels = trend.buckets.map((bucket) => bucket.start);
        const amounts = trend.buckets.map((bucket) => Number(bucket.amount));
        const muted = themeColor('--muted', '#5d6676');
        const grid = themeColor('--border', '#d7dbe3');
        const accent = themeColor('--accent', '#2457d6');
        const axis = { stroke: muted, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
        const drawn = new uPlot(
          {
            width: Math.max(element.clientWidth, 320),
            height: 240,
            scales: { x: { time: false } },
            legend: { show: false },
            cursor: { drag: { x: false, y: false } },
            axes: [
              { ...axis, values: (_u, splits) => splits.map((split) => labels[split] ?? '') },
              {
                ...axis,
                size: 80,
                values: (_u, splits) => splits.map((split) => money(String(split), trend.currency)),
              },
            ],
            series: [
              {},
              {
                label: `Spend (${trend.currency})`,
                stroke: accent,
                width: 2,
                fill: `${accent}22`,
                points: { show: labels.length <= 62 },
              },
            ],
          },
          [labels.map((_label, index) => index), amounts],
          element,
        );
        plot = drawn;
        resize = new ResizeObserver(() =>
          drawn.setSize({ width: Math.max(element.clientWidth, 320), height: 240 }),
        );
        resize.observe(element);
      })
      .catch((error: unknown) => {
        if (!cancelled) setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
      resize?.disconnect();
      plot?.destroy();
    };
  }, [trend]);

  return (
    <figure className="trend">
      {failure ? (
        <p className="muted" role="status">
          The chart could not be drawn ({failure}); the table has every figure.
        </p>
      ) : null}
      <div
        ref={box}
        className="trend-plot"
        hidden={failure !== null}
        role="img"
        aria-label={`Spend per ${trend.granularity}`}
      />
      <details open={failure !== null}>
        <summary>Every {trend.granularity} as a table</summary>
        <table>
          <thead>
            <tr>
              <th>{trend.granularity}</th>
              <th className="num">Spend</th>
              <th className="num">Calls</th>
            </tr>
          </thead>
          <tbody>
            {trend.buckets.map((bucket) => (
              <tr key={bucket.start}>
                <td>{bucket.start}</td>
                <td className="num">{money(bucket.amount, trend.currency)}</td>
                <td className="num">{bucket.events}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
