// Re-screening after a list import, as a background job ('screening.rescreen'): every party against
// what the import added or changed. The CLI on a data folder has no worker polling for jobs, so for the
// local administrator the job is run in this process right away (still stored, still audited as a job).
import type { Actor } from '../core/actor.ts';
import type { Job, JobHandler, JobService } from '../jobs/index.ts';
import type { ScreeningService } from './screening.service.ts';
import type { ListImported } from './watchlist.service.ts';

export const RESCREEN_JOB = 'screening.rescreen';

interface RescreenPayload {
  watchlistId: number;
  listName: string;
  version: number;
  entryRowIds: number[];
}

export function rescreenJob(screening: ScreeningService): JobHandler {
  return async (ctx) => {
    const p = ctx.payload as unknown as RescreenPayload;
    return screening.rescreen(ctx.actor, p.entryRowIds, (done, total) =>
      ctx.progress(done, total, `parties screened against ${p.listName} version ${p.version}`),
    );
  };
}

/** The `onImported` hook of watch lists: enqueues the re-screen of what changed. Never throws: the
 * import is committed whatever happens here, and a failed job is reported on the job itself. */
export function rescreenAfterImport(jobs: JobService) {
  return async (actor: Actor, c: ListImported): Promise<Job | null> => {
    const entryRowIds = [...c.added, ...c.changed];
    if (entryRowIds.length === 0) return null;
    try {
      const payload: RescreenPayload = {
        watchlistId: c.watchlistId,
        listName: c.listName,
        version: c.version,
        entryRowIds,
      };
      const job = await jobs.enqueue(actor, RESCREEN_JOB, { ...payload });
      if (actor.kind !== 'local') return job;
      // Due jobs run in id order: this one runs after any queued before it, as a worker would run them.
      let now = job;
      while (now.status === 'queued' || now.status === 'running') {
        if (!(await jobs.runOnce())) break;
        now = await jobs.get(actor, job.id);
      }
      if (now.status !== 'done')
        console.error(
          `screening: the re-screen job ${job.id} is ${now.status}: ${now.error ?? 'not run yet'}`,
        );
      return now;
    } catch (e) {
      console.error('screening: the re-screen after the import failed:', e instanceof Error ? e.message : e);
      return null;
    }
  };
}
