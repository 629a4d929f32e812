// Where, when and how a fictional item was recovered and observed, and by which (fictional) source.
import type { observations, precisions, reliabilities } from '../evidence/evidence.schema.ts';
import { isoDay, isoTime } from './demo.dates.ts';
import { type RecoveryCluster, recoveryClusters } from './demo.families.ts';
import type { Random } from './demo.random.ts';

type Observation = (typeof observations)[number];
type Reliability = (typeof reliabilities)[number];
type Precision = (typeof precisions)[number];

export interface Recovery {
  cluster: RecoveryCluster;
  recoveredAt: string;
  recoveredPrecision: Precision;
  latitude: number;
  longitude: number;
  placeName: string;
  observation: Observation;
  sourceReliability: Reliability;
  source: string;
  condition: string;
}

const CONDITIONS = [
  'Airframe broken in two; electronics bay intact.',
  'Heavily fire-damaged; boards partly charred.',
  'Largely intact after a soft landing; wings detached.',
  'Fragmented on impact; modules recovered separately.',
  'Water-damaged; corrosion on connectors.',
  'Partly disassembled before hand-over.',
];

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;
/** Roughly normal, from the sum of three uniforms: recoveries crowd near a cluster's centre. */
const spread = (rng: Random, width: number): number => (rng.next() + rng.next() + rng.next() - 1.5) * width;

export function recover(rng: Random, at: Date): Recovery {
  const cluster = rng.weighted(recoveryClusters.map((c) => [c, c.weight] as const));
  const recoveredPrecision = rng.weighted<Precision>([
    ['day', 75],
    ['time', 15],
    ['month', 10],
  ]);
  const day = isoDay(at);
  const recoveredAt =
    recoveredPrecision === 'time'
      ? isoTime(at)
      : recoveredPrecision === 'month'
        ? `${day.slice(0, 8)}01`
        : day;
  const observation = rng.weighted<Observation>([
    ['in_hand', 65],
    ['partner_photographs', 25],
    ['open_source_imagery', 10],
  ]);
  const reliability: Record<Observation, Reliability[]> = {
    in_hand: ['A', 'A', 'B', 'B', 'B', 'C'],
    partner_photographs: ['B', 'B', 'C', 'C', 'D'],
    open_source_imagery: ['C', 'D', 'E', 'F'],
  };
  const source: Record<Observation, () => string> = {
    in_hand: () => `Field team ${rng.int(1, 6)} (synthetic)`,
    partner_photographs: () =>
      `Partner organisation ${rng.pick(['Heron', 'Linden', 'Quarry', 'Beacon'])} (synthetic)`,
    open_source_imagery: () => `Open-source post, archive ref OS-${rng.int(1000, 9999)} (synthetic)`,
  };
  return {
    cluster,
    recoveredAt,
    recoveredPrecision,
    latitude: round5(cluster.latitude + spread(rng, cluster.spread)),
    longitude: round5(cluster.longitude + spread(rng, cluster.spread * 1.4)),
    placeName: `${cluster.name}, grid ${rng.pick(['K', 'L', 'M', 'R', 'S', 'T'])}-${rng.int(1, 24)}`,
    observation,
    sourceReliability: rng.pick(reliability[observation]),
    source: source[observation](),
    condition: rng.pick(CONDITIONS),
  };
}
