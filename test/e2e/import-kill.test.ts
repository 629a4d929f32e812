// An import killed with SIGKILL halfway through writing a large file leaves the database as it was
// (same component count, same audit head, `teardown verify` clean), and the same import run again
// completes and adds every row. Real CLI processes, on SQLite and on PostgreSQL; synthetic test data.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DialectName } from '../../src/db/index.ts';
import { actor, makeCase } from '../helpers/factories.ts';
import { createTestInstance, type TestInstance } from '../helpers/test-app.ts';

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

/** Large enough that writing takes seconds (progress lines come once a second), small enough to stay quick. */
const ITEMS = 400;
const COMPONENTS = 40_000;

function cliEnv() {
  const env = { ...process.env };
  delete env.TEARDOWN_DATABASE_URL;
  delete env.TEARDOWN_DATA_DIR;
  return env;
}

/** Whether any process of the group still exists. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

for (const dialect of ['sqlite', 'postgres'] as DialectName[]) {
  describe(`an import killed with SIGKILL while writing (CLI, ${dialect})`, () => {
    let t: TestInstance;
    let file: string;
    let child: ChildProcess | undefined;

    const cliArgs = (args: string[]) => [
      'src/cli/main.ts',
      '--data',
      t.dataDir,
      ...(dialect === 'postgres' ? ['--database', t.databaseUrl] : []),
      ...args,
    ];

    const teardown = (args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
      new Promise((done) => {
        execFile(
          tsx,
          cliArgs(args),
          { cwd: root, env: cliEnv(), timeout: 120_000 },
          (error, stdout, stderr) => {
            done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
          },
        );
      });

    const state = async () => {
      const k = t.app.db.kysely;
      const { n } = await k
        .selectFrom('components')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return { components: Number(n), head: await t.app.auditLog.head(k) };
    };

    beforeAll(async () => {
      t = await createTestInstance(dialect);
      const c = await makeCase(t.app, 'Kill test case (synthetic test data)');
      const items = join(t.dataDir, 'items.jsonl');
      writeFileSync(
        items,
        Array.from(
          { length: ITEMS },
          (_, i) => `${JSON.stringify({ externalRef: `SYN-K-${i + 1}`, itemType: 'uav' })}\n`,
        ).join(''),
      );
      await t.app.imports.run(actor, { kind: 'items', path: items, caseId: c.id });
      const lines = ['itemRef,subsystem,position,markingRaw,maker,partNumber'];
      for (let i = 0; i < COMPONENTS; i++) {
        lines.push(
          `SYN-K-${(i % ITEMS) + 1},flight_control,U${Math.floor(i / ITEMS) + 1},QZX${i} / RGT6 / 2219 A3,Qazax Micro (synthetic),QZX${i % 997}`,
        );
      }
      file = join(t.dataDir, 'components.csv');
      writeFileSync(file, `${lines.join('\n')}\n`);
    });

    afterAll(async () => {
      // The import runs in its own process group (tsx starts node as a child): end the whole group.
      if (child?.pid && groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
      await t?.destroy();
    });

    it('leaves the database unchanged, and a re-run adds every row', async () => {
      const before = await state();
      expect(before.components).toBe(0);

      child = spawn(tsx, cliArgs(['import', 'components', file, '--case', '1']), {
        cwd: root,
        env: cliEnv(),
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const pid = child.pid as number;
      const exited = once(child, 'exit');
      const seen: string[] = [];
      let killed = false;
      for await (const line of createInterface({ input: child.stderr as NodeJS.ReadableStream })) {
        seen.push(line);
        const m = /^writing: (\d+)\/(\d+) rows$/.exec(line);
        // Halfway: well into the write transaction, well before its end.
        if (m && Number(m[1]) >= Number(m[2]) / 4 && Number(m[1]) < Number(m[2])) {
          process.kill(-pid, 'SIGKILL');
          killed = true;
          break;
        }
      }
      const [code, signal] = await exited;
      expect(
        killed,
        `the import ended before it was killed (exit ${code}); its output:\n${seen.join('\n')}`,
      ).toBe(true);
      expect(signal).toBe('SIGKILL');
      for (let i = 0; i < 100 && groupAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
      expect(groupAlive(pid)).toBe(false);

      expect(await state()).toEqual(before);
      const verify = await teardown(['verify']);
      expect(verify.code, verify.stdout + verify.stderr).toBe(0);

      const rerun = await teardown(['import', 'components', file, '--case', '1']);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stdout).toBe(
        `components.csv: ${COMPONENTS} rows; ${COMPONENTS} added, 0 updated, 0 skipped (already stored)\n`,
      );
      const after = await state();
      expect(after.components).toBe(COMPONENTS);
      // One entry for the components, one for the catalog parts their markings name.
      expect(after.head?.seq).toBe((before.head?.seq ?? 0) + 2);
    }, 180_000);
  });
}
