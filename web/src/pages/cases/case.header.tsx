// The case's title and summary, with its status and demo label; editors and owners edit title and
// summary in place, and the server's validation errors show at the field they are about.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/api.client.ts';
import type { Case } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { DemoBadge, PageTitle } from '../../ui/ui.status.tsx';
import { FieldError, invalidProps, unlessAtFields } from './case.fields.tsx';

export function CaseHeader({ kase, canEdit }: { kase: Case; canEdit: boolean }) {
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(kase.title);
  const [summary, setSummary] = useState(kase.summary ?? '');
  const save = useMutation({
    mutationFn: () =>
      api<Case>(`/api/cases/${kase.id}`, {
        method: 'PATCH',
        body: { title, summary: summary.trim() ? summary : null },
      }),
    onSuccess: (c) => {
      qc.setQueryData(['case', kase.id], c);
      void qc.invalidateQueries({ queryKey: ['cases'] });
      void qc.invalidateQueries({ queryKey: ['audit'] });
      setEditing(false);
    },
  });
  const start = () => {
    setTitle(kase.title);
    setSummary(kase.summary ?? '');
    save.reset();
    setEditing(true);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const err = save.error;
  const meta = (
    <p className="case-meta">
      <span className="tag">case {kase.id}</span>
      <span className="tag">{kase.status}</span>
      {kase.isDemo && <DemoBadge />}
    </p>
  );
  if (!editing)
    return (
      <>
        <PageTitle
          title={kase.title}
          actions={
            canEdit && (
              <button type="button" className="secondary" onClick={start}>
                Edit title and summary
              </button>
            )
          }
        >
          {kase.title}
        </PageTitle>
        {meta}
        {kase.summary ? <p className="case-summary">{kase.summary}</p> : <p className="muted">No summary.</p>}
      </>
    );
  return (
    <>
      <PageTitle title={kase.title}>{kase.title}</PageTitle>
      {meta}
      <form onSubmit={submit} className="form panel case-edit" aria-label="Edit the case">
        <label htmlFor="case-title">
          Title
          <input
            id="case-title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-required="true"
            {...invalidProps(err, 'title', 'case-title')}
          />
          <FieldError error={err} field="title" id="case-title" />
        </label>
        <label htmlFor="case-summary">
          Summary
          <textarea
            id="case-summary"
            rows={4}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            {...invalidProps(err, 'summary', 'case-summary')}
          />
          <FieldError error={err} field="summary" id="case-summary" />
        </label>
        <ErrorBox error={unlessAtFields(err, ['title', 'summary'])} />
        <div className="buttons">
          <button type="submit" disabled={save.isPending}>
            Save
          </button>
          <button type="button" className="secondary" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
}
