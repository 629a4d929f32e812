// The records of the case kept out of every published view; owners add and lift restrictions.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatDate, label } from '../../ui/ui.format.ts';
import { Loading } from '../../ui/ui.status.tsx';
import { FieldError, invalidProps, unlessAtFields } from './case.fields.tsx';
import { type Restriction, restrictableTypes } from './case.types.ts';

export function CaseRestrictions({ caseId, canEdit }: { caseId: number; canEdit: boolean }) {
  const qc = useQueryClient();
  const key = ['restrictions', caseId];
  const q = useQuery({
    queryKey: key,
    queryFn: () => api<{ restrictions: Restriction[] }>(`/api/cases/${caseId}/restrictions`),
  });
  const lift = useMutation({
    mutationFn: (r: Restriction) => api(`/api/cases/${caseId}/restrictions/${r.id}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
  const rows = q.data?.restrictions ?? [];
  return (
    <section aria-labelledby="case-restr-h">
      <h2 id="case-restr-h">Restricted records</h2>
      <p className="muted">Restricted records are left out of the published form of the case.</p>
      <ErrorBox error={q.error ?? lift.error} />
      {q.isPending ? (
        <Loading what="restrictions" />
      ) : rows.length === 0 ? (
        <p className="muted">Nothing is restricted.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Restricted records</caption>
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Reason</th>
              <th scope="col">Since</th>
              {canEdit && <th scope="col">Lift</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const name = `${label(r.entityType)} ${r.entityId}`;
              return (
                <tr key={r.id}>
                  <td>{r.entityType === 'item' ? <Link to={`/items/${r.entityId}`}>{name}</Link> : name}</td>
                  <td>{r.reason}</td>
                  <td>{formatDate(r.createdAt)}</td>
                  {canEdit && (
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        aria-label={`Lift the restriction of ${name}`}
                        disabled={lift.isPending}
                        onClick={() => lift.mutate(r)}
                      >
                        Lift
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {canEdit && <AddRestriction caseId={caseId} onAdded={() => qc.invalidateQueries({ queryKey: key })} />}
    </section>
  );
}

function AddRestriction({ caseId, onAdded }: { caseId: number; onAdded: () => Promise<void> }) {
  const [entityType, setType] = useState<Restriction['entityType']>('item');
  const [entityId, setId] = useState('');
  const [reason, setReason] = useState('');
  const add = useMutation({
    mutationFn: () =>
      api<Restriction>(`/api/cases/${caseId}/restrictions`, {
        body: { entityType, entityId: Number(entityId), ...(reason.trim() ? { reason } : {}) },
      }),
    onSuccess: async () => {
      setId('');
      setReason('');
      await onAdded();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const err = add.error;
  return (
    <form onSubmit={submit} className="filters" aria-label="Restrict a record">
      <label htmlFor="restr-type">
        Record type
        <select
          id="restr-type"
          value={entityType}
          onChange={(e) => setType(e.target.value as Restriction['entityType'])}
        >
          {restrictableTypes.map((t) => (
            <option key={t} value={t}>
              {label(t)}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor="restr-id">
        Record number
        <input
          id="restr-id"
          inputMode="numeric"
          value={entityId}
          onChange={(e) => setId(e.target.value)}
          {...invalidProps(err, 'entityId', 'restr-id')}
        />
        <FieldError error={err} field="entityId" id="restr-id" />
      </label>
      <label htmlFor="restr-reason">
        Reason
        <input
          id="restr-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...invalidProps(err, 'reason', 'restr-reason')}
        />
        <FieldError error={err} field="reason" id="restr-reason" />
      </label>
      <button type="submit" disabled={add.isPending || !entityId.trim()}>
        Restrict
      </button>
      <ErrorBox error={unlessAtFields(err, ['entityId', 'reason'])} />
    </form>
  );
}
