// The job queue on both databases: handlers run under the system actor that the audit names, progress is
// visible while a job runs, plain errors are retried with back-off until the attempts run out, bad input
// fails at once, a job whose runner died is taken again, and concurrent runners never run a job twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actor } from '../../test/helpers/factories.ts';
import { createTestInstance, describeEachDialect, type TestInstance } from '../../test/helpers/test-app.ts';
import { type App, openApp } from '../app/index.ts';
import { Invalid } from '../core/errors.ts';

const past = () => new Date(Date.now() - 60_000).toISOString();

async function jobRow(app: App, id: number) {
  return app.db.kysely.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Runs due jobs until none is left. */
async function drain(app: App): Promise<number> {
  let n = 0;
  while (await app.jobs.runOnce()) n++;
  return n;
}

describeEachDialect('JobService', (t) => {
  it('runs a queued job under the system actor, which the audit log names with the job id', async () => {
    const app = t().app;
    app.jobs.register('test-create-case', async (ctx) => {
      const c = await app.cases.create(ctx.actor, { title: `${ctx.payload.title}` });
      return { caseId: c.id };
    });
    const job = await app.jobs.enqueue(actor, 'test-create-case', {
      title: 'Made by a job (synthetic test data)',
    });
    expect(job).toMatchObject({
      status: 'queued',
      attempts: 0,
      requestedBy: 'local:local administrator',
      progress: { done: 0, total: null },
    });
    expect(await drain(app)).toBe(1);
    const done = await app.jobs.get(actor, job.id);
    expect(done).toMatchObject({ status: 'done', attempts: 1, error: null });
    const { caseId } = done.result as { caseId: number };
    const history = await app.auditLog.history(app.db.kysely, 'case', caseId, 10);
    expect(history.map((e) => [e.action, e.actor])).toEqual([
      ['create', `system:job:${job.id} for local:local administrator`],
    ]);
    expect((await jobRow(app, job.id)).locked_by).toBeNull();
    expect((await app.jobs.list(actor, 10, 'done')).map((j) => j.id)).toContain(job.id);
  });

  it('shows the progress a running job reports', async () => {
    const app = t().app;
    let reported!: () => void;
    let release!: () => void;
    const progressed = new Promise<void>((r) => (reported = r));
    const gate = new Promise<void>((r) => (release = r));
    app.jobs.register('test-progress', async (ctx) => {
      await ctx.progress(3, 10, 'checking rows');
      reported();
      await gate;
      await ctx.progress(10, 10, 'finished');
      return 'ok';
    });
    const job = await app.jobs.enqueue(actor, 'test-progress', {});
    const run = app.jobs.runOnce();
    await progressed;
    expect(await app.jobs.get(actor, job.id)).toMatchObject({
      status: 'running',
      progress: { done: 3, total: 10, message: 'checking rows' },
    });
    release();
    expect(await run).toBe(true);
    expect(await app.jobs.get(actor, job.id)).toMatchObject({
      status: 'done',
      result: 'ok',
      progress: { done: 10, total: 10, message: 'finished' },
    });
  });

  it('retries a job that throws a plain error later, and fails it for good after its last attempt', async () => {
    const app = t().app;
    let calls = 0;
    app.jobs.register('test-flaky', async () => {
      calls++;
      throw new Error('upstream unavailable (synthetic)');
    });
    const job = await app.jobs.enqueue(actor, 'test-flaky', {}, 2);
    const before = Date.now();
    expect(await app.jobs.runOnce()).toBe(true);
    const retry = await jobRow(app, job.id);
    expect(retry).toMatchObject({
      status: 'queued',
      attempts: 1,
      error: 'upstream unavailable (synthetic)',
      locked_by: null,
    });
    expect(Date.parse(retry.run_after)).toBeGreaterThan(before);
    // Not due yet: the back-off holds it.
    expect(await app.jobs.runOnce()).toBe(false);
    expect(calls).toBe(1);

    await app.db.kysely.updateTable('jobs').set({ run_after: past() }).where('id', '=', job.id).execute();
    expect(await app.jobs.runOnce()).toBe(true);
    expect(await app.jobs.get(actor, job.id)).toMatchObject({
      status: 'failed',
      attempts: 2,
      error: 'upstream unavailable (synthetic)',
    });
    await app.db.kysely.updateTable('jobs').set({ run_after: past() }).where('id', '=', job.id).execute();
    expect(await app.jobs.runOnce()).toBe(false);
    expect(calls).toBe(2);
  });

  it('fails a job at once when its input is invalid, keeping the problems as its result', async () => {
    const app = t().app;
    let calls = 0;
    app.jobs.register('test-invalid', async () => {
      calls++;
      throw new Invalid('items.csv: 1 problem found; nothing was imported', [
        { path: 'recoveredAt', row: 17, file: 'items.csv', message: '"31/02/2023" is not a date' },
      ]);
    });
    const job = await app.jobs.enqueue(actor, 'test-invalid', {}, 3);
    expect(await app.jobs.runOnce()).toBe(true);
    const failed = await app.jobs.get(actor, job.id);
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: 'items.csv: 1 problem found; nothing was imported',
    });
    expect(failed.result).toEqual({
      code: 'invalid',
      problems: [{ path: 'recoveredAt', row: 17, file: 'items.csv', message: '"31/02/2023" is not a date' }],
    });
    await app.db.kysely.updateTable('jobs').set({ run_after: past() }).where('id', '=', job.id).execute();
    expect(await app.jobs.runOnce()).toBe(false);
    expect(calls).toBe(1);
  });

  it('takes again a job whose runner died (lock expired), but not one whose lock still holds', async () => {
    const app = t().app;
    const ran: number[] = [];
    app.jobs.register('test-orphan', async (ctx) => {
      ran.push(ctx.job.id);
    });
    const orphan = await app.jobs.enqueue(actor, 'test-orphan', {});
    const held = await app.jobs.enqueue(actor, 'test-orphan', {});
    const future = new Date(Date.now() + 60 * 60_000).toISOString();
    await app.db.kysely
      .updateTable('jobs')
      .set({ status: 'running', attempts: 1, locked_by: 'dead-worker', locked_until: past() })
      .where('id', '=', orphan.id)
      .execute();
    await app.db.kysely
      .updateTable('jobs')
      .set({ status: 'running', attempts: 1, locked_by: 'live-worker', locked_until: future })
      .where('id', '=', held.id)
      .execute();
    expect(await drain(app)).toBe(1);
    expect(ran).toEqual([orphan.id]);
    expect(await app.jobs.get(actor, orphan.id)).toMatchObject({ status: 'done', attempts: 2 });
    expect(await jobRow(app, held.id)).toMatchObject({ status: 'running', locked_by: 'live-worker' });
    await app.db.kysely
      .updateTable('jobs')
      .set({ status: 'done', locked_by: null, locked_until: null })
      .where('id', '=', held.id)
      .execute();
  });

  it('never runs a job twice when one service runs several at once', async () => {
    const app = t().app;
    const ran: number[] = [];
    app.jobs.register('test-once', async (ctx) => {
      ran.push(ctx.job.id);
      await new Promise((r) => setTimeout(r, 2));
    });
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) ids.push((await app.jobs.enqueue(actor, 'test-once', { i })).id);
    await Promise.all([drain(app), drain(app), drain(app)]);
    expect([...ran].sort((a, b) => a - b)).toEqual(ids);
  });

  it('refuses an unknown job id and an anonymous enqueue', async () => {
    const app = t().app;
    await expect(app.jobs.get(actor, 987_654)).rejects.toMatchObject({ code: 'not_found' });
    await expect(app.jobs.enqueue({ kind: 'anonymous' }, 'test-once', {})).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });
});

