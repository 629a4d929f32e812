// The evidence registry: cases, recovered items, the components found in them, evidence files, custody
// events, and the one model of parties (organizations and persons) that every other module uses.
export { CaseService } from './case.service.ts';
export type { ComponentValues, MarkingReader } from './component.reading.ts';
export { ComponentRepository } from './component.repository.ts';
export { ComponentService } from './component.service.ts';
export { CustodyService } from './custody.service.ts';
export {
  toCase,
  toComponent,
  toCustodyEvent,
  toEvidenceFile,
  toItem,
  toOrganization,
  toPerson,
} from './evidence.mappers.ts';
export {
  coarsenPlace,
  publishedComponent,
  publishedCustodyEvent,
  publishedFile,
  publishedItem,
  restrictedFields,
  toMonth,
} from './evidence.published.ts';
export { CaseReader, type ReaderOptions } from './evidence.reader.ts';
export { registerEvidenceRoutes } from './evidence.routes.ts';
export * from './evidence.schema.ts';
export {
  componentValues,
  custodyValues,
  itemValues,
  organizationValues,
  personValues,
} from './evidence.values.ts';
export { AuditedWriter, type RowOf, type Trx } from './evidence.writer.ts';
export { type FileMetadata, readMetadata } from './file.metadata.ts';
export { registerFileRoutes } from './file.routes.ts';
export { EvidenceFileService, type FileLinks } from './file.service.ts';
export { FileStore } from './file.store.ts';
export { ThumbnailService, type ThumbnailSize, thumbnailSizes } from './file.thumbnail.ts';
export { ItemRepository } from './item.repository.ts';
export { ItemService } from './item.service.ts';
export { parseInput } from './parse.ts';
export { PartyRepository } from './party.repository.ts';
export { PartyService } from './party.service.ts';
export { RowsRepository, readAccessEpoch } from './rows.repository.ts';
export {
  notRestricted,
  type RestrictableType,
  RestrictionRepository,
  scopeCondition,
} from './scope.repository.ts';
export { SearchRepository } from './search.repository.ts';
export { registerSearchRoutes, registerStatsRoutes } from './search.routes.ts';
export { SearchService, type SearchType, searchTypes } from './search.service.ts';
export { StatsRepository } from './stats.repository.ts';
export { type RecentEntry, StatsService } from './stats.service.ts';
