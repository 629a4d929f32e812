// The import wizard (/import): choose a case and a file, map the file's columns with a preview, see
// the dry run's report (every row error, nothing written), run the import as a job and watch it, see
// what it did. Only a fully clean check can be imported.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { Job } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { Loading, PageTitle } from '../../ui/ui.status.tsx';
import { ChooseStep, type Chosen } from './import.choose.tsx';
import { JobStep } from './import.job.tsx';
import { initialMap, MappingStep, mappingReady } from './import.mapping.tsx';
import { CheckReport } from './import.report.tsx';
import type { CheckAnswer, ImportRequest } from './import.types.ts';

type Step = 'choose' | 'map' | 'check' | 'job';
const STEPS: { step: Step; name: string }[] = [
  { step: 'choose', name: 'Choose the file' },
  { step: 'map', name: 'Map the columns' },
  { step: 'check', name: 'Check' },
  { step: 'job', name: 'Import and result' },
];

export default function ImportPage() {
  const { session, loading } = useSession();
  const qc = useQueryClient();
  const [step, setStep] = useState<Step>('choose');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [map, setMap] = useState<Record<string, string>>({});
  const [update, setUpdate] = useState(false);
  const [check, setCheck] = useState<CheckAnswer | null>(null);
  const [jobId, setJobId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const title = <PageTitle title="Import">Import items or components</PageTitle>;
  if (loading) return <Loading />;
  if (!session)
    return (
      <>
        {title}
        <p className="notice">
          <Link to="/login?next=/import">Sign in</Link> to import files into a case you edit.
        </p>
      </>
    );

  const request = (withUpdate: boolean): ImportRequest => ({
    kind: chosen!.kind,
    caseId: chosen!.caseId,
    map,
    update: withUpdate,
  });
  const runCheck = async (withUpdate: boolean) => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    setCheck(null);
    try {
      const answer = await api<CheckAnswer>(`/api/imports/uploads/${chosen.upload.uploadId}/check`, {
        body: request(withUpdate),
      });
      setCheck(answer);
      setStep('check');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const runImport = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      const job = await api<Job>(`/api/imports/uploads/${chosen.upload.uploadId}/run`, {
        body: request(update),
      });
      setJobId(job.id);
      setStep('job');
      // Lists and counts of the case change once the job is done; read them again when next shown.
      void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'job' });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const restart = () => {
    setStep('choose');
    setChosen(null);
    setMap({});
    setUpdate(false);
    setCheck(null);
    setJobId(null);
    setError(null);
  };

  const fields = chosen ? (chosen.upload.fields[chosen.kind] ?? []) : [];
  const current = STEPS.findIndex((s) => s.step === step);

  return (
    <>
      {title}
      <ol className="wizard-steps" aria-label="Steps">
        {STEPS.map((s, i) => (
          <li
            key={s.step}
            aria-current={i === current ? 'step' : undefined}
            className={i < current ? 'done' : ''}
          >
            {s.name}
          </li>
        ))}
      </ol>

      {step === 'choose' && (
        <section aria-labelledby="step-choose">
          <h2 id="step-choose">1. Choose the case and the file</h2>
          <ChooseStep
            onUploaded={(c) => {
              setChosen(c);
              setMap(initialMap(c.upload, c.kind));
              setStep('map');
            }}
          />
        </section>
      )}

      {step === 'map' && chosen && (
        <section aria-labelledby="step-map">
          <h2 id="step-map">2. Map the columns</h2>
          <MappingStep upload={chosen.upload} fields={fields} map={map} onChange={setMap} />
          <ErrorBox error={error} title="The file cannot be checked with this mapping" />
          <div className="wizard-actions">
            <button type="button" className="secondary" onClick={restart}>
              Start again
            </button>
            <button
              type="button"
              disabled={busy || !mappingReady(map, fields)}
              onClick={() => void runCheck(update)}
            >
              {busy ? 'Checking…' : 'Check the file'}
            </button>
          </div>
        </section>
      )}

      {step === 'check' && chosen && (
        <section aria-labelledby="step-check">
          <h2 id="step-check">3. Check</h2>
          {check && <CheckReport check={check} />}
          {check && (check.conflicts.length > 0 || update) && (
            <label className="inline">
              <input
                type="checkbox"
                checked={update}
                disabled={busy}
                onChange={(e) => {
                  setUpdate(e.target.checked);
                  void runCheck(e.target.checked);
                }}
              />
              Update existing records with the file's values
            </label>
          )}
          <ErrorBox error={error} />
          <div className="wizard-actions">
            <button type="button" className="secondary" onClick={() => setStep('map')}>
              Back to the mapping
            </button>
            <button type="button" disabled={busy || !check?.ok} onClick={() => void runImport()}>
              Import
            </button>
          </div>
        </section>
      )}

      {step === 'job' && chosen && jobId !== null && (
        <JobStep jobId={jobId} caseId={chosen.caseId} onAgain={restart} />
      )}
    </>
  );
}
