// The `verify` job: runs the integrity check in the background and keeps its report as the result.
import type { App } from '../app/index.ts';
import { verifyIntegrity } from '../audit/index.ts';
import type { JobContext } from './jobs.service.ts';

export function verifyJob(app: App) {
  return async (ctx: JobContext) => {
    const report = await verifyIntegrity(
      app.db.kysely,
      app.files,
      (stage, done) => void ctx.progress(done, null, stage),
    );
    return { ...report, problems: report.problems.slice(0, 1000), problemCount: report.problems.length };
  };
}
