// The pure surface of the markings reader: build an index from maker profiles, parse a marking,
// resolve a maker name.
export { buildMakerIndex, type MakerIndex } from './markings.index.ts';
export { MarkingInputError, parseMarking } from './markings.parse.ts';
export { type NameResolution, resolveMakerName } from './markings.resolve.ts';
