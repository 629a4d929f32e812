// Sanctions screening: watch lists imported as versioned data (so far the reader of the OFAC SDN
// legacy CSV, with the aliases, identifiers, countries and dates in its remarks, and of the UN
// consolidated XML), matched against the
// organizations and persons on a supply chain, with explanations and a review queue (to come).
export { countryCode } from './screening.countries.ts';
export { type OfacFiles, OfacFormatError, parseOfac } from './screening.ofac.ts';
export * from './screening.types.ts';
export { parseUn, UnFormatError } from './screening.un.ts';