describe('JobService: two servers on one PostgreSQL database', () => {
  let first: TestInstance;
  let second: App;
  beforeAll(async () => {
    first = await createTestInstance('postgres');
    second = await openApp(first.app.config);
  });
  afterAll(async () => {
    await second?.close();
    await first?.destroy();
  });

  it('runs each of 20 jobs exactly once while both claim concurrently', async () => {
    const ran: { id: number; by: string }[] = [];
    for (const [name, app] of [
      ['first', first.app],
      ['second', second],
    ] as const) {
      app.jobs.register('test-shared', async (ctx) => {
        ran.push({ id: ctx.job.id, by: name });
        await new Promise((r) => setTimeout(r, 5));
      });
    }
    expect(first.app.jobs.worker).not.toBe(second.jobs.worker);
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) ids.push((await first.app.jobs.enqueue(actor, 'test-shared', { i })).id);
    await Promise.all([
      drain(first.app),
      drain(first.app),
      drain(first.app),
      drain(second),
      drain(second),
      drain(second),
    ]);
    expect(ran.map((r) => r.id).sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(ran.map((r) => r.by))).toEqual(new Set(['first', 'second']));
    const statuses = await first.app.db.kysely
      .selectFrom('jobs')
      .select(['status', 'attempts'])
      .where('id', 'in', ids)
      .execute();
    expect(statuses.every((s) => s.status === 'done' && s.attempts === 1)).toBe(true);
  });
});
