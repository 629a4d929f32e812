// One organization or person: what is recorded about it, an edit form for analysts and administrators,
// anything the kind adds (where an organization appears), and its audit history. Signed-in users only.
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { Organization, Person } from '../../api/api.types.ts';
import { AuditHistory } from '../../ui/ui.audit.tsx';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { Loading, PageTitle } from '../../ui/ui.status.tsx';
import { PartyEditForm } from './parties.edit.tsx';
import { PartyFields } from './parties.fields.tsx';
import { type PartyKind, partyKinds } from './parties.kinds.ts';
import { SignInNotice } from './parties.signin.tsx';

type AnyParty = Organization | Person;

export function PartyDetail({ kind, children }: { kind: PartyKind; children?: (id: number) => ReactNode }) {
  const k = partyKinds[kind];
  const id = Number(useParams().id);
  const { session, loading } = useSession();
  const [editing, setEditing] = useState(false);
  const q = useQuery({
    queryKey: [k.api, id],
    queryFn: ({ signal }) => api<AnyParty>(`${k.api}/${id}`, { signal }),
    enabled: !!session && Number.isInteger(id) && id > 0,
  });
  if (loading) return <Loading />;
  if (!session)
    return (
      <>
        <PageTitle title={k.title}>{k.title}</PageTitle>
        <SignInNotice what={k.many} />
      </>
    );
  if (q.error)
    return (
      <>
        <PageTitle title={k.title}>{k.title}</PageTitle>
        <ErrorBox error={q.error} />
      </>
    );
  if (!q.data) return <Loading what={k.one} />;
  const party = q.data;
  const role = session.user.instanceRole;
  const canEdit = role === 'analyst' || role === 'admin';
  return (
    <>
      <p className="breadcrumb">
        <Link to={k.page}>{k.title}</Link>
      </p>
      <PageTitle
        title={party.name}
        actions={
          canEdit && !editing ? (
            <button type="button" onClick={() => setEditing(true)}>
              Edit
            </button>
          ) : undefined
        }
      >
        {party.name}
      </PageTitle>
      {party.deletedAt && <p className="notice">This {k.one} was deleted.</p>}
      {editing ? (
        <PartyEditForm kind={kind} party={party} onDone={() => setEditing(false)} />
      ) : (
        <PartyFields party={party} />
      )}
      {children?.(party.id)}
      <AuditHistory entityType={kind} entityId={party.id} />
    </>
  );
}
