// Who works on the case: every member sees the list; its owners (and administrators) add members by
// user name, change their roles and remove them (the server keeps at least one owner).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { CaseRole } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { Loading } from '../../ui/ui.status.tsx';
import { FieldError, invalidProps, unlessAtFields } from './case.fields.tsx';
import { caseRoles, type Member } from './case.types.ts';

export function CaseMembers({ caseId, canManage }: { caseId: number; canManage: boolean }) {
  const qc = useQueryClient();
  const { session } = useSession();
  const key = ['members', caseId];
  const q = useQuery({
    queryKey: key,
    queryFn: () => api<{ members: Member[] }>(`/api/cases/${caseId}/members`),
  });
  const changed = async (m?: Member) => {
    await qc.invalidateQueries({ queryKey: key });
    // One's own role changed: what the session allows changes with it.
    if (!m || m.userId === session?.user.id) await qc.invalidateQueries({ queryKey: ['session'] });
  };
  const setRole = useMutation({
    mutationFn: (v: { member: Member; role: CaseRole }) =>
      api<Member>(`/api/cases/${caseId}/members/${v.member.id}`, { method: 'PATCH', body: { role: v.role } }),
    onSuccess: (m) => changed(m),
  });
  const remove = useMutation({
    mutationFn: (m: Member) => api(`/api/cases/${caseId}/members/${m.id}`, { method: 'DELETE' }),
    onSuccess: (_r, m) => changed(m),
  });
  const members = q.data?.members ?? [];
  return (
    <section aria-labelledby="case-members-h">
      <h2 id="case-members-h">Members</h2>
      <ErrorBox error={q.error} />
      {q.isPending ? (
        <Loading what="members" />
      ) : (
        <table className="members">
          <caption className="visually-hidden">Members of the case</caption>
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              {canManage && <th scope="col">Remove</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} data-username={m.username}>
                <td className="mono">{m.username}</td>
                <td>{m.displayName}</td>
                <td>
                  {canManage ? (
                    <select
                      aria-label={`Role of ${m.username}`}
                      value={m.role}
                      disabled={setRole.isPending}
                      onChange={(e) => setRole.mutate({ member: m, role: e.target.value as CaseRole })}
                    >
                      {caseRoles.map((r) => (
                        <option key={r} value={r}>
                          {r}
                        </option>
                      ))}
                    </select>
                  ) : (
                    m.role
                  )}
                </td>
                {canManage && (
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`Remove ${m.username}`}
                      disabled={remove.isPending}
                      onClick={() => remove.mutate(m)}
                    >
                      Remove
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorBox error={setRole.error ?? remove.error} />
      {canManage && <AddMember caseId={caseId} onAdded={() => changed()} />}
    </section>
  );
}

function AddMember({ caseId, onAdded }: { caseId: number; onAdded: () => Promise<void> }) {
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<CaseRole>('viewer');
  const add = useMutation({
    mutationFn: () => api<Member>(`/api/cases/${caseId}/members`, { body: { username, role } }),
    onSuccess: async () => {
      setUsername('');
      await onAdded();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const err = add.error;
  return (
    <form onSubmit={submit} className="filters add-member" aria-label="Add a member">
      <label htmlFor="member-username">
        User name
        <input
          id="member-username"
          value={username}
          autoComplete="off"
          onChange={(e) => setUsername(e.target.value)}
          {...invalidProps(err, 'username', 'member-username')}
        />
        <FieldError error={err} field="username" id="member-username" />
      </label>
      <label htmlFor="member-role">
        Role
        <select id="member-role" value={role} onChange={(e) => setRole(e.target.value as CaseRole)}>
          {caseRoles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={add.isPending || !username.trim()}>
        Add member
      </button>
      <ErrorBox error={unlessAtFields(err, ['username'])} />
    </form>
  );
}
