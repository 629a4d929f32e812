// Seeded generator of the benchmark data: a CSV of recovered items and a CSV of components that point
// at them, written as a stream (constant memory whatever the row count). Synthetic data: the makers,
// part numbers, designations and places are fictional, invented for benchmarks only.
//
// The columns carry the product's import field names (src/imports/imports.fields.ts), so the files
// import without a mapping. About 2,000 distinct part numbers, drawn with a mild skew (a few parts are
// common, most are rare), give searches a realistic selectivity; about 5% of markings are typed with
// Cyrillic look-alike letters, as transcriptions often are.
import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { toLookalikeCyrillic } from '../src/demo/demo.codes.ts';

export const SYNTHETIC_LABEL = 'synthetic benchmark data: fictional makers and part numbers';

export const itemColumns = [
  'externalRef',
  'itemType',
  'designationMarked',
  'serialNumber',
  'recoveredAt',
  'latitude',
  'longitude',
  'country',
] as const;

export const componentColumns = [
  'itemRef',
  'subsystem',
  'position',
  'category',
  'quantity',
  'markingRaw',
  'maker',
  'partNumber',
  'dateCode',
  'lotCode',
] as const;

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same files on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const int = (r: () => number, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const code = (r: () => number, n: number) => Array.from({ length: n }, () => pick(r, [...ALNUM])).join('');

interface MakerSpec {
  name: string;
  /** What the logo on the package reads. */
  logo: string;
  /** Fictional part-number prefixes. */
  prefixes: string[];
  categories: string[];
}

// Fictional makers (names and prefixes invented; any likeness to a real company is unintended).
const makers: MakerSpec[] = [
  {
    name: 'Brastel Microdevices',
    logo: 'BRASTEL',
    prefixes: ['QZX', 'QZV'],
    categories: ['microcontroller', 'flash memory'],
  },
  {
    name: 'Calvanta Semiconductor',
    logo: 'CALVANTA',
    prefixes: ['KVW'],
    categories: ['voltage regulator', 'MOSFET'],
  },
  {
    name: 'Drevik Electronics',
    logo: 'DREVIK',
    prefixes: ['DXJ'],
    categories: ['GNSS receiver', 'RF transceiver'],
  },
  { name: 'Elmsgate Circuits', logo: 'ELMSGATE', prefixes: ['EGQ'], categories: ['connector', 'capacitor'] },
  {
    name: 'Fenwray Power Devices',
    logo: 'FENWRAY',
    prefixes: ['FWZ'],
    categories: ['power module', 'voltage regulator'],
  },
  {
    name: 'Glimmerhold Sensors',
    logo: 'GLIMMERHOLD',
    prefixes: ['GHX'],
    categories: ['IMU', 'pressure sensor', 'magnetometer'],
  },
  { name: 'Harrowind RF', logo: 'HARROWIND', prefixes: ['HWQ'], categories: ['RF amplifier', 'antenna'] },
  {
    name: 'Istrana Logic',
    logo: 'ISTRANA',
    prefixes: ['IZT'],
    categories: ['microcontroller', 'motor driver'],
  },
  {
    name: 'Jorvald Components',
    logo: 'JORVALD',
    prefixes: ['JVQ'],
    categories: ['crystal oscillator', 'capacitor'],
  },
  { name: 'Kettleby Devices', logo: 'KETTLEBY', prefixes: ['KBX'], categories: ['MOSFET', 'motor driver'] },
  {
    name: 'Lunmark Semiconductor',
    logo: 'LUNMARK',
    prefixes: ['LQZ'],
    categories: ['flash memory', 'microcontroller'],
  },
  {
    name: 'Mossbridge Micro',
    logo: 'MOSSBRIDGE',
    prefixes: ['MBQ'],
    categories: ['voltage regulator', 'power module'],
  },
  {
    name: 'Nethercott Analog',
    logo: 'NETHERCOTT',
    prefixes: ['NQX'],
    categories: ['RF transceiver', 'RF amplifier'],
  },
  { name: 'Orlavin Systems', logo: 'ORLAVIN', prefixes: ['OVZ'], categories: ['camera module', 'servo'] },
  { name: 'Pellworth Electronics', logo: 'PELLWORTH', prefixes: ['PWJ'], categories: ['connector'] },
  { name: 'Quillon Microwave', logo: 'QUILLON', prefixes: ['QLX'], categories: ['antenna', 'RF amplifier'] },
  { name: 'Rastova Devices', logo: 'RASTOVA', prefixes: ['RZQ'], categories: ['IMU', 'GNSS receiver'] },
  {
    name: 'Selkirby Silicon',
    logo: 'SELKIRBY',
    prefixes: ['SKZ'],
    categories: ['microcontroller', 'voltage regulator'],
  },
  { name: 'Tamsworth Power', logo: 'TAMSWORTH', prefixes: ['TWX'], categories: ['power module', 'MOSFET'] },
  {
    name: 'Umbrae Sensing',
    logo: 'UMBRAE',
    prefixes: ['UBQ'],
    categories: ['pressure sensor', 'magnetometer'],
  },
  {
    name: 'Varnholt Circuits',
    logo: 'VARNHOLT',
    prefixes: ['VHZ'],
    categories: ['capacitor', 'crystal oscillator'],
  },
  { name: 'Wendrick Photonics', logo: 'WENDRICK', prefixes: ['WDX'], categories: ['camera module'] },
  { name: 'Xylomar Devices', logo: 'XYLOMAR', prefixes: ['XMQ'], categories: ['motor driver', 'servo'] },
  {
    name: 'Yarrowfield Semi',
    logo: 'YARROWFIELD',
    prefixes: ['YFZ'],
    categories: ['RF transceiver', 'microcontroller'],
  },
  {
    name: 'Zentrova Microsystems',
    logo: 'ZENTROVA',
    prefixes: ['ZVQ'],
    categories: ['GNSS receiver', 'IMU'],
  },
  {
    name: 'Ashcombe Interconnect',
    logo: 'ASHCOMBE',
    prefixes: ['AJX'],
    categories: ['connector', 'antenna'],
  },
  { name: 'Bellhaven Frequency', logo: 'BELLHAVEN', prefixes: ['BFQ'], categories: ['crystal oscillator'] },
  { name: 'Corvath Motion', logo: 'CORVATH', prefixes: ['CMZ'], categories: ['servo', 'motor driver'] },
  {
    name: 'Завод «Верескин»',
    logo: 'ВЕРЕСКИН',
    prefixes: ['ВРК'],
    categories: ['voltage regulator', 'connector'],
  },
  {
    name: 'АО «Талмира»',
    logo: 'ТАЛМИРА',
    prefixes: ['ТЛМ'],
    categories: ['crystal oscillator', 'capacitor'],
  },
  { name: 'Dunmore Sensortek', logo: 'DUNMORE', prefixes: ['DMQ'], categories: ['IMU', 'magnetometer'] },
  { name: 'Fairlith Memory', logo: 'FAIRLITH', prefixes: ['FLZ'], categories: ['flash memory'] },
  { name: 'Grauwen Halbleiter', logo: 'GRAUWEN', prefixes: ['GWX'], categories: ['MOSFET', 'power module'] },
  {
    name: 'Holmfirth Wireless',
    logo: 'HOLMFIRTH',
    prefixes: ['HFQ'],
    categories: ['RF transceiver', 'antenna'],
  },
  { name: 'Kirrawee Imaging', logo: 'KIRRAWEE', prefixes: ['KRZ'], categories: ['camera module'] },
  {
    name: 'Marlowe Analog Works',
    logo: 'MARLOWE',
    prefixes: ['MWX'],
    categories: ['voltage regulator', 'RF amplifier'],
  },
  {
    name: 'Pentreath Devices',
    logo: 'PENTREATH',
    prefixes: ['PTQ'],
    categories: ['microcontroller', 'GNSS receiver'],
  },
  { name: 'Trevanion Passives', logo: 'TREVANION', prefixes: ['TVZ'], categories: ['capacitor'] },
  { name: 'Vossberg Antennen', logo: 'VOSSBERG', prefixes: ['VBX'], categories: ['antenna'] },
  {
    name: 'Wyndham Logic',
    logo: 'WYNDHAM',
    prefixes: ['WLQ'],
    categories: ['microcontroller', 'flash memory'],
  },
];

const subsystemOf: Record<string, string[]> = {
  microcontroller: ['flight_control', 'navigation', 'datalink'],
  'flash memory': ['flight_control', 'navigation'],
  'voltage regulator': ['power', 'flight_control'],
  MOSFET: ['propulsion', 'power'],
  'GNSS receiver': ['navigation'],
  'RF transceiver': ['datalink'],
  connector: ['airframe', 'power', 'other'],
  capacitor: ['power', 'flight_control', 'propulsion'],
  'power module': ['power'],
  IMU: ['navigation', 'flight_control'],
  'pressure sensor': ['navigation'],
  magnetometer: ['navigation'],
  'RF amplifier': ['datalink'],
  antenna: ['datalink', 'navigation'],
  'motor driver': ['propulsion'],
  'crystal oscillator': ['flight_control', 'navigation', 'datalink'],
  'camera module': ['other'],
  servo: ['airframe', 'flight_control'],
};

const designatorOf: Record<string, string> = {
  microcontroller: 'U',
  'flash memory': 'U',
  'voltage regulator': 'U',
  MOSFET: 'Q',
  'GNSS receiver': 'M',
  'RF transceiver': 'U',
  connector: 'J',
  capacitor: 'C',
  'power module': 'PM',
  IMU: 'U',
  'pressure sensor': 'U',
  magnetometer: 'U',
  'RF amplifier': 'U',
  antenna: 'ANT',
  'motor driver': 'U',
  'crystal oscillator': 'Y',
  'camera module': 'CAM',
  servo: 'SRV',
};

export interface Part {
  maker: MakerSpec;
  partNumber: string;
  category: string;
  /** Lot codes this part was seen with. */
  lots: string[];
}

export interface Catalog {
  makers: MakerSpec[];
  parts: Part[];
  /** Cumulative weights of `parts` for a skewed draw. */
  cumulative: number[];
}

/** The fictional parts the components are drawn from: about `count` distinct part numbers. */
export function buildCatalog(seed: number, count = 2000): Catalog {
  const r = rng(seed ^ 0x5eed);
  const parts: Part[] = [];
  const seen = new Set<string>();
  while (parts.length < count) {
    const maker = makers[parts.length % makers.length];
    const prefix = pick(r, maker.prefixes);
    const suffix = r() < 0.3 ? pick(r, ['-TR', '-RG', 'T6', '-Q1', 'XB']) : '';
    const pn = `${prefix}${int(r, 10, 99)}${pick(r, [...'ABCDFGHKLMNPRSTVX'])}${int(r, 1, 999)}${suffix}`;
    if (seen.has(pn)) continue;
    seen.add(pn);
    parts.push({
      maker,
      partNumber: pn,
      category: pick(r, maker.categories),
      lots: Array.from({ length: int(r, 4, 40) }, () => code(r, 6)),
    });
  }
  // Mild skew: the part at rank i weighs 1/(i+20), so the commonest is in ~1% of rows, the median
  // one in ~0.02% (a few hundred of a million). Ranks are shuffled so that skew is not by maker.
  const order = parts.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const weights = new Array<number>(parts.length);
  order.forEach((p, rank) => {
    weights[p] = 1 / (rank + 20);
  });
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) {
    sum += w;
    cumulative.push(sum);
  }
  return { makers, parts, cumulative: cumulative.map((c) => c / sum) };
}

