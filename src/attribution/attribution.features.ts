// How each kind of diagnostic feature is read off an item: whether the item was observed at all on
// that point, and if so whether the feature is there, with the fact in words. Whether that agrees
// with the profile (expect present or absent) is the scorer's business, not the reader's.
import { readMaker, readPart } from './attribution.components.ts';
import type { ItemEvidence } from './attribution.item.ts';
import type { DiagnosticFeature } from './attribution.kinds.ts';
import { serialForms, tagKey } from './attribution.normalize.ts';
import { testPattern } from './attribution.pattern.ts';
import { isMainly, MIN_LETTERS, scriptShare } from './attribution.script.ts';

export type FeatureReading =
  | { observed: false; fact: string }
  | { observed: true; present: boolean; fact: string };

type Feature<K extends DiagnosticFeature['kind']> = Extract<DiagnosticFeature, { kind: K }>;

const blank = (s: string | null | undefined): s is null | undefined | '' => !s?.trim();

function readSerial(f: Feature<'serial_pattern'>, item: ItemEvidence): FeatureReading {
  const serial = item.serialNumber;
  if (blank(serial)) return { observed: false, fact: 'no serial number recorded' };
  const forms = serialForms(serial);
  const at = forms.findIndex((form) => testPattern(f.pattern, form));
  if (at < 0) return { observed: true, present: false, fact: `serial ${serial} does not match ${f.pattern}` };
  // Matched only once look-alike letters were read as Latin: say so, the reviewer sees Cyrillic.
  const note = at > 0 ? ` (read as ${forms[at]})` : '';
  return { observed: true, present: true, fact: `serial ${serial}${note} matches ${f.pattern}` };
}

function readDesignation(f: Feature<'designation_marked'>, item: ItemEvidence): FeatureReading {
  const marked = item.designationMarked;
  if (blank(marked)) return { observed: false, fact: 'no designation marked on the item recorded' };
  const present = testPattern(f.pattern, marked.trim());
  const verb = present ? 'matches' : 'does not match';
  return { observed: true, present, fact: `designation marked "${marked.trim()}" ${verb} ${f.pattern}` };
}

function readTag(f: Feature<'tag'>, item: ItemEvidence): FeatureReading {
  const tags = (item.tags ?? []).filter((t) => !blank(t));
  // An item nobody tagged was not examined for construction; one tagged otherwise was.
  if (tags.length === 0) return { observed: false, fact: 'no construction tags recorded' };
  const present = tags.some((t) => tagKey(t) === tagKey(f.tag));
  if (present) return { observed: true, present, fact: `tagged "${f.tag}"` };
  return { observed: true, present, fact: `not tagged "${f.tag}" (tags: ${tags.join(', ')})` };
}

/** The item's own markings, with the marked designation when the transcription leaves it out. */
function itemText(item: ItemEvidence): string {
  const markings = item.markings ?? '';
  const marked = item.designationMarked?.trim();
  return marked && !markings.includes(marked) ? `${markings}\n${marked}` : markings;
}

function readScript(f: Feature<'marking_script'>, item: ItemEvidence): FeatureReading {
  const parts: string[] = [];
  if (f.scope !== 'components') parts.push(itemText(item));
  if (f.scope !== 'item') parts.push(...item.components.map((c) => c.markingRaw));
  const where = { item: 'item markings', components: 'component markings', all: 'markings' }[f.scope];
  const share = scriptShare(parts.join('\n'), f.script);
  if (share.letters < MIN_LETTERS) {
    return {
      observed: false,
      fact: `too few letters in the ${where} to tell their script (${share.letters})`,
    };
  }
  const present = isMainly(share);
  const count = `${share.inScript} of ${share.letters} letters`;
  const fact = `${where} ${present ? 'mainly' : 'not mainly'} ${f.script} (${count})`;
  return { observed: true, present, fact };
}

export function readFeature(f: DiagnosticFeature, item: ItemEvidence): FeatureReading {
  switch (f.kind) {
    case 'serial_pattern':
      return readSerial(f, item);
    case 'designation_marked':
      return readDesignation(f, item);
    case 'tag':
      return readTag(f, item);
    case 'marking_script':
      return readScript(f, item);
    case 'part_present':
      return readPart(f, item);
    case 'maker_present':
      return readMaker(f, item);
  }
}
