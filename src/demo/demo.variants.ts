// How the demo builds the items of each fictional design variant that demo-variants.yaml describes, so
// that attribution has something to find (synthetic demo data): the designation as printed, the serial
// series, the script of the serial plate, the construction tag recorded, the period the variant was
// recovered in, and the parts its producer fits in place of the family's. Items of a family without
// variants here are built as before from the family alone.

/** A part a variant fits in every item: all parts of `category` in the family's `module`. */
export interface VariantPart {
  /** A module kind of demo.modules.ts ("fc", "gnss", "harness"). */
  module: string;
  category: string;
  /** The maker's key in demo-makers.json. */
  maker: string;
  /** A fixed part number; otherwise one of the maker's parts of that category in the demo catalog. */
  partNumber?: string;
}

export interface DemoVariant {
  /** The profile id in demo-variants.yaml. */
  id: string;
  weight: number;
  /** Recovered only from this day on, and before `until` (YYYY-MM-DD). */
  from?: string;
  until?: string;
  marked: ReadonlyArray<readonly [string, number]>;
  /** The serial series; variants of one family may share one. */
  serialPrefix: string;
  serialsPerMonth: number;
  /** The month its serials start to be issued. */
  serialsSince: string;
  /** The serial plate in Cyrillic ("Зав. № ТК-0123"), whatever the designation's script. */
  cyrillicPlate: boolean;
  /** The construction tag an analyst records on most of its items. */
  tag?: string;
  parts: readonly VariantPart[];
}

/** A serial series that two variants share: declared once, so that neither can drift from the other. */
type Series = Pick<DemoVariant, 'serialPrefix' | 'serialsPerMonth' | 'serialsSince'>;

const TK_SERIES: Series = { serialPrefix: 'TK', serialsPerMonth: 25, serialsSince: '2023-01-01' };
const SBM_SERIES: Series = { serialPrefix: 'SBM', serialsPerMonth: 30, serialsSince: '2023-04-01' };

const HARROW: readonly DemoVariant[] = [
  {
    id: 'harrow-2-original',
    weight: 7,
    marked: [
      ['Harrow-2', 5],
      ['HARROW-2', 3],
    ],
    serialPrefix: 'HW2',
    serialsPerMonth: 40,
    serialsSince: '2023-01-01',
    cyrillicPlate: false,
    tag: 'serial-stencilled',
    parts: [
      { module: 'gnss', category: 'GNSS receiver', maker: 'kestrel' },
      { module: 'harness', category: 'connector', maker: 'brennick' },
    ],
  },
  {
    id: 'harrow-2m-licensed',
    weight: 3,
    from: '2023-09-01',
    marked: [['Harrow-2M', 1]],
    serialPrefix: 'HW2M',
    serialsPerMonth: 15,
    serialsSince: '2023-08-01',
    cyrillicPlate: false,
    tag: 'serial-label-plate',
    parts: [
      { module: 'gnss', category: 'GNSS receiver', maker: 'henglan' },
      { module: 'harness', category: 'connector', maker: 'vedritsa' },
    ],
  },
];

const TERN: readonly DemoVariant[] = [
  {
    id: 'tern-k-domestic',
    weight: 5,
    marked: [['ТЕРН-К', 1]],
    ...TK_SERIES,
    cyrillicPlate: true,
    parts: [
      { module: 'fc', category: 'crystal oscillator', maker: 'kvarnel' },
      { module: 'gnss', category: 'GNSS receiver', maker: 'tiderun' },
    ],
  },
  {
    id: 'tern-k-export',
    weight: 4,
    marked: [
      ['Tern-K', 3],
      ['TERN-K', 2],
    ],
    ...TK_SERIES,
    cyrillicPlate: false,
    parts: [
      { module: 'fc', category: 'crystal oscillator', maker: 'hanabusa' },
      { module: 'gnss', category: 'GNSS receiver', maker: 'tiderun' },
    ],
  },
];

const SABLE_MARKED = [
  ['Sable M', 4],
  ['SABLE-M', 3],
  ['Сейбл-М', 1],
] as const;

const SABLE: readonly DemoVariant[] = [
  {
    id: 'sable-m-block-1',
    weight: 1,
    until: '2025-03-01',
    marked: SABLE_MARKED,
    ...SBM_SERIES,
    cyrillicPlate: false,
    parts: [
      { module: 'fc', category: 'microcontroller', maker: 'mirovex', partNumber: 'MVE3172K' },
      { module: 'gnss', category: 'GNSS receiver', maker: 'kestrel' },
    ],
  },
  {
    id: 'sable-m-block-2',
    weight: 1,
    from: '2024-09-01',
    marked: SABLE_MARKED,
    ...SBM_SERIES,
    cyrillicPlate: false,
    parts: [
      { module: 'fc', category: 'microcontroller', maker: 'norvane', partNumber: 'NVR5208TQ' },
      { module: 'gnss', category: 'GNSS receiver', maker: 'tarangini' },
    ],
  },
];

/** The variants of each family (by its assessed designation). */
export const demoVariants: ReadonlyMap<string, readonly DemoVariant[]> = new Map([
  ['Harrow-2', HARROW],
  ['Tern-K', TERN],
  ['Sable M', SABLE],
]);

/** The variants of a family that were being recovered on `day`. */
export function variantsOn(assessed: string, day: string): readonly DemoVariant[] {
  return (demoVariants.get(assessed) ?? []).filter(
    (v) => (!v.from || v.from <= day) && (!v.until || day < v.until),
  );
}
