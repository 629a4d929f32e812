// Sanctions screening: watch lists imported as versioned data, matched against the organizations and
// persons on a supply chain, with explanations and a review queue. So far: the readers of the OFAC SDN
// legacy CSV (with the aliases, identifiers, countries and dates in its remarks), the UN consolidated
// XML and OpenSanctions' FollowTheMoney JSON Lines into one shape of watch-list entry.

export { ScreeningCache } from './screening.cache.ts';
export { countryCode } from './screening.countries.ts';
export { type CsvMapping, csvMapping, parseCsvList } from './screening.csv.ts';
export { FtmFormatError, type FtmRead, parseFtm } from './screening.ftm.ts';
export { type PartyType, ScreeningHitsRepository } from './screening.hits.repository.ts';
export { RESCREEN_JOB, rescreenAfterImport, rescreenJob } from './screening.job.ts';
export { type OfacFiles, OfacFormatError, parseOfac } from './screening.ofac.ts';
export { registerScreeningRoutes } from './screening.routes.ts';
export { type ScreeningOutcome, ScreeningService, toScreeningHit } from './screening.service.ts';
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
