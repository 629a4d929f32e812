// The signed-in user's own account: who they are and on which cases, a new password, and their API
// tokens. A visitor is sent to sign in first.
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { Case, Page, User } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { Loading, PageTitle } from '../../ui/ui.status.tsx';
import { FieldError, invalidProps, unlessAtFields } from '../cases/case.fields.tsx';
import { AccountTokens } from './account.tokens.tsx';

export default function AccountPage() {
  const { session, loading } = useSession();
  const cases = useQuery({
    queryKey: ['cases'],
    queryFn: () => api<Page<Case>>('/api/cases'),
    enabled: !!session,
  });
  if (loading) return <Loading />;
  if (!session) return <Navigate to="/login?next=/account" replace />;
  const title = (id: number) => cases.data?.rows.find((c) => c.id === id)?.title ?? `case ${id}`;
  const u = session.user;
  return (
    <>
      <PageTitle title="Your account">Your account</PageTitle>
      <section aria-labelledby="me-h">
        <h2 id="me-h">Who you are</h2>
        <dl className="fields">
          <dt>User name</dt>
          <dd className="mono">{u.username}</dd>
          <dt>Name</dt>
          <dd>{u.displayName}</dd>
          <dt>Instance role</dt>
          <dd>{u.instanceRole}</dd>
        </dl>
        <h3>Your cases</h3>
        {session.memberships.length === 0 ? (
          <p className="muted">You are not a member of any case.</p>
        ) : (
          <ul>
            {session.memberships.map((m) => (
              <li key={m.caseId}>
                <Link to={`/cases/${m.caseId}`}>{title(m.caseId)}</Link> — {m.role}
              </li>
            ))}
          </ul>
        )}
      </section>
      <PasswordForm />
      <AccountTokens memberships={session.memberships} title={title} />
    </>
  );
}

function PasswordForm() {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: () => api<User>('/api/account/password', { body: { currentPassword, newPassword } }),
    onSuccess: () => {
      setCurrent('');
      setNew('');
      setAgain('');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const differs = newPassword !== again;
    setMismatch(differs);
    if (!differs) change.mutate();
  };
  const err = change.error;
  return (
    <section aria-labelledby="pw-h" className="narrow">
      <h2 id="pw-h">Change your password</h2>
      <form onSubmit={submit} className="form">
        <label htmlFor="pw-current">
          Current password
          <input
            id="pw-current"
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrent(e.target.value)}
            {...invalidProps(err, 'currentPassword', 'pw-current')}
          />
          <FieldError error={err} field="currentPassword" id="pw-current" />
        </label>
        <label htmlFor="pw-new">
          New password (at least 12 characters)
          <input
            id="pw-new"
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNew(e.target.value)}
            {...invalidProps(err, 'newPassword', 'pw-new')}
          />
          <FieldError error={err} field="newPassword" id="pw-new" />
        </label>
        <label htmlFor="pw-again">
          New password again
          <input
            id="pw-again"
            type="password"
            autoComplete="new-password"
            value={again}
            onChange={(e) => setAgain(e.target.value)}
            {...(mismatch ? { 'aria-invalid': true, 'aria-describedby': 'pw-again-error' } : {})}
          />
          {mismatch && (
            <span id="pw-again-error" className="field-error">
              does not match the new password
            </span>
          )}
        </label>
        <ErrorBox error={unlessAtFields(err, ['currentPassword', 'newPassword'])} />
        {change.isSuccess && (
          <p className="ok-box" role="status">
            Your password is changed. Your other sessions have ended.
          </p>
        )}
        <div>
          <button type="submit" disabled={change.isPending}>
            Change password
          </button>
        </div>
      </form>
    </section>
  );
}