function drawPart(c: Catalog, x: number): Part {
  let lo = 0;
  let hi = c.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return c.parts[lo];
}

/** Latin capitals replaced by their Cyrillic look-alikes, as a transcriber on a Cyrillic keyboard types. */
export const cyrillicLookalikes = toLookalikeCyrillic;

function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
const csvLine = (values: (string | number | null)[]) => `${values.map(csvField).join(',')}\n`;

/** Writes lines with back-pressure, a buffer of about 64 KB at a time. */
class LineWriter {
  private buf = '';
  private readonly out;
  constructor(path: string) {
    this.out = createWriteStream(path);
  }
  async write(line: string): Promise<void> {
    this.buf += line;
    if (this.buf.length >= 65536) await this.flush();
  }
  private async flush(): Promise<void> {
    const chunk = this.buf;
    this.buf = '';
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }
}

export interface GenerateOptions {
  dir: string;
  rows: number;
  items?: number;
  seed?: number;
}

export interface Dataset {
  itemsCsv: string;
  componentsCsv: string;
  rows: number;
  items: number;
  seed: number;
  componentsBytes: number;
  cyrillicRows: number;
  distinctPartNumbers: number;
}

const itemRef = (i: number) => `SYN-${String(i + 1).padStart(5, '0')}`;

