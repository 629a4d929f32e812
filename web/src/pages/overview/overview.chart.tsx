// An accessible chart: a figure with a caption, the drawing (hidden from screen readers, which read
// the table of the same values instead), and the chart code loaded only when a chart is shown.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { formatNumber } from '../../ui/ui.format.ts';
import type { Bar } from './overview.types.ts';

type Draw = (m: typeof import('./overview.plot.ts'), width: number) => SVGSVGElement | HTMLElement;

export function Chart({
  caption,
  rows,
  labelHeader,
  draw,
  empty,
}: {
  caption: ReactNode;
  rows: Bar[];
  labelHeader: string;
  draw: Draw;
  empty: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || rows.length === 0) return;
    let gone = false;
    import('./overview.plot.ts').then(
      (m) => {
        if (gone) return;
        const chart = draw(m, Math.max(280, el.clientWidth));
        chart.setAttribute('aria-hidden', 'true');
        el.replaceChildren(chart);
      },
      (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      gone = true;
      el.replaceChildren();
    };
  }, [rows, draw]);
  return (
    <figure className="overview-chart">
      <figcaption>{caption}</figcaption>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <div ref={box} className="overview-chart-drawing" />
          {failed && <p className="muted">The chart could not be drawn ({failed}); the values are below.</p>}
          <table className={failed ? undefined : 'visually-hidden'}>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{labelHeader}</th>
                <th scope="col">Count</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  <td>{formatNumber(r.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
