// SQL of the job queue. Claiming is one transaction that picks the oldest due job and marks it taken;
// row locks (PostgreSQL) or the write lock (SQLite) keep two runners from taking the same job.
import type { Kysely, Selectable } from 'kysely';
import { type Database, type DialectName, forUpdateSkipLocked, type JobsTable } from '../db/index.ts';

export type JobRow = Selectable<JobsTable>;

export class JobsRepository {
  constructor(private readonly dialect: DialectName) {}

  async insert(db: Kysely<Database>, job: Omit<JobRow, 'id'>): Promise<JobRow> {
    return db.insertInto('jobs').values(job).returningAll().executeTakeFirstOrThrow();
  }

  async get(db: Kysely<Database>, id: number): Promise<JobRow | undefined> {
    return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async recent(
    db: Kysely<Database>,
    limit: number,
    status?: string,
    requestedBy?: { user: number | null; label: string },
  ): Promise<JobRow[]> {
    let q = db.selectFrom('jobs').selectAll().orderBy('id', 'desc').limit(limit);
    if (status) q = q.where('status', '=', status);
    if (requestedBy?.user != null) q = q.where('requested_by_user', '=', requestedBy.user);
    else if (requestedBy) q = q.where('requested_by', '=', requestedBy.label);
    return q.execute();
  }

  /** Takes the oldest job that is due, or whose runner died (its lock ran out). */
  async claim(
    db: Kysely<Database>,
    worker: string,
    now: string,
    lockUntil: string,
  ): Promise<JobRow | undefined> {
    return db.transaction().execute(async (trx) => {
      const q = trx
        .selectFrom('jobs')
        .select('id')
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'queued'), eb('run_after', '<=', now)]),
            eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
          ]),
        )
        .orderBy('id')
        .limit(1);
      const next = await forUpdateSkipLocked(q, this.dialect).executeTakeFirst();
      if (!next) return undefined;
      return trx
        .updateTable('jobs')
        .set((eb) => ({
          status: 'running',
          locked_by: worker,
          locked_until: lockUntil,
          attempts: eb('attempts', '+', 1),
          updated_at: now,
        }))
        .where('id', '=', next.id)
        .returningAll()
        .executeTakeFirst();
    });
  }

  async update(
    db: Kysely<Database>,
    id: number,
    worker: string | null,
    values: Partial<Omit<JobRow, 'id'>>,
  ): Promise<boolean> {
    let q = db
      .updateTable('jobs')
      .set({ ...values, updated_at: new Date().toISOString() })
      .where('id', '=', id);
    if (worker) q = q.where('locked_by', '=', worker);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }
}
