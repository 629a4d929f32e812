// The fictional designations of the demo and the places where items are "recovered". The names are
// invented (no real weapon bears them); the places are broad regions with made-up sector names.
import type { itemTypes } from '../evidence/evidence.schema.ts';

export type ItemType = (typeof itemTypes)[number];

export interface DemoFamily {
  /** The design family an analyst assigns (designationAssessed). */
  assessed: string;
  itemType: ItemType;
  weight: number;
  /** First recovery of the family (YYYY-MM-DD). */
  since: string;
  /** The designation as printed on items, with how often each form occurs (the items of a family with
   * variants, demo.variants.ts, are printed as their variant is). */
  marked: ReadonlyArray<readonly [string, number]>;
  /** Latin serial prefix; some items carry it in Cyrillic look-alike letters. A family's variants may
   * have series of their own. */
  serialPrefix: string;
  /** Serial numbers issued per month, to make serials grow with time. */
  serialsPerMonth: number;
  /** Module kinds (see demo.modules.ts), repeated where an item carries two. */
  modules: readonly string[];
}

export const demoFamilies: readonly DemoFamily[] = [
  {
    assessed: 'Harrow-2',
    itemType: 'uav',
    weight: 34,
    since: '2023-01-01',
    marked: [
      ['Harrow-2', 5],
      ['HARROW-2', 3],
      ['Harrow-2M', 2],
    ],
    serialPrefix: 'HW2',
    serialsPerMonth: 40,
    modules: ['fc', 'gnss', 'datalink', 'power', 'esc', 'servo', 'camera', 'harness'],
  },
  {
    assessed: 'Tern-K',
    itemType: 'uav',
    weight: 24,
    since: '2023-01-01',
    marked: [
      ['Tern-K', 3],
      ['ТЕРН-К', 4],
      ['TERN-K', 2],
    ],
    serialPrefix: 'TK',
    serialsPerMonth: 25,
    modules: ['fc', 'gnss', 'datalink', 'esc', 'harness'],
  },
  {
    assessed: 'Sable M',
    itemType: 'loitering_munition',
    weight: 22,
    since: '2023-04-01',
    marked: [
      ['Sable M', 4],
      ['SABLE-M', 3],
      ['Сейбл-М', 1],
    ],
    serialPrefix: 'SBM',
    serialsPerMonth: 30,
    modules: ['fc', 'gnss', 'gnss', 'datalink', 'power', 'esc', 'servo', 'camera', 'harness'],
  },
  {
    assessed: 'Torvin-2',
    itemType: 'loitering_munition',
    weight: 12,
    since: '2024-03-01',
    marked: [
      ['ТОРВИН-2', 4],
      ['Torvin-2', 2],
    ],
    serialPrefix: 'TRV',
    serialsPerMonth: 20,
    modules: ['fc', 'gnss', 'datalink', 'power', 'esc', 'servo', 'harness'],
  },
  {
    assessed: 'Quillon-7',
    itemType: 'missile',
    weight: 3,
    since: '2023-06-01',
    marked: [['Quillon-7', 1]],
    serialPrefix: 'Q7',
    serialsPerMonth: 4,
    modules: [
      'fc',
      'fc',
      'gnss',
      'gnss',
      'datalink',
      'datalink',
      'power',
      'power',
      'servo',
      'harness',
      'harness',
    ],
  },
  {
    assessed: 'Vessik NK-1',
    itemType: 'other',
    weight: 5,
    since: '2023-09-01',
    marked: [
      ['Vessik NK-1', 2],
      ['VESSIK NK1', 1],
    ],
    serialPrefix: 'VNK',
    serialsPerMonth: 10,
    modules: ['gnss', 'fc', 'power', 'harness'],
  },
];

export interface RecoveryCluster {
  name: string;
  country: string;
  latitude: number;
  longitude: number;
  /** Spread of recoveries around the centre, in degrees. */
  spread: number;
  weight: number;
}

export const recoveryClusters: readonly RecoveryCluster[] = [
  { name: 'Sector North-7', country: 'UA', latitude: 50.9, longitude: 32.4, spread: 0.35, weight: 30 },
  { name: 'Sector East-3', country: 'UA', latitude: 48.7, longitude: 36.6, spread: 0.4, weight: 35 },
  { name: 'Sector South-2', country: 'UA', latitude: 47.2, longitude: 33.6, spread: 0.35, weight: 25 },
  { name: 'Border Sector Lowland-4', country: 'MD', latitude: 46.9, longitude: 28.6, spread: 0.2, weight: 5 },
  { name: 'Border Sector Delta-1', country: 'RO', latitude: 45.6, longitude: 27.9, spread: 0.2, weight: 5 },
];
