// The review queue of one status: its hits (a page at a time, highest score first as the server
// orders them), one selected and shown in full. Driven by the keyboard: j/k or the arrows move, m/n/u
// open the note field of a decision, Enter saves it and selects the next hit. Viewers read only.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/api.client.ts';
import type { Decision, HitStatus, ScreeningHit } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatNumber } from '../../ui/ui.format.ts';
import { Loading } from '../../ui/ui.status.tsx';
import { useServerTable } from '../../ui/ui.table.tsx';
import { DecisionButtons, DecisionNote } from './screening.decide.tsx';
import { HitDetail } from './screening.hit.tsx';
import { queueAction } from './screening.keys.ts';
import { percent, STATUS_LABELS } from './screening.labels.ts';

export const HITS_API = '/api/screening/hits';

/** Focuses a hit's row once React has drawn it (a new page, a hit gone from the open queue), so that
 * the selection is where the keyboard focus is, and visible. */
const focusRow = (list: HTMLOListElement | null, id: number) =>
  requestAnimationFrame(() => list?.querySelector<HTMLButtonElement>(`button[data-hit-id="${id}"]`)?.focus());

function HitRow({ hit, selected, onSelect }: { hit: ScreeningHit; selected: boolean; onSelect(): void }) {
  return (
    <li>
      <button
        type="button"
        className="hit-row"
        aria-current={selected ? 'true' : undefined}
        data-hit-id={hit.id}
        onClick={onSelect}
      >
        <span className="hit-row-names">
          <strong>{hit.partyName}</strong> <span className="muted">↔</span> {hit.entryName}
        </span>
        <span className="hit-row-meta">
          <span className="hit-score">{percent(hit.score)}</span> · {hit.listName}
          {hit.status !== 'open' && (
            <span className={`tag status-${hit.status}`}>{STATUS_LABELS[hit.status]}</span>
          )}
          {hit.entryChanged && <span className="tag">entry changed</span>}
          {hit.entryRemoved && <span className="tag">removed</span>}
        </span>
      </button>
    </li>
  );
}

export function HitQueue({
  status,
  party,
  initialHit,
  canDecide,
  onMessage,
}: {
  status: HitStatus;
  /** Only this party's hits. */
  party: { partyType: string; partyId: string } | null;
  /** The hit selected first (a link from a party's page), when it is on the page. */
  initialHit: number | null;
  canDecide: boolean;
  onMessage(message: string): void;
}) {
  const qc = useQueryClient();
  const table = useServerTable<ScreeningHit>(HITS_API, { status, ...party }, { limit: 50 });
  const hits = table.page?.rows ?? [];
  const [selectedId, setSelectedId] = useState<number | null>(initialHit);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const index = Math.max(
    0,
    hits.findIndex((h) => h.id === selectedId),
  );
  const selected = hits[index] ?? null;

  const decide = useMutation({
    mutationFn: (v: { hit: ScreeningHit; decision: Decision; note: string }) =>
      api<ScreeningHit>(`${HITS_API}/${v.hit.id}/decision`, {
        body: { decision: v.decision, ...(v.note ? { note: v.note } : {}) },
      }),
    onSuccess: async (saved, v) => {
      onMessage(`${saved.partyName} ↔ ${saved.entryName}: ${STATUS_LABELS[saved.status]}.`);
      setDeciding(null);
      const i = hits.findIndex((h) => h.id === v.hit.id);
      const next = hits[i + 1] ?? hits[i - 1] ?? null;
      // In the open queue the decided hit leaves; elsewhere it stays. Either way the next is reviewed.
      setSelectedId(next?.id ?? null);
      if (next) focusRow(list.current, next.id);
      await qc.invalidateQueries({ queryKey: [HITS_API] });
      await qc.invalidateQueries({ queryKey: ['/api/screening/parties'] });
    },
  });

  // The latest state for the one key listener of the page.
  const state = useRef({ hits, index, deciding, canDecide, selected });
  state.current = { hits, index, deciding, canDecide, selected };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = state.current;
      if (s.deciding) return;
      const a = queueAction(e);
      if (!a || s.hits.length === 0) return;
      e.preventDefault();
      if ('move' in a) {
        const next = s.hits[Math.min(s.hits.length - 1, Math.max(0, s.index + a.move))];
        setSelectedId(next.id);
        focusRow(list.current, next.id);
      } else if (s.canDecide && s.selected) {
        decide.reset();
        setDeciding(a.decide);
      } else if (!s.canDecide) {
        onMessage('You read this queue; analysts and administrators decide hits.');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [decide.reset, onMessage]);

  if (table.loading) return <Loading what="the hits" />;
  const total = table.page?.total ?? 0;
  const last = Math.min(table.offset + hits.length, total);
  return (
    <div className="hit-queue">
      <ErrorBox error={table.error} />
      {hits.length === 0 ? (
        <p className="muted" data-testid="queue-empty">
          No {STATUS_LABELS[status]} hit.
        </p>
      ) : (
        <div className="queue-layout">
          <div>
            <ol className="hit-list" ref={list} aria-label={`Hits: ${STATUS_LABELS[status]}`}>
              {hits.map((h) => (
                <HitRow
                  key={h.id}
                  hit={h}
                  selected={h.id === selected?.id}
                  onSelect={() => setSelectedId(h.id)}
                />
              ))}
            </ol>
            <nav className="pager" aria-label="Hits: pages">
              <button
                type="button"
                disabled={table.offset === 0}
                onClick={() => table.setOffset(Math.max(0, table.offset - table.limit))}
              >
                Previous
              </button>
              <span data-testid="queue-position">
                {formatNumber(table.offset + 1)}–{formatNumber(last)} of {formatNumber(total)}
              </span>
              <button
                type="button"
                disabled={last >= total}
                onClick={() => table.setOffset(table.offset + table.limit)}
              >
                Next
              </button>
            </nav>
          </div>
          {selected && (
            <div>
              <HitDetail hit={selected} />
              {canDecide && (
                <section aria-label="Decision" className="decision">
                  {deciding ? (
                    <DecisionNote
                      key={`${selected.id}-${deciding}`}
                      decision={deciding}
                      saving={decide.isPending}
                      onCancel={() => {
                        setDeciding(null);
                        focusRow(list.current, selected.id);
                      }}
                      onConfirm={(note) => decide.mutate({ hit: selected, decision: deciding, note })}
                    />
                  ) : (
                    <DecisionButtons
                      disabled={decide.isPending}
                      onPick={(d) => {
                        decide.reset();
                        setDeciding(d);
                      }}
                    />
                  )}
                  <ErrorBox error={decide.error} title="Not saved" />
                </section>
              )}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
