// The machine's reading of a marking while it is typed: once typing pauses (200 ms) the text goes to
// POST /api/markings/parse with the item's recovery date (no part is made after it), and the reading
// is shown beside the editor: maker (and what it is now part of), part number, date code (or the
// decades it leaves open), lot, country of assembly, confidences, warnings and alternatives. A
// refused text (empty, binary, too long) is said in place; the editor goes on working.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, api } from '../../api/api.client.ts';
import type { MarkingReading } from '../../api/api.types.ts';
import { countryName, dateCodeText, FlagList, percent } from './components.markings.tsx';

export const READING_DELAY_MS = 200;

/** The value once it has stayed the same for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/** A recovery date the parse endpoint takes: a day, YYYY-MM-DD (a month or year is not sent). */
export const recoveryDay = (iso: string | null | undefined): string | undefined =>
  iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : undefined;

export function useMarkingReading(text: string, recovered?: string) {
  const settled = useDebounced(text, READING_DELAY_MS);
  const empty = settled.trim() === '';
  const q = useQuery({
    queryKey: ['/api/markings/parse', settled, recovered ?? null],
    queryFn: ({ signal }) =>
      api<MarkingReading>('/api/markings/parse', {
        method: 'POST',
        body: recovered ? { text: settled, recovered } : { text: settled },
        signal,
      }),
    enabled: !empty,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });
  return { ...q, empty, pending: text !== settled || q.isFetching };
}

function Conf({ value }: { value: number | undefined }) {
  if (value == null) return null;
  return <span className="origin">machine, {percent(value)}</span>;
}

export function ReadingView({ r }: { r: MarkingReading }) {
  const m = r.manufacturer;
  const fc = r.fieldConfidence;
  return (
    <>
      <dl className="fields reading-fields">
        <dt>Maker</dt>
        <dd data-testid="reading-maker">
          {m ? (
            <>
              {m.organizationId ? <Link to={`/makers/${m.organizationId}`}>{m.name}</Link> : m.name}
              {m.country && <span className="muted"> · {countryName(m.country)}</span>}
              {m.now && <span data-testid="reading-now"> · now part of {m.now.name}</span>}
              <span className="muted"> · by {m.matchedBy}</span> <Conf value={fc.manufacturer} />
            </>
          ) : (
            <span className="muted">not read</span>
          )}
        </dd>
        <dt>Part number</dt>
        <dd data-testid="reading-part">
          {r.partNumber ? (
            <>
              <span className="mono">{r.partNumber.full}</span>
              {r.partNumber.base && r.partNumber.base !== r.partNumber.full && (
                <>
                  {' '}
                  <span className="muted">base</span> <span className="mono">{r.partNumber.base}</span>
                </>
              )}{' '}
              <Conf value={fc.partNumber} />
            </>
          ) : (
            <span className="muted">not read</span>
          )}
        </dd>
        <dt>Date code</dt>
        <dd data-testid="reading-date">
          {r.dateCode ? (
            <>
              <span className="mono">{r.dateCode.raw}</span>
              {' = '}
              <span className={r.dateCode.ambiguous ? 'ambiguous' : undefined}>
                {dateCodeText(r.dateCode)}
              </span>
              <span className="muted">
                {' '}
                ({r.dateCode.earliest} – {r.dateCode.latest}, {r.dateCode.scheme})
              </span>{' '}
              <Conf value={fc.dateCode} />
            </>
          ) : (
            <span className="muted">not read</span>
          )}
        </dd>
        <dt>Lot code</dt>
        <dd data-testid="reading-lot">
          {r.lotCode ? (
            <>
              <span className="mono">{r.lotCode}</span> <Conf value={fc.lotCode} />
            </>
          ) : (
            <span className="muted">not read</span>
          )}
        </dd>
        <dt>Country of assembly</dt>
        <dd data-testid="reading-country">
          {r.countryOfAssembly ? (
            <>
              {countryName(r.countryOfAssembly)} <Conf value={fc.countryOfAssembly} />
            </>
          ) : (
            <span className="muted">not read</span>
          )}
        </dd>
        <dt>Confidence</dt>
        <dd data-testid="reading-confidence">{percent(r.confidence)}</dd>
      </dl>
      <FlagList flags={r.flags} />
      {r.alternatives.length > 0 && (
        <div className="reading-alternatives">
          <h4>Alternatives</h4>
          <ol>
            {r.alternatives.map((a, i) => (
              // Alternatives have no id; the server ranks them and the order is stable.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={i}>
                {a.manufacturer?.name ?? 'maker unknown'}
                {a.partNumber && (
                  <>
                    {' '}
                    · <span className="mono">{a.partNumber.full}</span>
                  </>
                )}{' '}
                <span className="muted">
                  ({percent(a.confidence)}: {a.reason})
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
}

/** The live reading of a marking being typed, for the component editor. */
export function LiveReading({ text, recovered }: { text: string; recovered?: string }) {
  const q = useMarkingReading(text, recovered);
  const h = useId();
  const refused = q.error instanceof ApiError && q.error.status < 500 ? q.error : null;
  const summary = q.empty
    ? 'Type a marking to see how the machine reads it.'
    : q.error
      ? `The marking cannot be read: ${q.error instanceof Error ? q.error.message : String(q.error)}`
      : q.data
        ? `Read${q.data.manufacturer ? ` as ${q.data.manufacturer.name}` : ''}${q.data.partNumber ? ` ${q.data.partNumber.full}` : ''}, ${percent(q.data.confidence)} sure${q.data.flags.length ? `, ${q.data.flags.length} warning${q.data.flags.length > 1 ? 's' : ''}` : ''}.`
        : 'Reading…';
  return (
    <section className="live-reading" aria-labelledby={h} aria-busy={q.pending}>
      <h4 id={h}>
        The machine&rsquo;s reading{' '}
        {recovered && <span className="muted small">(recovered {recovered}: no later date is possible)</span>}
      </h4>
      <p className={refused ? 'field-error' : 'muted'} aria-live="polite" data-testid="reading-status">
        {summary}
      </p>
      {!q.empty && !q.error && q.data && <ReadingView r={q.data} />}
      {!q.empty && q.data && (
        <p className="muted small">
          Saving the component stores this reading in the parsed fields the machine filled; a field a person
          typed is kept as theirs.
        </p>
      )}
    </section>
  );
}
