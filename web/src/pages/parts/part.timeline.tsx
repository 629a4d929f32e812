// The date codes of a part on a timeline, as an accessible figure like the overview's charts: a caption,
// the drawing (hidden from screen readers) and a table of the same values (hidden from sight unless
// the drawing fails). Components with no date code are counted, not drawn.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FoundItem } from '../../api/api.types.ts';
import { formatNumber } from '../../ui/ui.format.ts';
import type { TimelineRow } from './parts.plot.ts';

const day = (s: string) => new Date(`${s.slice(0, 10)}T00:00:00Z`);

export function DateTimeline({ items }: { items: FoundItem[] }) {
  const dated = useMemo(
    () =>
      items
        .filter((i) => i.dateEarliest && i.dateLatest)
        .sort(
          (a, b) =>
            (a.dateEarliest as string).localeCompare(b.dateEarliest as string) ||
            a.componentId - b.componentId,
        ),
    [items],
  );
  const rows = useMemo<TimelineRow[]>(
    () =>
      dated.map((i) => ({
        label: `item ${i.itemId} · #${i.componentId}`,
        earliest: day(i.dateEarliest as string),
        latest: day(i.dateLatest as string),
        // A published item's month is no day to draw.
        recovered: i.recoveredAt && /^\d{4}-\d{2}-\d{2}/.test(i.recoveredAt) ? day(i.recoveredAt) : null,
        ambiguous: i.dateAmbiguous,
      })),
    [dated],
  );
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || rows.length === 0) return;
    let gone = false;
    import('./parts.plot.ts').then(
      (m) => {
        if (gone) return;
        const chart = m.dateTimeline(rows, Math.max(280, el.clientWidth));
        chart.setAttribute('aria-hidden', 'true');
        el.replaceChildren(chart);
      },
      (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      gone = true;
      el.replaceChildren();
    };
  }, [rows]);
  const undated = items.length - dated.length;
  const caption = `Date codes of the ${formatNumber(dated.length)} dated components: each bar runs from the first to the last day its date code can mean (grey: ambiguous, more than one decade possible); the red diamond is the day its item was recovered.`;
  return (
    <figure className="overview-chart part-timeline" data-testid="date-timeline">
      <figcaption>
        {caption}
        {undated > 0 && ` ${formatNumber(undated)} without a readable date code are not drawn.`}
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted">No component of this part has a readable date code.</p>
      ) : (
        <>
          <p className="timeline-legend" aria-hidden="true">
            <span className="swatch dated" /> date code <span className="swatch ambiguous" /> ambiguous{' '}
            <span className="swatch recovered" /> recovered
          </p>
          <div ref={box} className="overview-chart-drawing" />
          {failed && (
            <p className="muted">The timeline could not be drawn ({failed}); the values are below.</p>
          )}
          <table className={failed ? undefined : 'visually-hidden'}>
            <caption>Date codes and recovery dates</caption>
            <thead>
              <tr>
                <th scope="col">Component</th>
                <th scope="col">Date code</th>
                <th scope="col">Earliest</th>
                <th scope="col">Latest</th>
                <th scope="col">Recovered</th>
              </tr>
            </thead>
            <tbody>
              {dated.map((i) => (
                <tr key={i.componentId}>
                  <th scope="row">
                    item {i.itemId} · component #{i.componentId}
                  </th>
                  <td>
                    {i.dateCode}
                    {i.dateAmbiguous && ' (ambiguous)'}
                  </td>
                  <td>{i.dateEarliest}</td>
                  <td>{i.dateLatest}</td>
                  <td>{i.recoveredAt ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
