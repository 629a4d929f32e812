// What an attacker with write access to the database can do, for tests that show the checkpoint catches it.
import { type Kysely, sql } from 'kysely';
import { canonicalJson, entryHash, GENESIS_HASH } from '../../src/audit/audit.digest.ts';
import { type Database, derivedColumns } from '../../src/db/index.ts';

/** What an attacker with write access to the database can do: alter an item, put the altered row in its
 * last audit entry, and recompute every hash of the chain from the first entry so that it is consistent. */
export async function rewriteWholeChain(db: Kysely<Database>, itemId: number, notes: string): Promise<void> {
  await sql`update recovered_items set notes = ${notes} where id = ${itemId}`.execute(db);
  const row = await db
    .selectFrom('recovered_items')
    .selectAll()
    .where('id', '=', itemId)
    .executeTakeFirstOrThrow();
  const last = await db
    .selectFrom('audit_log')
    .select('seq')
    .where('entity_type', '=', 'item')
    .where('entity_id', '=', itemId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  let prev = GENESIS_HASH;
  for (const e of await db.selectFrom('audit_log').selectAll().orderBy('seq').execute()) {
    const after = e.seq === last.seq ? canonicalJson(row, derivedColumns) : e.after;
    const hash = entryHash({ ...e, after, prev_hash: prev });
    await sql`update audit_log set "after" = ${after}, prev_hash = ${prev}, hash = ${hash} where seq = ${e.seq}`.execute(
      db,
    );
    prev = hash;
  }
}
