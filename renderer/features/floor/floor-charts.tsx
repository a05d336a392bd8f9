/**
 * The floor board's two small charts (recharts, loaded only with the board): average handle time by
 * hour and calls by disposition. Each bar carries its value as a label, so nothing is known only from
 * a height; the drawing is hidden from assistive tech and a visually hidden table beside it says the
 * same in rows and columns (the chart's text alternative).
 */
import { useId, type ReactNode } from 'react';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import type { FloorDisposition, FloorHour } from '../../../shared/floor/floor-board';
import { averageHandleSeconds } from '../../../shared/floor/summarize-floor';
import { formatClock, formatHour } from './format-floor';

const BAR_COLOR = '#1d4ed8';
const TICK = { fontSize: 12, fill: '#374151' };

/** A chart with its caption and its table; the caption names both. */
function ChartFigure({ title, isEmpty, chart, table }: { title: string; isEmpty: boolean; chart: ReactNode; table: ReactNode }) {
  const id = useId();
  return (
    <figure className="floor-chart" aria-labelledby={id}>
      <figcaption id={id} className="floor-chart-title">{title}</figcaption>
      {isEmpty ? <p className="floor-chart-empty">No calls handled yet today.</p> : (
        <>
          <div aria-hidden="true">{chart}</div>
          <div className="sr-only">{table}</div>
        </>
      )}
    </figure>
  );
}

/** Average handle time in each hour that had calls. */
export function HandleTimeByHourChart({ hours }: { readonly hours: readonly FloorHour[] }) {
  const data = hours.map((h) => {
    const aht = averageHandleSeconds(h.handleSeconds, h.handledCount) ?? 0;
    return { hour: formatHour(h.hourStart), minutes: Math.round(aht / 6) / 10, label: formatClock(aht), calls: h.handledCount };
  });
  return (
    <ChartFigure
      title="Average handle time by hour"
      isEmpty={data.length === 0}
      chart={(
        <BarChart width={340} height={170} data={data} accessibilityLayer={false} margin={{ top: 18, right: 8, bottom: 0, left: 0 }}>
          <XAxis dataKey="hour" tick={TICK} tickLine={false} />
          <YAxis tick={TICK} width={36} unit="m" allowDecimals={false} />
          <Bar dataKey="minutes" fill={BAR_COLOR} maxBarSize={40} isAnimationActive={false}>
            <LabelList dataKey="label" position="top" style={{ fontSize: 11, fill: '#111827' }} />
          </Bar>
        </BarChart>
      )}
      table={(
        <table>
          <caption>Average handle time by hour</caption>
          <thead><tr><th scope="col">Hour</th><th scope="col">Calls handled</th><th scope="col">Average handle time</th></tr></thead>
          <tbody>{data.map((d) => <tr key={d.hour}><th scope="row">{d.hour}</th><td>{d.calls}</td><td>{d.label}</td></tr>)}</tbody>
        </table>
      )}
    />
  );
}

/** Handled calls by wrap-up disposition, most first. */
export function CallsByDispositionChart({ dispositions }: { readonly dispositions: readonly FloorDisposition[] }) {
  const data = dispositions.map((d) => ({ label: d.label, count: d.count }));
  return (
    <ChartFigure
      title="Calls by disposition"
      isEmpty={data.length === 0}
      chart={(
        <BarChart width={340} height={Math.max(80, data.length * 24 + 24)} data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 0, right: 32, bottom: 0, left: 0 }}>
          <XAxis type="number" hide allowDecimals={false} />
          <YAxis type="category" dataKey="label" tick={TICK} width={150} tickLine={false} />
          <Bar dataKey="count" fill={BAR_COLOR} isAnimationActive={false}>
            <LabelList dataKey="count" position="right" style={{ fontSize: 11, fill: '#111827' }} />
          </Bar>
        </BarChart>
      )}
      table={(
        <table>
          <caption>Calls by disposition</caption>
          <thead><tr><th scope="col">Disposition</th><th scope="col">Calls</th></tr></thead>
          <tbody>{data.map((d) => <tr key={d.label}><th scope="row">{d.label}</th><td>{d.count}</td></tr>)}</tbody>
        </table>
      )}
    />
  );
}
