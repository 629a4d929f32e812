// Declared targets of the designation ("N units by DATE", claims recorded with their source) and, per
// series each is about, the probability that it was met, for the date the evidence covers; analysts
// and administrators add and remove them. A target is compared with past production, never projected.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, api } from '../../api/api.client.ts';
import { problemPath } from '../../ui/ui.edit.tsx';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatNumber } from '../../ui/ui.format.ts';
import { probability, seriesName } from './production.format.ts';
import type { ProductionAssessment, ProductionTarget } from './production.types.ts';

export function DeclaredTargets({
  a,
  signedIn,
  canEdit,
}: {
  a: ProductionAssessment;
  signedIn: boolean;
  canEdit: boolean;
}) {
  const qc = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: number) => api<ProductionTarget>(`/api/production/targets/${id}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['/api/production'] }),
  });
  return (
    <section aria-labelledby="targets-h">
      <h2 id="targets-h">Declared targets</h2>
      {!signedIn ? (
        <p className="muted" data-testid="targets-signed-out">
          Declared targets are shared reference data: sign in to see them and the probability each was met.
        </p>
      ) : (
        <>
          <p className="muted small">
            A target is a claim made elsewhere (“N units by a date”). The probability that it was met is the
            posterior probability that at least N had been made by that date, from the serials made by then
            under the stated lag and prior; when the evidence ends earlier, it is for the last date the
            evidence covers, and says so. Nothing is extrapolated.
          </p>
          <ErrorBox error={remove.error} title="Not removed" />
          {a.targets.length === 0 ? (
            <p className="muted">No target has been declared for {a.designation}.</p>
          ) : (
            <div className="data-table">
              <table data-testid="targets-table">
                <caption className="visually-hidden">
                  Declared targets and the probability each was met
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Target</th>
                    <th scope="col">Series</th>
                    <th scope="col">Probability it was met</th>
                    <th scope="col">Source</th>
                    {canEdit && <th scope="col">Remove</th>}
                  </tr>
                </thead>
                <tbody>
                  {a.targets.map(({ target: t, series }) => (
                    <tr key={t.id} data-target={t.id}>
                      <th scope="row">
                        {formatNumber(t.units)} by {t.by}
                      </th>
                      <td>{t.series ?? 'every series'}</td>
                      <td>
                        {series.length === 0 && (
                          <span className="muted">
                            no serial of {t.series ? `series ${t.series}` : 'this designation'}
                          </span>
                        )}
                        {series.map(({ series: s, assessment: x }) => (
                          <div
                            key={seriesName(s)}
                            data-testid="target-assessment"
                            data-series={seriesName(s)}
                          >
                            {series.length > 1 && <>{seriesName(s)}: </>}
                            {x.ok ? (
                              <>
                                <strong data-testid="target-probability" data-value={x.probability}>
                                  {probability(x.probability)}
                                </strong>{' '}
                                <span className="muted small">
                                  by {x.evaluatedOn}
                                  {!x.coversTargetDate && ' (the evidence ends before the target date)'}, from{' '}
                                  {x.k} serial{x.k === 1 ? '' : 's'} up to {formatNumber(x.max)}
                                </span>
                                {x.notes.map((n) => (
                                  <div key={n} className="muted small">
                                    {n}
                                  </div>
                                ))}
                              </>
                            ) : (
                              <span className="muted">{x.reason}</span>
                            )}
                          </div>
                        ))}
                      </td>
                      <td className="small">
                        {t.source}
                        {t.note && <div className="muted">{t.note}</div>}
                      </td>
                      {canEdit && (
                        <td>
                          <button
                            type="button"
                            className="secondary small"
                            disabled={remove.isPending}
                            onClick={() => remove.mutate(t.id)}
                            aria-label={`Remove the target ${formatNumber(t.units)} by ${t.by}`}
                          >
                            Remove
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {canEdit && <TargetForm a={a} />}
        </>
      )}
    </section>
  );
}

function TargetForm({ a }: { a: ProductionAssessment }) {
  const qc = useQueryClient();
  const id = useId();
  const [series, setSeries] = useState('');
  const [units, setUnits] = useState('');
  const [by, setBy] = useState('');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const add = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<ProductionTarget>('/api/production/targets', { method: 'POST', body }),
    onSuccess: async () => {
      setUnits('');
      setBy('');
      setSource('');
      setNote('');
      await qc.invalidateQueries({ queryKey: ['/api/production'] });
    },
  });
  const problems = add.error instanceof ApiError ? add.error.problems : [];
  const bad = (field: string) => (problems.some((p) => problemPath(p) === field) ? true : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(units);
    add.mutate({
      designation: a.designation,
      series: series || null,
      // Not a number: sent as typed, so that the server's own message names the field.
      units: units.trim() && Number.isFinite(n) ? n : units,
      by,
      source,
      note: note.trim() ? note : null,
    });
  };
  const names = a.series.flatMap((s) => (s.series === null ? [] : [s.series]));
  return (
    <form className="target-form" aria-label="Declare a target" onSubmit={submit} noValidate>
      <h3>Declare a target</h3>
      <ErrorBox error={add.error} title="Not saved" />
      <label htmlFor={`${id}-series`}>
        Series
        <select id={`${id}-series`} value={series} onChange={(e) => setSeries(e.currentTarget.value)}>
          <option value="">every series of {a.designation}</option>
          {names.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-units`}>
        Units
        <input
          id={`${id}-units`}
          type="text"
          inputMode="numeric"
          value={units}
          aria-invalid={bad('units')}
          onChange={(e) => setUnits(e.currentTarget.value)}
        />
      </label>
      <label htmlFor={`${id}-by`}>
        By (date)
        <input
          id={`${id}-by`}
          type="date"
          value={by}
          aria-invalid={bad('by')}
          onChange={(e) => setBy(e.currentTarget.value)}
        />
      </label>
      <label htmlFor={`${id}-source`} className="wide">
        Source (where the claim was made)
        <textarea
          id={`${id}-source`}
          rows={2}
          value={source}
          aria-invalid={bad('source')}
          onChange={(e) => setSource(e.currentTarget.value)}
        />
      </label>
      <label htmlFor={`${id}-note`} className="wide">
        Note (optional)
        <input id={`${id}-note`} type="text" value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      </label>
      <p className="edit-actions">
        <button type="submit" disabled={add.isPending}>
          {add.isPending ? 'Saving…' : 'Declare the target'}
        </button>
      </p>
    </form>
  );
}
