import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { RunMetrics } from './runs-api';

const cssVar = (name: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';

/**
 * Cost (bars, left axis) and tokens (line, right axis) of each phase. The chart is a picture of the
 * exact amounts in the table beside it; its floats are for drawing only.
 */
export function PhaseChart({ phases }: { phases: RunMetrics['phases_metrics'] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || phases.length === 0) return;
    const names = phases.map((phase) => phase.phase);
    const data: uPlot.AlignedData = [
      phases.map((_, index) => index),
      phases.map((phase) => Number(phase.cost_usd_exact)),
      phases.map((phase) => phase.token_usage.input + phase.token_usage.output),
    ];
    const text = cssVar('--text');
    const grid = cssVar('--border');
    const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    const bars = uPlot.paths.bars?.({ size: [0.5, 60] });
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth),
        height: 240,
        scales: { x: { time: false, range: [-0.5, phases.length - 0.5] }, usd: {}, tokens: {} },
        axes: [
          {
            ...axis,
            values: (_, ticks) => ticks.map((tick) => names[tick] ?? ''),
            splits: () => names.map((_, i) => i),
          },
          { ...axis, scale: 'usd', label: 'USD', values: (_, ticks) => ticks.map((tick) => `$${tick}`) },
          { ...axis, scale: 'tokens', side: 1, label: 'tokens', grid: { show: false } },
        ],
        series: [
          {},
          {
            label: 'cost (USD)',
            scale: 'usd',
            stroke: cssVar('--accent'),
            fill: `${cssVar('--accent')}55`,
            paths: bars,
          },
          { label: 'tokens', scale: 'tokens', stroke: cssVar('--wait'), width: 2, points: { size: 7 } },
        ],
        legend: { show: true },
      },
      data,
      el,
    );
    const resize = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(320, el.clientWidth), height: 240 }),
    );
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [phases]);
  return <div ref={box} className="phase-chart" role="img" aria-label="Cost and tokens per phase" />;
}
