// Sanctions screening: watch lists (OFAC SDN CSV, UN XML, FollowTheMoney, any CSV) imported as
// versioned data, an in-process index that matches the organizations and persons of the registry
// against them and explains each hit, and a review queue whose decisions hold until the entry changes.

export { ScreeningCache } from './screening.cache.ts';
export { countryCode } from './screening.countries.ts';
export { type CsvMapping, csvMapping, parseCsvList } from './screening.csv.ts';
export { FtmFormatError, type FtmRead, parseFtm } from './screening.ftm.ts';
export { type PartyType, ScreeningHitsRepository } from './screening.hits.repository.ts';
export { DEFAULT_THRESHOLD, ScreeningIndex, scoreEntry } from './screening.index.ts';
export { RESCREEN_JOB, rescreenAfterImport, rescreenJob } from './screening.job.ts';
export * from './screening.matching.types.ts';
export { type OfacFiles, OfacFormatError, parseOfac } from './screening.ofac.ts';
export { registerScreeningRoutes } from './screening.routes.ts';
export { type ScreeningOutcome, ScreeningService, toScreeningHit } from './screening.service.ts';
export { FIXED_WEIGHTS, type TokenWeights } from './screening.tokens.ts';
export * from './screening.types.ts';
export { parseUn, UnFormatError } from './screening.un.ts';
export { diffEntries, entryDigest } from './watchlist.diff.ts';
export { type ListFileInput, type ListRead, readListFiles } from './watchlist.read.ts';
export { type LiveEntry, WatchlistRepository } from './watchlist.repository.ts';
export { registerWatchlistRoutes } from './watchlist.routes.ts';
export {
  type ImportListInput,
  type ImportListResult,
  type ListImported,
  WatchlistService,
} from './watchlist.service.ts';
