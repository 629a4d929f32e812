// The case's publication: its state and history, a request by an owner, the decision of a second
// member (the server refuses the one who asked; that refusal is shown as such) and withdrawal.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/api.client.ts';
import type { Case } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatDate } from '../../ui/ui.format.ts';
import { Loading } from '../../ui/ui.status.tsx';
import type { Publication } from './case.types.ts';

type Action = 'request' | 'approve' | 'reject' | 'withdraw';

interface Props {
  kase: Case;
  /** Editors and owners decide on a request made by someone else. */
  canWrite: boolean;
  /** Owners and administrators withdraw. */
  canManage: boolean;
  /** Only an owner asks for publication. */
  isOwner: boolean;
}

export function CasePublishing({ kase, canWrite, canManage, isOwner }: Props) {
  const qc = useQueryClient();
  const [note, setNote] = useState('');
  const key = ['publications', kase.id];
  const q = useQuery({
    queryKey: key,
    queryFn: () => api<{ publications: Publication[] }>(`/api/cases/${kase.id}/publications`),
  });
  const act = useMutation({
    mutationFn: (a: Action) =>
      api<Publication>(
        a === 'request' ? `/api/cases/${kase.id}/publication` : `/api/cases/${kase.id}/publication/${a}`,
        {
          method: 'POST',
          body: a === 'request' && note.trim() ? { note } : {},
        },
      ),
    onSuccess: async () => {
      setNote('');
      await Promise.all([
        qc.invalidateQueries({ queryKey: key }),
        qc.invalidateQueries({ queryKey: ['case', kase.id] }),
        qc.invalidateQueries({ queryKey: ['cases'] }),
      ]);
    },
  });
  const pubs = q.data?.publications ?? [];
  const pending = pubs.find((p) => p.state === 'pending');
  const published = kase.status === 'published';
  const submitRequest = (e: FormEvent) => {
    e.preventDefault();
    act.mutate('request');
  };
  const refusedAsRequester = act.error instanceof ApiError && act.error.status === 403;
  return (
    <section aria-labelledby="case-pub-h">
      <h2 id="case-pub-h">Publishing</h2>
      <p data-testid="publication-state">
        {published
          ? 'Published: anyone can read the published form of this case.'
          : pending
            ? `Publication requested by ${pending.requestedBy}; waiting for a second member to approve.`
            : 'Not published: only the members can read this case.'}
      </p>
      <div className="buttons">
        {pending && canWrite && (
          <>
            <button type="button" disabled={act.isPending} onClick={() => act.mutate('approve')}>
              Approve publication
            </button>
            <button
              type="button"
              className="secondary"
              disabled={act.isPending}
              onClick={() => act.mutate('reject')}
            >
              Reject publication
            </button>
          </>
        )}
        {published && canManage && (
          <button
            type="button"
            className="danger"
            disabled={act.isPending}
            onClick={() => act.mutate('withdraw')}
          >
            Withdraw publication
          </button>
        )}
      </div>
      {!published && !pending && isOwner && (
        <form onSubmit={submitRequest} className="form request-pub">
          <label htmlFor="pub-note">
            Note for the approving member (optional)
            <textarea id="pub-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div>
            <button type="submit" disabled={act.isPending}>
              Request publication
            </button>
          </div>
        </form>
      )}
      <ErrorBox
        error={act.error}
        title={refusedAsRequester ? 'Not allowed: a second member must decide on the publication' : undefined}
      />
      <ErrorBox error={q.error} />
      {q.isPending ? (
        <Loading what="publications" />
      ) : pubs.length === 0 ? (
        <p className="muted">No publication has been requested.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Publication history</caption>
          <thead>
            <tr>
              <th scope="col">Requested</th>
              <th scope="col">By</th>
              <th scope="col">Note</th>
              <th scope="col">State</th>
              <th scope="col">Decided by</th>
              <th scope="col">Decided</th>
            </tr>
          </thead>
          <tbody>
            {pubs.map((p) => (
              <tr key={p.id}>
                <td>{formatDate(p.createdAt)}</td>
                <td>{p.requestedBy}</td>
                <td>{p.note}</td>
                <td>{p.state}</td>
                <td>{p.approvedBy}</td>
                <td>{formatDate(p.decidedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
