// The review of markings (/review/markings): maker names seen in components that resolve to no
// organization (with how many components and the best suggestion), which an analyst or administrator
// resolves to an organization (the name then becomes its alias); duplicate organizations merged into
// one (the merged one's name kept as an alias, audited); and the parts whose marking the machine
// flagged (logo and prefix of different makers, generic, clone family, ambiguous date), each linked to
// its item. Other signed-in users read it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { MarkingReview, Organization } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatNumber } from '../../ui/ui.format.ts';
import { Loading, PageTitle } from '../../ui/ui.status.tsx';
import { SignInNotice } from '../parties/parties.signin.tsx';
import { OrganizationSearch } from '../parts/parts.org-search.tsx';
import { ReviewFlagged } from './review.flagged.tsx';
import { MergeOrganizations } from './review.merge.tsx';

export const REVIEW_KEY = ['/api/markings/review'];

type Unresolved = MarkingReview['unresolved'][number];

function ResolveName({ u, onDone }: { u: Unresolved; onDone(message: string): void }) {
  const qc = useQueryClient();
  const [other, setOther] = useState(false);
  const resolve = useMutation({
    mutationFn: (o: { id: number; name: string }) =>
      api<{ updated: number }>('/api/markings/review/resolve', {
        body: { name: u.name, organizationId: o.id },
      }).then((r) => ({ ...r, to: o.name })),
    onSuccess: async (r) => {
      onDone(`“${u.name}” resolved to ${r.to}: ${formatNumber(r.updated)} components now name it.`);
      await qc.invalidateQueries({ queryKey: REVIEW_KEY });
      await qc.invalidateQueries({ queryKey: ['/api/components'] });
    },
  });
  return (
    <div className="resolve">
      {u.suggestion && (
        <button
          type="button"
          className="small"
          disabled={resolve.isPending}
          onClick={() =>
            resolve.mutate({ id: u.suggestion?.organizationId as number, name: u.suggestion?.name ?? '' })
          }
          aria-label={`Resolve “${u.name}” to ${u.suggestion.name}`}
        >
          Resolve to {u.suggestion.name}
        </button>
      )}{' '}
      {!other ? (
        <button
          type="button"
          className="secondary small"
          onClick={() => setOther(true)}
          aria-label={`Resolve “${u.name}” to another organization`}
        >
          Another organization…
        </button>
      ) : (
        <OrganizationSearchFor name={u.name} onPick={(o) => resolve.mutate({ id: o.id, name: o.name })} />
      )}
      <ErrorBox error={resolve.error} title="Not resolved" />
    </div>
  );
}

function OrganizationSearchFor({ name, onPick }: { name: string; onPick(o: Organization): void }) {
  const id = useId();
  return (
    <OrganizationSearch id={id} label={`Organization for “${name}”`} pickLabel="Resolve to" onPick={onPick} />
  );
}

export default function ReviewPage() {
  const { session } = useSession();
  const [message, setMessage] = useState<string | null>(null);
  const q = useQuery({
    queryKey: REVIEW_KEY,
    queryFn: ({ signal }) => api<MarkingReview>('/api/markings/review', { signal }),
    enabled: !!session,
  });
  if (!session)
    return (
      <>
        <PageTitle title="Review of markings">Review of markings</PageTitle>
        <SignInNotice what="the review of markings" />
      </>
    );
  const role = session.user.instanceRole;
  const canEdit = role === 'analyst' || role === 'admin';
  const r = q.data;
  return (
    <>
      <PageTitle title="Review of markings">Review of markings</PageTitle>
      {!canEdit && (
        <p className="notice" data-testid="read-only-notice">
          You read this review; analysts and administrators resolve names and merge organizations.
        </p>
      )}
      <div role="status" data-testid="review-message">
        {message && <p className="ok-box">{message}</p>}
      </div>
      <ErrorBox error={q.error} />
      {q.isPending ? (
        <Loading what="the review" />
      ) : (
        r && (
          <>
            <section aria-labelledby="review-unresolved">
              <h2 id="review-unresolved">Maker names that resolve to no organization</h2>
              {r.unresolved.length === 0 ? (
                <p className="muted">Every maker name read on a component resolves to an organization.</p>
              ) : (
                <div className="data-table">
                  <table data-testid="unresolved">
                    <caption className="visually-hidden">Unresolved maker names</caption>
                    <thead>
                      <tr>
                        <th scope="col">Name as read</th>
                        <th scope="col">Components</th>
                        <th scope="col">Suggestion</th>
                        {canEdit && <th scope="col">Resolve</th>}
                      </tr>
                    </thead>
                    <tbody>
                      {r.unresolved.map((u) => (
                        <tr key={u.name} data-name={u.name}>
                          <td className="mono">{u.name}</td>
                          <td data-testid="unresolved-count">{formatNumber(u.components)}</td>
                          <td>
                            {u.suggestion ? (
                              <>
                                <Link to={`/organizations/${u.suggestion.organizationId}`}>
                                  {u.suggestion.name}
                                </Link>{' '}
                                <span className="muted">(score {u.suggestion.score.toFixed(2)})</span>
                              </>
                            ) : (
                              <span className="muted">none</span>
                            )}
                          </td>
                          {canEdit && (
                            <td>
                              <ResolveName u={u} onDone={setMessage} />
                            </td>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
            {canEdit && <MergeOrganizations onDone={setMessage} />}
            <ReviewFlagged flagged={r.flagged} />
          </>
        )
      )}
    </>
  );
}