/** Writes both files (or reuses them when a previous run with the same parameters completed). */
export async function generate(o: GenerateOptions): Promise<Dataset> {
  const items = o.items ?? 10_000;
  const seed = o.seed ?? 20261125;
  mkdirSync(o.dir, { recursive: true });
  const base = join(o.dir, `seed${seed}-items${items}`);
  const itemsCsv = `${base}.items.csv`;
  const componentsCsv = `${base}.components-${o.rows}.csv`;
  const manifest = `${componentsCsv}.json`;
  if (existsSync(manifest) && existsSync(itemsCsv) && existsSync(componentsCsv)) {
    return JSON.parse(readFileSync(manifest, 'utf8')) as Dataset;
  }

  const r = rng(seed);
  const w = new LineWriter(`${itemsCsv}.part`);
  await w.write(csvLine([...itemColumns]));
  const designations = [
    'Vetra-3',
    'Skorn-M',
    'Harl-2',
    'Ostra-K',
    'Гарпия-2',
    'Кречет-М',
    'Tavrin-5',
    'Lusk-1',
  ];
  const start = Date.UTC(2022, 0, 1);
  const span = Date.UTC(2025, 5, 30) - start;
  for (let i = 0; i < items; i++) {
    const t = r();
    const type = t < 0.6 ? 'uav' : t < 0.9 ? 'loitering_munition' : t < 0.95 ? 'missile' : 'other';
    const day = new Date(start + Math.floor(r() * span)).toISOString().slice(0, 10);
    const lat = (45 + r() * 7).toFixed(5);
    const lon = (22 + r() * 18).toFixed(5);
    await w.write(csvLine([itemRef(i), type, pick(r, designations), `SN${code(r, 8)}`, day, lat, lon, 'UA']));
  }
  await w.close();

  // Components per item: random weights scaled so that they sum to exactly `rows`.
  const weights = Array.from({ length: items }, () => 0.2 + r() * 1.6);
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((x) => Math.floor((o.rows * x) / total));
  let left = o.rows - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % items, left--) counts[i]++;

  const catalog = buildCatalog(seed);
  const c = new LineWriter(`${componentsCsv}.part`);
  await c.write(csvLine([...componentColumns]));
  let cyrillicRows = 0;
  const parts = new Set<string>();
  const countries = ['MYS', 'TWN', 'CHN', 'PHL', 'THA', 'KOR', 'JPN', 'VNM'];
  for (let i = 0; i < items; i++) {
    const designators = new Map<string, number>();
    for (let k = 0; k < counts[i]; k++) {
      const p = drawPart(catalog, r());
      const prefix = designatorOf[p.category];
      const n = (designators.get(prefix) ?? 0) + 1;
      designators.set(prefix, n);
      const dateCode = `${int(r, 15, 24)}${String(int(r, 1, 52)).padStart(2, '0')}`;
      const lot = pick(r, p.lots);
      const lines = [p.maker.logo, p.partNumber, `${dateCode} ${lot}`, pick(r, countries)];
      if (r() < 0.2) lines.push(pick(r, ['e3', 'ES', 'G4', 'PB-FREE, RoHS']));
      let marking = lines.join(' / ');
      if (r() < 0.05) {
        marking = cyrillicLookalikes(marking);
        cyrillicRows++;
      }
      // Some markings were transcribed but not (yet) parsed into fields: only the raw text finds them.
      const parsed = r() >= 0.15;
      parts.add(p.partNumber);
      await c.write(
        csvLine([
          itemRef(i),
          pick(r, subsystemOf[p.category]),
          `${prefix}${n}`,
          p.category,
          p.category === 'capacitor' ? int(r, 1, 4) : 1,
          marking,
          parsed ? p.maker.name : null,
          parsed ? p.partNumber : null,
          parsed ? dateCode : null,
          parsed ? lot : null,
        ]),
      );
    }
  }
  await c.close();
  renameSync(`${itemsCsv}.part`, itemsCsv);
  renameSync(`${componentsCsv}.part`, componentsCsv);
  const dataset: Dataset = {
    itemsCsv,
    componentsCsv,
    rows: o.rows,
    items,
    seed,
    componentsBytes: statSync(componentsCsv).size,
    cyrillicRows,
    distinctPartNumbers: parts.size,
  };
  writeFileSync(manifest, JSON.stringify(dataset, null, 2));
  return dataset;
}
