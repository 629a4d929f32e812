// The kinds of module found in the fictional items: each a board of generic electronic parts. Only
// generic categories of commercial electronics; nothing here describes a real weapon's design.
import type { subsystems } from '../evidence/evidence.schema.ts';

export type Subsystem = (typeof subsystems)[number];

/** A slot for parts on a board: category, how many distinct parts, how many of each, reference prefix. */
export interface PartSlot {
  category: string;
  count: readonly [number, number];
  quantity?: readonly [number, number];
  ref: string;
}

export interface ModuleKind {
  key: string;
  subsystem: Subsystem;
  module: string;
  /** Label of the module's board; absent where the parts sit in the module itself. */
  board?: string;
  slots: readonly PartSlot[];
}

const passives = (caps: readonly [number, number], connectors: readonly [number, number]): PartSlot[] => [
  { category: 'capacitor', count: caps, quantity: [4, 24], ref: 'C' },
  { category: 'connector', count: connectors, ref: 'J' },
];

export const moduleKinds: Record<string, ModuleKind> = {
  fc: {
    key: 'fc',
    subsystem: 'flight_control',
    module: 'Flight controller module',
    board: 'FC board',
    slots: [
      { category: 'microcontroller', count: [1, 1], ref: 'U' },
      { category: 'IMU', count: [1, 2], ref: 'U' },
      { category: 'pressure sensor', count: [1, 1], ref: 'U' },
      { category: 'magnetometer', count: [0, 1], ref: 'U' },
      { category: 'flash memory', count: [1, 1], ref: 'U' },
      { category: 'voltage regulator', count: [2, 3], ref: 'U' },
      { category: 'crystal oscillator', count: [1, 1], ref: 'Y' },
      { category: 'MOSFET', count: [0, 2], ref: 'Q' },
      ...passives([2, 4], [2, 4]),
    ],
  },
  gnss: {
    key: 'gnss',
    subsystem: 'navigation',
    module: 'GNSS module',
    board: 'GNSS board',
    slots: [
      { category: 'GNSS receiver', count: [1, 1], ref: 'U' },
      { category: 'RF amplifier', count: [0, 1], ref: 'U' },
      { category: 'crystal oscillator', count: [1, 1], ref: 'Y' },
      { category: 'flash memory', count: [0, 1], ref: 'U' },
      { category: 'voltage regulator', count: [1, 1], ref: 'U' },
      { category: 'antenna', count: [1, 1], ref: 'ANT' },
      ...passives([1, 2], [1, 1]),
    ],
  },
  datalink: {
    key: 'datalink',
    subsystem: 'datalink',
    module: 'Datalink module',
    board: 'RF board',
    slots: [
      { category: 'RF transceiver', count: [1, 2], ref: 'U' },
      { category: 'RF amplifier', count: [1, 2], ref: 'U' },
      { category: 'microcontroller', count: [1, 1], ref: 'U' },
      { category: 'crystal oscillator', count: [1, 2], ref: 'Y' },
      { category: 'voltage regulator', count: [1, 2], ref: 'U' },
      { category: 'antenna', count: [1, 2], ref: 'ANT' },
      ...passives([2, 3], [1, 2]),
    ],
  },
  power: {
    key: 'power',
    subsystem: 'power',
    module: 'Power distribution module',
    board: 'PDB board',
    slots: [
      { category: 'power module', count: [1, 2], ref: 'PS' },
      { category: 'voltage regulator', count: [2, 4], ref: 'U' },
      { category: 'MOSFET', count: [2, 6], ref: 'Q' },
      ...passives([2, 4], [2, 3]),
    ],
  },
  esc: {
    key: 'esc',
    subsystem: 'propulsion',
    module: 'Motor controller module',
    board: 'ESC board',
    slots: [
      { category: 'microcontroller', count: [1, 1], ref: 'U' },
      { category: 'motor driver', count: [1, 3], ref: 'U' },
      { category: 'MOSFET', count: [3, 6], ref: 'Q' },
      { category: 'voltage regulator', count: [1, 1], ref: 'U' },
      ...passives([2, 3], [1, 2]),
    ],
  },
  servo: {
    key: 'servo',
    subsystem: 'flight_control',
    module: 'Actuator set',
    slots: [{ category: 'servo', count: [2, 4], ref: 'S' }],
  },
  camera: {
    key: 'camera',
    subsystem: 'other',
    module: 'Camera assembly',
    board: 'Camera board',
    slots: [
      { category: 'camera module', count: [1, 1], ref: 'CAM' },
      { category: 'microcontroller', count: [0, 1], ref: 'U' },
      { category: 'flash memory', count: [0, 1], ref: 'U' },
      { category: 'voltage regulator', count: [1, 1], ref: 'U' },
      { category: 'connector', count: [1, 1], ref: 'J' },
    ],
  },
  harness: {
    key: 'harness',
    subsystem: 'airframe',
    module: 'Airframe wiring harness',
    slots: [{ category: 'connector', count: [2, 5], ref: 'P' }],
  },
};
