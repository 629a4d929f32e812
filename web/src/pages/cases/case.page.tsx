// One case: its title and summary (edited in place by its editors), its items, evidence files and
// custody events, and for its members the members, the publishing and the audit history. A visitor
// or a non-member reads the published form only, and is told so.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { Case } from '../../api/api.types.ts';
import { AuditHistory } from '../../ui/ui.audit.tsx';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { Loading, PageTitle } from '../../ui/ui.status.tsx';
import { CaseCustody } from './case.custody.tsx';
import { CaseFiles } from './case.files.tsx';
import { CaseHeader } from './case.header.tsx';
import { CaseItems } from './case.items.tsx';
import { CaseMembers } from './case.members.tsx';
import { CasePublishing } from './case.publishing.tsx';
import { CaseRestrictions } from './case.restrictions.tsx';

export default function CasePage() {
  const id = Number(useParams().id);
  const { roleIn, canManage, session } = useSession();
  const q = useQuery({
    queryKey: ['case', id],
    queryFn: () => api<Case>(`/api/cases/${id}`),
    enabled: Number.isInteger(id) && id > 0,
    retry: false,
  });
  if (!Number.isInteger(id) || id <= 0 || q.error)
    return (
      <>
        <PageTitle title="Case not found">Case not found</PageTitle>
        <ErrorBox error={q.error ?? new Error('This is not a case number.')} />
      </>
    );
  if (q.isPending) return <Loading what="the case" />;
  const kase = q.data;
  const role = roleIn(id);
  const member = role !== null;
  return (
    <>
      <CaseHeader kase={kase} canEdit={role === 'editor' || role === 'owner'} />
      {!member && (
        <p className="notice" data-testid="published-form-note">
          You are reading the published form: places coarsened, dates to the month; restricted records
          withheld.
        </p>
      )}
      <CaseItems caseId={id} />
      <p>
        <Link to={`/cases/${id}/attributions`} data-testid="case-attributions-link">
          Attributions of the items
        </Link>
        : which known design variant each item is, by the machine's reading and by human decision.
      </p>
      <p>
        <Link to={`/production?caseId=${id}`} data-testid="case-production-link">
          Production estimates
        </Link>
        : how many of each designation had been made up to now, from this case's serial numbers.
      </p>
      <CaseFiles caseId={id} canUpload={role === 'editor' || role === 'owner'} />
      <CaseCustody caseId={id} published={!member} />
      {(member || canManage(id)) && <CaseMembers caseId={id} canManage={canManage(id)} />}
      {member && (
        <CasePublishing
          kase={kase}
          canWrite={role !== 'viewer'}
          canManage={canManage(id)}
          isOwner={role === 'owner'}
        />
      )}
      {member && <CaseRestrictions caseId={id} canEdit={role === 'owner'} />}
      {member && session && <AuditHistory entityType="case" entityId={id} title="History of the case" />}
    </>
  );
}
