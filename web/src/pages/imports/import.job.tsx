// Steps 4 and 5 of the import wizard: the import job's progress (GET /api/jobs/:id every 500 ms while
// it runs) and then its result, or its error when it failed.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import type { Job } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatNumber } from '../../ui/ui.format.ts';
import type { ImportResult } from './import.types.ts';

export function JobStep({ jobId, caseId, onAgain }: { jobId: number; caseId: number; onAgain(): void }) {
  const q = useQuery({
    queryKey: ['job', jobId],
    queryFn: () => api<Job>(`/api/jobs/${jobId}`),
    refetchInterval: (query) => {
      const s = query.state.data?.status;
      return s === 'done' || s === 'failed' ? false : 500;
    },
  });
  const job = q.data;
  if (q.error) return <ErrorBox error={q.error} title="The import's progress could not be read" />;
  if (!job || job.status === 'queued' || job.status === 'running') {
    const done = job?.progress.done ?? 0;
    const total = job?.progress.total ?? null;
    return (
      <section aria-labelledby="import-progress">
        <h2 id="import-progress">4. Importing</h2>
        <progress
          className="import-progress"
          value={total ? done : undefined}
          max={total ?? undefined}
          aria-label="Import progress"
        />
        <p aria-live="polite">
          {job?.status === 'queued' ? 'Waiting to start…' : (job?.progress.message ?? 'Starting…')}
          {total ? ` ${formatNumber(done)} of ${formatNumber(total)} rows.` : ''}
        </p>
      </section>
    );
  }
  const again = (
    <button type="button" className="secondary" onClick={onAgain}>
      Import another file
    </button>
  );
  if (job.status === 'failed')
    return (
      <section aria-labelledby="import-result">
        <h2 id="import-result">5. Result</h2>
        <ErrorBox
          error={new Error(job.error ?? 'the import failed')}
          title="The import failed; nothing was written"
        />
        {again}
      </section>
    );
  const r = job.result as ImportResult;
  return (
    <section aria-labelledby="import-result">
      <h2 id="import-result">5. Result</h2>
      <p className="ok-box" role="status">
        Imported {formatNumber(r.rows)} rows of {r.file}.
      </p>
      <dl className="import-result">
        <dt>Added</dt>
        <dd>{formatNumber(r.added)}</dd>
        <dt>Updated</dt>
        <dd>{formatNumber(r.updated)}</dd>
        <dt>Skipped (already there, unchanged)</dt>
        <dd>{formatNumber(r.skipped)}</dd>
        {r.auditSeq != null && (
          <>
            <dt>Audit entry</dt>
            <dd>#{r.auditSeq}</dd>
          </>
        )}
      </dl>
      <p>
        <Link to={`/cases/${caseId}`}>Open the case</Link> {again}
      </p>
    </section>
  );
}
