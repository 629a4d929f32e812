// Background jobs stored in the database, on SQLite and PostgreSQL alike: enqueue, claim, retry with
// back-off, progress. Handlers are registered by the composition root.

export { JobsRepository } from './jobs.repository.ts';
export { registerJobRoutes } from './jobs.routes.ts';
export { type Job, type JobContext, type JobHandler, JobService, toJob } from './jobs.service.ts';
export { verifyJob } from './jobs.verify.ts';
