// The hook through which the markings module writes its machine reading into components as they are
// created, changed or imported: evidence does not know how markings are read, only that fields a
// person entered are left alone.
import type { BulkRecorder } from '../audit/index.ts';
import type { Actor } from '../core/actor.ts';
import type { componentValues } from './evidence.values.ts';
import type { Trx } from './evidence.writer.ts';

export type ComponentValues = ReturnType<typeof componentValues>;

export interface MarkingReader {
  /** Fills, in place, every parsed field of these component rows that no person entered. The catalog
   * parts it creates are audited by `parts` when given (an import's one record of them, finished by
   * the caller), else by an entry of their own. */
  read(trx: Trx, actor: Actor, rows: ComponentValues[], parts?: BulkRecorder): Promise<void>;
}
