// The audit history of one record (GET /api/audit): when, who, what was done, and for a change the
// fields it changed with their old and new values. Signed-in users only (the server answers nobody
// else); members' reads of restricted fields are recorded too, and shown on request.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api/api.client.ts';
import { useSession } from '../api/api.session.tsx';
import type { AuditEntry } from '../api/api.types.ts';
import { ErrorBox } from './ui.error.tsx';
import { formatDate } from './ui.format.ts';
import { Loading } from './ui.status.tsx';

export interface AuditHistoryProps {
  entityType: string;
  entityId: number;
  /** The section's heading; "History" unless given. */
  title?: string;
  /** The heading's level, so that the page's outline stays in order. */
  level?: 2 | 3;
}

/** Columns that say nothing about the change itself: timestamps every row has, and the text kept
 * for search, derived from the other fields. */
const BOOKKEEPING = new Set(['updated_at', 'created_at', 'search_text', 'search_vector']);

interface Change {
  field: string;
  before: string;
  after: string;
}

const words = (column: string) => column.replaceAll('_', ' ');

const asText = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'string') {
    // JSON columns are stored as text: shown as what they hold.
    if (/^[[{]/.test(v)) {
      try {
        return JSON.stringify(JSON.parse(v));
      } catch {
        return v;
      }
    }
    return v;
  }
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
};

/** The fields an entry changed (an update), or set (a create). */
export function changesOf(e: Pick<AuditEntry, 'before' | 'after'>): Change[] {
  const before = (e.before && typeof e.before === 'object' ? e.before : {}) as Record<string, unknown>;
  const after = (e.after && typeof e.after === 'object' ? e.after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const out: Change[] = [];
  for (const k of keys) {
    if (BOOKKEEPING.has(k) || k === 'id') continue;
    const b = asText(before[k]);
    const a = asText(after[k]);
    if (a !== b) out.push({ field: words(k), before: b, after: a });
  }
  return out;
}

export function AuditHistory({ entityType, entityId, title = 'History', level = 2 }: AuditHistoryProps) {
  const { session } = useSession();
  const headingId = useId();
  const [showReads, setShowReads] = useState(false);
  const q = useQuery({
    queryKey: ['audit', entityType, entityId],
    queryFn: ({ signal }) =>
      api<{ entries: AuditEntry[] }>('/api/audit', { query: { entityType, entityId, limit: 200 }, signal }),
    enabled: session !== null,
  });
  if (!session) return null;
  const H = level === 2 ? 'h2' : 'h3';
  const entries = q.data?.entries ?? [];
  const reads = entries.filter((e) => e.action === 'read');
  const shown = showReads ? entries : entries.filter((e) => e.action !== 'read');
  return (
    <section className="audit-history" aria-labelledby={headingId}>
      <H id={headingId}>{title}</H>
      {q.isPending && <Loading what="the history" />}
      <ErrorBox error={q.error} />
      {q.data && (
        <>
          {reads.length > 0 && (
            <label className="audit-reads">
              <input
                type="checkbox"
                checked={showReads}
                onChange={(e) => setShowReads(e.currentTarget.checked)}
              />{' '}
              Show reads of restricted fields ({reads.length})
            </label>
          )}
          {shown.length === 0 ? (
            <p className="muted">
              No recorded changes of this record
              {entries.length === 0 ? ' (records loaded in bulk are recorded per batch)' : ''}.
            </p>
          ) : (
            <table className="audit-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">Changes</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((e) => (
                  <tr key={e.seq} data-audit-seq={e.seq}>
                    <td className="nowrap">{formatDate(e.at, 'time')}</td>
                    <td>{e.actor}</td>
                    <td>{e.action}</td>
                    <td>
                      <EntryDetails entry={e} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

function EntryDetails({ entry: e }: { entry: AuditEntry }) {
  if (e.action === 'read') {
    const fields = (e.after as { fields?: string[] } | null)?.fields ?? [];
    return <span className="muted">read {fields.join(', ') || 'restricted fields'}</span>;
  }
  if (e.action === 'delete') return <span>deleted</span>;
  if (e.action === 'restore') return <span>restored</span>;
  const changes = changesOf(e);
  if (changes.length === 0) return <span className="muted">no field changed</span>;
  if (e.action === 'create')
    return (
      <ul className="audit-changes">
        {changes
          .filter((c) => c.after !== '')
          .map((c) => (
            <li key={c.field} data-field={c.field}>
              <span className="audit-field">{c.field}</span>: <ins>{c.after}</ins>
            </li>
          ))}
      </ul>
    );
  return (
    <ul className="audit-changes">
      {changes.map((c) => (
        <li key={c.field} data-field={c.field}>
          <span className="audit-field">{c.field}</span>:{' '}
          <span className="visually-hidden">changed from </span>
          {c.before === '' ? <span className="muted">(empty)</span> : <del>{c.before}</del>}{' '}
          <span aria-hidden="true">→</span>
          <span className="visually-hidden">to</span>{' '}
          {c.after === '' ? <span className="muted">(empty)</span> : <ins>{c.after}</ins>}
        </li>
      ))}
    </ul>
  );
}
