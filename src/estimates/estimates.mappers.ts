// Stored patterns and targets → API objects.
import type { Selectable } from 'kysely';
import type { ProductionTargetsTable, SerialPatternsTable } from '../db/index.ts';
import type { ProductionTarget, SerialPattern } from './estimates.schema.ts';

export const toPattern = (r: Selectable<SerialPatternsTable>): SerialPattern => ({
  id: r.id,
  designation: r.designation,
  pattern: r.pattern,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  deletedAt: r.deleted_at,
});

export const toTarget = (r: Selectable<ProductionTargetsTable>): ProductionTarget => ({
  id: r.id,
  designation: r.designation,
  series: r.series,
  units: r.units,
  by: r.by_date,
  source: r.source,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  deletedAt: r.deleted_at,
});
