// What an investigator reads off one fictional part: the raw marking as transcribed (several lines,
// sometimes with Cyrillic look-alike letters, sometimes illegible) and the fields parsed from it, each
// with its origin (machine-read with a confidence, or entered by a person).
import type { FieldOrigin, parsedFields } from '../evidence/evidence.schema.ts';
import type { DemoPart } from './demo.catalog.ts';
import { ASSEMBLY_MARKS, digits, lotCode, toLookalikeCyrillic } from './demo.codes.ts';
import { addDays, dateCodeOf } from './demo.dates.ts';
import { makerKey } from './demo.makers.ts';
import type { Random } from './demo.random.ts';

type ParsedField = (typeof parsedFields)[number];

export interface ChipReading {
  markingRaw: string;
  maker?: string;
  makerKey?: string;
  partNumber?: string;
  dateCode?: string;
  lotCode?: string;
  serial?: string;
  fieldOrigins?: Partial<Record<ParsedField, FieldOrigin>>;
  notes?: string;
}

const SERIALIZED = new Set(['servo', 'camera module', 'power module']);
const CAPACITANCES = ['10µF 25V', '47µF 16V', '100µF 35V', '220µF 16V', '470µF 25V', '1000µF 10V'];

const origin = (rng: Random): FieldOrigin =>
  rng.chance(0.55)
    ? { origin: 'machine', confidence: Math.round(rng.float(0.6, 0.99) * 100) / 100 }
    : { origin: 'human' };

/** A date code some months or years before the recovery: parts are made before they are fitted. */
const dateCodeBefore = (rng: Random, recovered: Date): string =>
  dateCodeOf(addDays(recovered, -rng.int(45, 5 * 365)));

const garble = (rng: Random, s: string): string =>
  [...s].map((c) => (c !== ' ' && rng.chance(0.35) ? '?' : c)).join('');

export function readChip(rng: Random, part: DemoPart, recovered: Date): ChipReading {
  const { maker } = part;
  if (part.category === 'capacitor' && rng.chance(0.5)) return { markingRaw: '' };
  const roll = rng.next();
  if (roll < 0.03) return { markingRaw: '', notes: 'Marking abraded; illegible (synthetic demo data).' };
  if (roll < 0.06) {
    return {
      markingRaw: `${garble(rng, maker.logo)}\n${garble(rng, part.partNumber)}`,
      maker: maker.logo,
      makerKey: makerKey(maker),
      fieldOrigins: { maker: { origin: 'human' } },
      notes: 'Marking partly legible (synthetic demo data).',
    };
  }
  const dateCode = dateCodeBefore(rng, recovered);
  const lot = lotCode(rng);
  const serial = SERIALIZED.has(part.category) ? `SN ${digits(rng, 7)}` : undefined;
  const typed = rng.chance(0.06) ? toLookalikeCyrillic(part.partNumber) : part.partNumber;
  const lines = [
    serial || rng.chance(0.8) ? maker.logo : undefined,
    typed,
    part.category === 'capacitor' ? rng.pick(CAPACITANCES) : undefined,
    rng.chance(0.5) ? `${dateCode} ${lot}` : `${lot} ${dateCode}`,
    serial,
    rng.chance(0.6) ? rng.pick(ASSEMBLY_MARKS[rng.pick(maker.assembly)] ?? ['']) : undefined,
  ].filter((line): line is string => !!line);
  const reading: ChipReading = { markingRaw: lines.join(rng.chance(0.75) ? '\n' : ' / ') };
  if (rng.chance(0.15)) return reading;

  reading.maker = rng.chance(0.6) ? rng.pick(maker.aliases) : maker.name;
  reading.makerKey = makerKey(maker);
  reading.partNumber = part.partNumber;
  reading.dateCode = dateCode;
  if (rng.chance(0.8)) reading.lotCode = lot;
  if (serial) reading.serial = serial.slice(3);
  const origins: Partial<Record<ParsedField, FieldOrigin>> = {};
  for (const field of ['maker', 'partNumber', 'dateCode', 'lotCode', 'serial'] as const) {
    if (reading[field]) origins[field] = origin(rng);
  }
  reading.fieldOrigins = origins;
  return reading;
}
