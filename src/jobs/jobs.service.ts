// Background work stored in the database: long imports, verification. Jobs survive restarts, run under
// the `system` actor that the audit log records (with the job's id), retry with back-off, and report
// progress that the API shows.

import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { assertSignedIn, isAdmin } from '../core/access.ts';
import { type Actor, actorLabel, systemActor, userIdOf } from '../core/actor.ts';
import { NotFound, TeardownError } from '../core/errors.ts';
import type { Db } from '../db/index.ts';
import { type JobRow, JobsRepository } from './jobs.repository.ts';

export interface JobContext {
  job: JobRow;
  payload: Record<string, unknown>;
  actor: Actor;
  progress(done: number, total?: number | null, message?: string): Promise<void>;
}

export type JobHandler = (ctx: JobContext) => Promise<unknown>;

export interface Job {
  id: number;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  maxAttempts: number;
  progress: { done: number; total: number | null; message: string | null };
  result: unknown;
  error: string | null;
  requestedBy: string;
  createdAt: string;
  updatedAt: string;
}

export function toJob(r: JobRow): Job {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status as Job['status'],
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    progress: { done: r.progress_done, total: r.progress_total, message: r.progress_message },
    result: r.result ? JSON.parse(r.result) : null,
    error: r.error,
    requestedBy: r.requested_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const LOCK_MS = 5 * 60_000;

export class JobService {
  private readonly handlers = new Map<string, JobHandler>();
  readonly worker = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly repo = new JobsRepository(db.dialect),
  ) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  async enqueue(actor: Actor, kind: string, payload: Record<string, unknown>, maxAttempts = 3): Promise<Job> {
    assertSignedIn(actor);
    const now = new Date().toISOString();
    const row = await this.repo.insert(this.db.kysely, {
      kind,
      payload: JSON.stringify(payload),
      status: 'queued',
      attempts: 0,
      max_attempts: maxAttempts,
      run_after: now,
      locked_by: null,
      locked_until: null,
      progress_done: 0,
      progress_total: null,
      progress_message: null,
      result: null,
      error: null,
      requested_by: actorLabel(actor),
      requested_by_user: userIdOf(actor),
      created_at: now,
      updated_at: now,
    });
    return toJob(row);
  }

  async get(actor: Actor, id: number): Promise<Job> {
    assertSignedIn(actor);
    const row = await this.repo.get(this.db.kysely, id);
    // A job's payload and result name its case and file: only who started it (and admins) see it.
    if (!row || (!isAdmin(actor) && !this.isMine(row, actor))) throw new NotFound('job', id);
    return toJob(row);
  }

  async list(actor: Actor, limit = 50, status?: string): Promise<Job[]> {
    assertSignedIn(actor);
    const mine = isAdmin(actor) ? undefined : { user: userIdOf(actor), label: actorLabel(actor) };
    return (await this.repo.recent(this.db.kysely, limit, status, mine)).map(toJob);
  }

  private isMine(row: JobRow, actor: Actor): boolean {
    const user = userIdOf(actor);
    return user !== null ? row.requested_by_user === user : row.requested_by === actorLabel(actor);
  }

  /** Runs one due job if there is one; true when a job ran. */
  async runOnce(): Promise<boolean> {
    const now = Date.now();
    const job = await this.repo.claim(
      this.db.kysely,
      this.worker,
      new Date(now).toISOString(),
      new Date(now + LOCK_MS).toISOString(),
    );
    if (!job) return false;
    const handler = this.handlers.get(job.kind);
    const k = this.db.kysely;
    try {
      if (!handler) throw new Error(`no handler for jobs of kind "${job.kind}"`);
      const result = await handler({
        job,
        payload: JSON.parse(job.payload),
        actor: systemActor(job.id, job.requested_by),
        progress: async (done, total, message) => {
          await this.repo.update(k, job.id, this.worker, {
            progress_done: done,
            progress_total: total ?? null,
            progress_message: message ?? null,
            locked_until: new Date(Date.now() + LOCK_MS).toISOString(),
          });
        },
      });
      await this.repo.update(k, job.id, this.worker, {
        status: 'done',
        result: JSON.stringify(result ?? null),
        error: null,
        locked_by: null,
        locked_until: null,
      });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      // Bad input fails the same way every time: no point retrying it.
      const permanent = e instanceof TeardownError;
      const retry = job.attempts < job.max_attempts && !permanent;
      await this.repo.update(k, job.id, this.worker, {
        status: retry ? 'queued' : 'failed',
        error: message,
        result: e instanceof TeardownError ? JSON.stringify({ code: e.code, problems: e.problems }) : null,
        run_after: new Date(Date.now() + 1000 * 2 ** job.attempts).toISOString(),
        locked_by: null,
        locked_until: null,
      });
    }
    return true;
  }

  /** Polls for due jobs until stopped. */
  start(intervalMs = 500): void {
    if (this.timer) return;
    const tick = async () => {
      try {
        while (this.timer && (await this.runOnce())) {}
      } catch (e) {
        console.error('job runner:', e instanceof Error ? e.message : e);
      }
    };
    this.timer = setInterval(() => {
      if (!this.running) this.running = tick().finally(() => (this.running = null));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
