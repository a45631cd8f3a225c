// Charts on uPlot: canvas-drawn, ~50 KB, draws tens of thousands of points in a few milliseconds and
// keeps memory flat — a 3-hour show at 1-second buckets is 10,800 points per series, a year of daily
// totals is 365; SVG-based libraries (Recharts, Chart.js with animations) slow down well before that.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Timeline } from '../../shared/apiReports';

const GRID = { stroke: 'rgba(132,147,164,0.18)', width: 1 };
const AXIS = { stroke: '#8493a4', grid: GRID, ticks: GRID };

function usePlot(make: (el: HTMLDivElement, width: number) => uPlot, deps: unknown[]) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const plot = make(el, el.clientWidth || 900);
    const ro = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(320, el.clientWidth), height: plot.height }),
    );
    ro.observe(el);
    return () => {
      ro.disconnect();
      plot.destroy();
    };
  }, deps);
  return ref;
}

/** Comments/s and questions/s over the show; every breach a thin red line at its due moment. */
export function TimelineChart(props: {
  timeline: Timeline;
  labels: { comments: string; questions: string };
}) {
  const { timeline: tl, labels } = props;
  const ref = usePlot(
    (el, width) => {
      const xs = tl.comments.map((_, i) => (tl.t0 + i * tl.bucketMs) / 1000);
      const breachXs = tl.breaches.map((b) => b.at / 1000);
      return new uPlot(
        {
          width,
          height: 220,
          legend: { show: true },
          cursor: { drag: { x: true, y: false } },
          scales: { x: { time: true } },
          axes: [AXIS, { ...AXIS, size: 46 }],
          series: [
            {},
            {
              label: labels.comments,
              stroke: '#4fa3ff',
              width: 1,
              fill: 'rgba(79,163,255,0.12)',
              points: { show: false },
            },
            { label: labels.questions, stroke: '#f0b43c', width: 1.5, points: { show: false } },
          ],
          hooks: {
            draw: [
              (u) => {
                const { ctx } = u;
                const { top, height } = u.bbox;
                ctx.save();
                ctx.strokeStyle = 'rgba(255,93,93,0.55)';
                ctx.lineWidth = Math.max(1, devicePixelRatio);
                ctx.beginPath();
                for (const x of breachXs) {
                  const px = Math.round(u.valToPos(x, 'x', true));
                  ctx.moveTo(px, top);
                  ctx.lineTo(px, top + height);
                }
                ctx.stroke();
                ctx.restore();
              },
            ],
          },
        },
        [xs, tl.comments, tl.questions],
        el,
      );
    },
    [tl, labels.comments, labels.questions],
  );
  return <div className="chart" ref={ref} data-testid="review-timeline" />;
}

/** One bar per group (e.g. % met per staff member or per hour). */
export function BarChart(props: {
  labels: string[];
  values: (number | null)[];
  name: string;
  testId?: string;
}) {
  const { labels, values, name } = props;
  const ref = usePlot(
    (el, width) =>
      new uPlot(
        {
          width,
          height: 200,
          legend: { show: false },
          scales: { x: { time: false, range: [-0.5, labels.length - 0.5] }, y: { range: [0, 100] } },
          axes: [
            { ...AXIS, values: (_u, splits) => splits.map((i) => labels[i] ?? ''), space: 24, gap: 4 },
            { ...AXIS, size: 40 },
          ],
          series: [
            {},
            {
              label: name,
              stroke: '#3ccf7a',
              fill: 'rgba(60,207,122,0.45)',
              paths: uPlot.paths.bars!({ size: [0.6, 60] }),
              points: { show: false },
            },
          ],
        },
        [labels.map((_, i) => i), values.map((v) => v ?? null)] as uPlot.AlignedData,
        el,
      ),
    [labels.join('|'), values.join('|'), name],
  );
  return <div className="chart" ref={ref} data-testid={props.testId} />;
}
