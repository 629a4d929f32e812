// Sanctions screening: watch lists imported as versioned data, matched against the organizations and
// persons on a supply chain, with explanations and a review queue. So far: the readers of the OFAC SDN
// legacy CSV (with the aliases, identifiers, countries and dates in its remarks), the UN consolidated
// XML and OpenSanctions' FollowTheMoney JSON Lines into one shape of watch-list entry.
export { countryCode } from './screening.countries.ts';
export { FtmFormatError, type FtmRead, parseFtm } from './screening.ftm.ts';
export { type OfacFiles, OfacFormatError, parseOfac } from './screening.ofac.ts';
export * from './screening.types.ts';
export { parseUn, UnFormatError } from './screening.un.ts';
