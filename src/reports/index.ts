// Reports and exports. For now: a case's items and components as CSV or JSON Lines, in the columns that
// imports read, so that data moves between instances without being edited.

export { registerExportRoutes } from './exports.routes.ts';
export { type ExportFormat, ExportService } from './exports.service.ts';
