// The shapes of the import wizard's API answers (POST /api/imports/uploads, …/check, the import job's
// result), as the wizard uses them.
import type { Problem } from '../../api/api.client.ts';

export type ImportKind = 'items' | 'components';

export interface ImportField {
  name: string;
  required: boolean;
  description?: string;
}

export interface UploadAnswer {
  uploadId: string;
  fileName: string;
  size: number;
  format: string | null;
  headers: string[];
  sample: string[][];
  fields: Record<ImportKind, ImportField[]>;
  suggested: Record<ImportKind, Record<string, string | null>>;
}

export interface CheckAnswer {
  ok: boolean;
  rows: number;
  added: number;
  updated: number;
  skipped: number;
  problemCount: number;
  problems: Problem[];
  conflicts: Problem[];
}

/** What the wizard sends to …/check and …/run. */
export interface ImportRequest {
  kind: ImportKind;
  caseId: number;
  /** header → field; headers left out are ignored. */
  map?: Record<string, string>;
  update?: boolean;
}

/** The result an import job keeps (src/imports/imports.service.ts ImportResult). */
export interface ImportResult {
  kind: ImportKind;
  file: string;
  rows: number;
  added: number;
  updated: number;
  skipped: number;
  auditSeq: number | null;
}
