// The screening review (/screening): the hits of parties against watch-list entries, by status (open
// first), reviewed one at a time with the keyboard (see screening.queue.tsx), and a box to screen a
// name. Every signed-in user reads it; analysts and administrators decide.
import { useQueries } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { HitStatus, Page, ScreeningHit } from '../../api/api.types.ts';
import { formatNumber } from '../../ui/ui.format.ts';
import { PageTitle } from '../../ui/ui.status.tsx';
import { useUrlFilters } from '../components/components.filters.tsx';
import { SignInNotice } from '../parties/parties.signin.tsx';
import './screening.css';
import { STATUS_LABELS } from './screening.labels.ts';
import { HITS_API, HitQueue } from './screening.queue.tsx';
import { ScreenBox } from './screening.screen-box.tsx';

const TABS: HitStatus[] = ['open', 'match', 'not_match', 'unsure'];
const FILTERS = ['status', 'partyType', 'partyId', 'hit'] as const;

function StatusTabs({
  status,
  party,
  onPick,
}: {
  status: HitStatus;
  party: { partyType: string; partyId: string } | null;
  onPick(s: HitStatus): void;
}) {
  // Only the totals: the same key as the queue's would share its cache with another page size.
  const totals = useQueries({
    queries: TABS.map((s) => ({
      queryKey: [HITS_API, { status: s, ...party, limit: 1, offset: 0, count: true }],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api<Page<ScreeningHit>>(HITS_API, { query: { status: s, ...party, limit: 1, offset: 0 }, signal }),
    })),
  });
  const move = (from: number, by: number) => {
    const next = TABS[(from + by + TABS.length) % TABS.length];
    onPick(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Hits by status" className="tabs">
      {TABS.map((s, i) => (
        <button
          key={s}
          id={`tab-${s}`}
          type="button"
          role="tab"
          aria-selected={s === status}
          aria-controls="hits-panel"
          tabIndex={s === status ? 0 : -1}
          onClick={() => onPick(s)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') move(i, 1);
            else if (e.key === 'ArrowLeft') move(i, -1);
          }}
        >
          {STATUS_LABELS[s]}{' '}
          <span className="tab-count" data-testid={`tab-count-${s}`}>
            {totals[i].data ? formatNumber(totals[i].data.total) : ''}
          </span>
        </button>
      ))}
    </div>
  );
}

export default function ScreeningPage() {
  const { session } = useSession();
  const { values, set } = useUrlFilters(FILTERS);
  const [, setParams] = useSearchParams();
  const [message, setMessage] = useState<string | null>(null);
  const onMessage = useCallback((m: string) => setMessage(m), []);
  const status = (TABS as string[]).includes(values.status) ? (values.status as HitStatus) : 'open';
  const party =
    values.partyType && values.partyId ? { partyType: values.partyType, partyId: values.partyId } : null;
  if (!session)
    return (
      <>
        <PageTitle title="Screening">Screening review</PageTitle>
        <SignInNotice what="the screening review" />
      </>
    );
  const role = session.user.instanceRole;
  const canDecide = role === 'analyst' || role === 'admin';
  return (
    <>
      <PageTitle title="Screening">Screening review</PageTitle>
      <p className="muted keys-help" id="keys-help">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> or <kbd>↓</kbd>/<kbd>↑</kbd> move
        {canDecide && (
          <>
            ; <kbd>m</kbd> match, <kbd>n</kbd> not a match, <kbd>u</kbd> unsure, each with a note (
            <kbd>Enter</kbd> saves, <kbd>Esc</kbd> cancels)
          </>
        )}
        .
      </p>
      {!canDecide && (
        <p className="notice" data-testid="read-only-notice">
          You read this queue; analysts and administrators decide hits.
        </p>
      )}
      <div role="status" data-testid="screening-message">
        {message && <p className="ok-box">{message}</p>}
      </div>
      {party && (
        <p className="filter-chip" data-testid="party-filter">
          The hits of {party.partyType} #{party.partyId} only.{' '}
          <button
            type="button"
            className="secondary small"
            onClick={() =>
              setParams(
                (prev) => {
                  const next = new URLSearchParams(prev);
                  for (const k of ['partyType', 'partyId', 'hit', 'offset']) next.delete(k);
                  return next;
                },
                { replace: true },
              )
            }
          >
            Every party
          </button>
        </p>
      )}
      <StatusTabs status={status} party={party} onPick={(s) => set('status', s === 'open' ? '' : s)} />
      <section id="hits-panel" role="tabpanel" aria-labelledby={`tab-${status}`}>
        <HitQueue
          key={`${status}|${values.partyType}|${values.partyId}`}
          status={status}
          party={party}
          initialHit={Number(values.hit) || null}
          canDecide={canDecide}
          onMessage={onMessage}
        />
      </section>
      <ScreenBox />
    </>
  );
}
