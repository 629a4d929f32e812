// Imports, the file-reading half: streams CSV, TSV, JSON Lines and XLSX files row by row, maps their
// columns to fields, and turns each row into typed, validated values or into problems that name the
// file, row and column. No database access here: the import service decides what to write.
export { coerceRecord, type RowResult } from './imports.coerce.ts';
export { type DatePrecision, type ImportDate, parseImportDate } from './imports.dates.ts';
export {
  componentFields,
  type FieldKind,
  type FieldSpec,
  itemFields,
  normalizeName,
} from './imports.fields.ts';
export { type FolderImport, importFolder } from './imports.files.ts';
export { buildHeaderMap, type HeaderMap, IGNORE, suggestMapping } from './imports.header-map.ts';
export { type ImportJobPayload, importJob } from './imports.job.ts';
export { parseMapArgs, readMappingFile } from './imports.mapping.ts';
export { type FieldInfo, type Preview, previewFile } from './imports.preview.ts';
export {
  detectEncodingProblem,
  type ImportFormat,
  type ReadOptions,
  readHeaders,
  readRecords,
  type SourceRecord,
  type SourceValue,
} from './imports.read.ts';
export { registerImportRoutes } from './imports.routes.ts';
export {
  type ImportCheck,
  type ImportKind,
  type ImportOptions,
  type ImportResult,
  ImportService,
} from './imports.service.ts';
export { type Upload, UploadStore } from './imports.uploads.ts';
export { validateRow } from './imports.validate.ts';
