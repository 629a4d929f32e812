// The SQL of publishing: a case's publications, its restricted records and its company replies.
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';

type Db = Kysely<Database>;

export class PublishingRepository {
  publications(db: Db, caseId: number) {
    return db
      .selectFrom('case_publications')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('deleted_at', 'is', null)
      .orderBy('id', 'desc')
      .execute();
  }

  current(db: Db, caseId: number, state: 'pending' | 'published') {
    return db
      .selectFrom('case_publications')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('state', '=', state)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
  }

  restrictions(db: Db, caseId: number) {
    return db
      .selectFrom('restrictions')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .execute();
  }

  restriction(db: Db, entityType: string, entityId: number) {
    return db
      .selectFrom('restrictions')
      .selectAll()
      .where('entity_type', '=', entityType)
      .where('entity_id', '=', entityId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
  }

  replies(db: Db, caseId: number) {
    return db
      .selectFrom('company_replies')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('deleted_at', 'is', null)
      .orderBy('received_at')
      .orderBy('id')
      .execute();
  }
}
