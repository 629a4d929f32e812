// A chart of the production page as an accessible figure: a caption, the drawing (hidden from screen
// readers, which read the values beside it instead), and the chart code loaded only when drawn. If
// the drawing fails the page says so and the values stay.
import { type ReactNode, useEffect, useRef, useState } from 'react';

type Charts = typeof import('./production.plot.ts');

export function PlotFigure({
  caption,
  draw,
  children,
  testId,
}: {
  caption: ReactNode;
  /** Draws at the given width; a new function (a change of data) draws again. */
  draw: (m: Charts, width: number) => SVGSVGElement | HTMLElement;
  /** The same values for those who cannot see the drawing (a table, or a summary). */
  children?: ReactNode;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let gone = false;
    import('./production.plot.ts').then(
      (m) => {
        if (gone) return;
        const chart = draw(m, Math.max(280, el.clientWidth));
        chart.setAttribute('aria-hidden', 'true');
        el.replaceChildren(chart);
        setFailed(null);
      },
      (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      gone = true;
      el.replaceChildren();
    };
  }, [draw]);
  return (
    <figure className="overview-chart production-chart" data-testid={testId}>
      <figcaption>{caption}</figcaption>
      <div ref={box} className="overview-chart-drawing" />
      {failed && <p className="muted">The chart could not be drawn ({failed}); the values are given here.</p>}
      {children}
    </figure>
  );
}
