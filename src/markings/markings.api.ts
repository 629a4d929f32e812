// The pure surface of the markings reader, re-exported by the module's index: build an index from
// maker profiles, parse a marking, resolve a maker name, and the pieces a caller may want alone
// (line splitting with its input limits, date-code decoding).
export { type DateCandidate, type DateFacts, decodeDateCode, resolveDate } from './markings.datecode.ts';
export { MARKING_MAX_CHARS, MARKING_MAX_LINES, MarkingInputError, splitLines } from './markings.lines.ts';
export { buildMakerIndex, type MakerIndex } from './markings.makers.ts';
export { parseMarking } from './markings.parse.ts';
export { type NameResolution, resolveMakerName } from './markings.resolve.ts';
