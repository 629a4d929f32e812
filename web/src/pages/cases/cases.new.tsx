// Opening a new case: whoever opens it becomes its owner, so the session (with its memberships) is
// read again before the new case's page opens.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/api.client.ts';
import type { Case } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { FieldError, invalidProps, unlessAtFields } from './case.fields.tsx';

export function NewCaseForm() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const create = useMutation({
    mutationFn: () => api<Case>('/api/cases', { body: { title, ...(summary.trim() ? { summary } : {}) } }),
    onSuccess: async (c) => {
      await qc.invalidateQueries({ queryKey: ['session'] });
      await qc.invalidateQueries({ queryKey: ['cases'] });
      navigate(`/cases/${c.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const err = create.error;
  return (
    <section aria-labelledby="new-case-h" className="panel new-case">
      <h2 id="new-case-h">New case</h2>
      <form onSubmit={submit} className="form">
        <label htmlFor="new-case-title">
          Title
          <input
            id="new-case-title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-required="true"
            {...invalidProps(err, 'title', 'new-case-title')}
          />
          <FieldError error={err} field="title" id="new-case-title" />
        </label>
        <label htmlFor="new-case-summary">
          Summary (optional)
          <textarea
            id="new-case-summary"
            rows={3}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            {...invalidProps(err, 'summary', 'new-case-summary')}
          />
          <FieldError error={err} field="summary" id="new-case-summary" />
        </label>
        <ErrorBox error={unlessAtFields(err, ['title', 'summary'])} />
        <div>
          <button type="submit" disabled={create.isPending}>
            Open the case
          </button>
        </div>
      </form>
    </section>
  );
}
