// The `import` job: an import started through the API runs in the background, reports its progress,
// and keeps its result (or every row problem) for the web app to show.
import { rm } from 'node:fs/promises';
import { TeardownError } from '../core/errors.ts';
import type { JobContext } from '../jobs/index.ts';
import type { ImportOptions, ImportService } from './imports.service.ts';

export interface ImportJobPayload extends Omit<ImportOptions, 'onProgress'> {
  /** Remove the uploaded copy once the import is over: done, or failed for good. */
  removeAfter?: boolean;
}

export function importJob(imports: ImportService) {
  return async (ctx: JobContext) => {
    const p = ctx.payload as unknown as ImportJobPayload;
    let last = 0;
    const result = await imports
      .run(ctx.actor, {
        ...p,
        onProgress: (phase, done, total) => {
          if (done - last < 2000 && done !== total) return;
          last = done;
          void ctx.progress(done, total, phase === 'validate' ? 'validating rows' : 'writing rows');
        },
      })
      .catch(async (e) => {
        // A failure the job runner will not retry leaves the upload with no one to read it again.
        const final = e instanceof TeardownError || ctx.job.attempts >= ctx.job.max_attempts;
        if (p.removeAfter && final) await rm(p.path, { force: true });
        throw e;
      });
    if (p.removeAfter) await rm(p.path, { force: true });
    return result;
  };
}
