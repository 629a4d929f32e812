// The parser and the name resolver over one maker index: the shipped reference makers, with the
// generic and clone families, plus any maker profiles stored in the database (the demo's fictional
// makers, analysts' additions). Built once per set of profiles; parsing is pure and fast.
import { Invalid } from '../core/errors.ts';
import {
  buildMakerIndex,
  type MakerIndex,
  MarkingInputError,
  parseMarking,
  resolveMakerName,
} from './markings.api.ts';
import { loadMarkingsData } from './markings.data.ts';
import type { MakerProfile, MarkingReading, ParseContext } from './markings.types.ts';

export interface MarkingEngine {
  readonly index: MakerIndex;
  /** Throws `Invalid` (field `text`, with the line when known) on text that is no marking. */
  parse(text: string, ctx?: ParseContext): MarkingReading;
  resolve(name: string): ReturnType<typeof resolveMakerName>;
  profile(key: string): MakerProfile | undefined;
  profiles(): readonly MakerProfile[];
}

let shipped: ReturnType<typeof loadMarkingsData> | undefined;
export const referenceData = () => {
  shipped ??= loadMarkingsData();
  return shipped;
};

export function createEngine(extra: readonly MakerProfile[] = []): MarkingEngine {
  const data = referenceData();
  // A stored profile with a shipped maker's key (its organization's aliases added) replaces it.
  const stored = new Map(extra.map((p) => [p.key, p]));
  const shippedKeys = new Set(data.makers.map((m) => m.key));
  const profiles = [
    ...data.makers.map((m) => stored.get(m.key) ?? m),
    ...extra.filter((p) => !shippedKeys.has(p.key)),
  ];
  const byKey = new Map(profiles.map((p) => [p.key, p]));
  const index = buildMakerIndex(profiles, data.generics, data.clones);
  return {
    index,
    parse(text, ctx) {
      try {
        return parseMarking(text, index, ctx);
      } catch (e) {
        if (e instanceof MarkingInputError) throw Invalid.at('text', e.message);
        throw e;
      }
    },
    resolve: (name) => resolveMakerName(name, index),
    profile: (key) => byKey.get(key),
    profiles: () => profiles,
  };
}

let shippedEngine: MarkingEngine | undefined;
/** The engine over the shipped reference data alone (the CLI's, without a database). */
export const referenceEngine = (): MarkingEngine => {
  shippedEngine ??= createEngine();
  return shippedEngine;
};
