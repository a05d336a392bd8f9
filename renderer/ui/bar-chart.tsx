/**
 * A small inline SVG bar chart (no chart library): an image to assistive tech, whose text
 * alternative lists every bar's label and value. Only labels are drawn; the table beside it carries
 * the figures, so nothing is known only from a bar's height.
 */
import { useId } from 'react';

/** One bar: its short label, its size, and its value in words ("$400.00"). */
export interface ChartBar {
  readonly label: string;
  readonly value: number;
  readonly valueText: string;
}

/** The chart's title and bars, in order. */
export interface BarChartProps {
  readonly title: string;
  readonly bars: readonly ChartBar[];
}

const BAR = 36;
const GAP = 8;
const PLOT = 96;
const LABEL = 16;

/** Renders the chart; bars scale to the largest value. */
export function BarChart({ title, bars }: BarChartProps) {
  const id = useId();
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  const width = Math.max(1, bars.length) * (BAR + GAP);
  return (
    <svg className="bar-chart" role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${PLOT + LABEL}`} width={width}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{bars.map((bar) => `${bar.label} ${bar.valueText}`).join(', ')}</desc>
      {bars.map((bar, index) => {
        const height = Math.round((bar.value / largest) * PLOT);
        const x = index * (BAR + GAP) + GAP / 2;
        return (
          <g key={bar.label}>
            <rect className="bar-chart-bar" x={x} y={PLOT - height} width={BAR} height={height} />
            <text className="bar-chart-label" x={x + BAR / 2} y={PLOT + LABEL - 3} textAnchor="middle">
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
