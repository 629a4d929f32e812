// The published view's redaction, as pure functions: places moved to the centre of their grid cell
// (checked over many random points, high latitudes and the ±180° meridian included), times cut to the
// month, and exactly the restricted fields removed from items, components, custody events and files.
// All records here are synthetic test data.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../app/index.ts';
import { createRandom } from '../demo/demo.random.ts';
import {
  coarsenPlace,
  publishedComponent,
  publishedCustodyEvent,
  publishedFile,
  publishedItem,
  restrictedFields,
  toMonth,
} from './evidence.published.ts';
import type { Component, CustodyEvent, EvidenceFile, RecoveredItem } from './evidence.schema.ts';

const KM_PER_DEGREE = 111.32;
const EARTH_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in km. */
function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const h =
    Math.sin(rad(bLat - aLat) / 2) ** 2 +
    Math.cos(rad(aLat)) * Math.cos(rad(bLat)) * Math.sin(rad(bLon - aLon) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point `distance` km from (lat, lon) along `bearing` (radians). */
function destination(lat: number, lon: number, distance: number, bearing: number) {
  const d = distance / EARTH_KM;
  const φ1 = rad(lat);
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(bearing));
  const λ2 =
    rad(lon) +
    Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
  const deg = (r: number) => (r * 180) / Math.PI;
  return { latitude: deg(φ2), longitude: ((deg(λ2) + 540) % 360) - 180 };
}

/** The cell of a centre, as the contract describes it: `gridKm` tall, `gridKm` wide at its centre's
 * latitude (the whole circle of latitude near a pole). */
function cellOf(centre: { latitude: number; longitude: number }, gridKm: number) {
  const latStep = gridKm / KM_PER_DEGREE;
  const lonStep = Math.min(360, gridKm / (KM_PER_DEGREE * Math.cos(rad(centre.latitude))));
  const corners = [-1, 1].flatMap((a) =>
    [-1, 1].map((b) => [
      Math.max(-90, Math.min(90, centre.latitude + (a * latStep) / 2)),
      centre.longitude + (b * lonStep) / 2,
    ]),
  );
  // On the sphere a cell's corners nearer the equator are a little further out than gridKm / √2.
  const halfDiagonal = Math.max(...corners.map(([la, lo]) => km(centre.latitude, centre.longitude, la, lo)));
  return { latStep, lonStep, halfDiagonal };
}

/** Latitudes weighted towards the extremes: high latitudes are where cells are most distorted. */
function randomPoint(rng: ReturnType<typeof createRandom>) {
  const band = rng.pick([
    [-60, 60],
    [60, 89.9],
    [-89.9, -60],
    [80, 90],
    [-90, -80],
  ] as const);
  const longitude = rng.chance(0.15) ? rng.pick([-180, 180, -179.99999, 179.99999]) : rng.float(-180, 180);
  return { latitude: Math.min(90, rng.float(band[0], band[1])), longitude };
}

describe('coarsenPlace', () => {
  const grids = [1, 10, 50];

  it('moves every point to the centre of its cell, no further than the cell’s half-diagonal', () => {
    const rng = createRandom(20240307);
    for (const gridKm of grids) {
      for (let n = 0; n < 4000; n++) {
        const p = randomPoint(rng);
        const c = coarsenPlace(p.latitude, p.longitude, gridKm);
        expect(c.latitude).toBeGreaterThanOrEqual(-90);
        expect(c.latitude).toBeLessThanOrEqual(90);
        expect(c.longitude).toBeGreaterThanOrEqual(-180);
        expect(c.longitude).toBeLessThanOrEqual(180);
        const { halfDiagonal } = cellOf(c, gridKm);
        // 1 m of slack for the centre's rounding to six decimals.
        expect(
          km(p.latitude, p.longitude, c.latitude, c.longitude),
          JSON.stringify({ gridKm, p, c }),
        ).toBeLessThanOrEqual(halfDiagonal + 0.001);
        // Away from the poles a cell is the square it says it is: gridKm / √2 from centre to corner.
        if (Math.abs(p.latitude) <= 85)
          expect(halfDiagonal).toBeLessThanOrEqual((gridKm / Math.SQRT2) * 1.01);
      }
    }
  });

  it('puts every point of a cell on the same centre, and the centre stays where it is', () => {
    const rng = createRandom(77);
    for (const gridKm of grids) {
      for (let n = 0; n < 400; n++) {
        const p = randomPoint(rng);
        if (Math.abs(p.latitude) > 89) continue; // cells round a pole: covered above
        const c = coarsenPlace(p.latitude, p.longitude, gridKm);
        expect(coarsenPlace(c.latitude, c.longitude, gridKm)).toEqual(c);
        // A centre at exactly ±180° is the clipped centre of a narrower last column of the row.
        if (Math.abs(c.longitude) === 180) continue;
        const { latStep, lonStep } = cellOf(c, gridKm);
        const slack = 1e-5; // a little inside the edges, for the centre's rounding
        for (let k = 0; k < 25; k++) {
          const q = {
            latitude: c.latitude + (rng.next() - 0.5) * (latStep - slack),
            longitude: Math.max(-180, Math.min(180, c.longitude + (rng.next() - 0.5) * (lonStep - slack))),
          };
          expect(coarsenPlace(q.latitude, q.longitude, gridKm), JSON.stringify({ gridKm, p, q })).toEqual(c);
        }
      }
    }
  });

  it('handles the ±180° meridian and the poles with valid coordinates', () => {
    for (const gridKm of grids) {
      for (const lat of [0, 48.5, -33.9, 70, 89.99, 90, -90]) {
        for (const lon of [180, -180, 179.999999, -179.999999]) {
          const c = coarsenPlace(lat, lon, gridKm);
          expect(Math.abs(c.longitude)).toBeLessThanOrEqual(180);
          expect(Math.abs(c.latitude)).toBeLessThanOrEqual(90);
          expect(km(lat, lon, c.latitude, c.longitude)).toBeLessThanOrEqual(
            cellOf(c, gridKm).halfDiagonal + 0.001,
          );
        }
      }
    }
    // 180° and −180° are the same meridian: both land within a cell's reach of it.
    const east = coarsenPlace(48.5, 180, 10);
    const west = coarsenPlace(48.5, -180, 10);
    expect(km(48.5, 180, east.latitude, east.longitude)).toBeLessThan(7.1);
    expect(km(48.5, 180, west.latitude, west.longitude)).toBeLessThan(7.1);
  });

  it('puts two points 30 km apart in different cells of a 10 km grid', () => {
    const rng = createRandom(30);
    for (let n = 0; n < 2000; n++) {
      const p = { latitude: rng.float(-85, 85), longitude: rng.float(-180, 180) };
      const q = destination(p.latitude, p.longitude, 30, rng.float(0, 2 * Math.PI));
      expect(km(p.latitude, p.longitude, q.latitude, q.longitude)).toBeCloseTo(30, 3);
      expect(coarsenPlace(p.latitude, p.longitude, 10), JSON.stringify({ p, q })).not.toEqual(
        coarsenPlace(q.latitude, q.longitude, 10),
      );
    }
  });

  it('honours the grid size: rows gridKm apart, displacement in proportion to the cell', () => {
    const rng = createRandom(5);
    const meanShift: Record<number, number> = {};
    for (const gridKm of grids) {
      // Along a meridian the centres' latitudes are gridKm / 111.32 degrees apart.
      const lats = new Set<number>();
      for (let lat = 48; lat < 49; lat += 0.001) lats.add(coarsenPlace(lat, 35.1, gridKm).latitude);
      const sorted = [...lats].sort((a, b) => a - b);
      expect(sorted.length).toBeGreaterThanOrEqual(Math.floor(KM_PER_DEGREE / gridKm));
      expect(sorted.length).toBeLessThanOrEqual(Math.ceil(KM_PER_DEGREE / gridKm) + 1);
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i] - sorted[i - 1]).toBeCloseTo(gridKm / KM_PER_DEGREE, 5);
      // Along a parallel, the centres' longitudes are gridKm of that latitude apart.
      const lons = new Set<number>();
      for (let lon = 35; lon < 37; lon += 0.001) lons.add(coarsenPlace(48.5, lon, gridKm).longitude);
      const byLon = [...lons].sort((a, b) => a - b);
      const lat = coarsenPlace(48.5, 35, gridKm).latitude;
      for (let i = 1; i < byLon.length; i++)
        expect(Math.abs(km(lat, byLon[i - 1], lat, byLon[i]) / gridKm - 1)).toBeLessThan(0.005);
      // A uniformly placed point lies on average about 0.38 of a cell side from the centre of its cell.
      let total = 0;
      const n = 3000;
      for (let k = 0; k < n; k++) {
        const p = { latitude: rng.float(40, 55), longitude: rng.float(20, 45) };
        const c = coarsenPlace(p.latitude, p.longitude, gridKm);
        total += km(p.latitude, p.longitude, c.latitude, c.longitude);
      }
      meanShift[gridKm] = total / n / gridKm;
    }
    for (const gridKm of grids) {
      expect(meanShift[gridKm]).toBeGreaterThan(0.33);
      expect(meanShift[gridKm]).toBeLessThan(0.43);
    }
  });

  it('takes the grid size from TEARDOWN_PUBLISHED_GRID_KM, 10 km by default', () => {
    expect(resolveConfig({ data: '/tmp/x' }, {}).publishedGridKm).toBe(10);
    expect(resolveConfig({ data: '/tmp/x' }, { TEARDOWN_PUBLISHED_GRID_KM: '50' }).publishedGridKm).toBe(50);
    expect(() => resolveConfig({ data: '/tmp/x' }, { TEARDOWN_PUBLISHED_GRID_KM: '0' })).toThrow(
      /TEARDOWN_PUBLISHED_GRID_KM/,
    );
  });
});

describe('toMonth', () => {
  it('cuts a date or a date-time to the first day of its month', () => {
    expect(toMonth('2024-03-07T14:20:00Z')).toBe('2024-03-01');
    expect(toMonth('2024-03-07T14:20:05.123+02:00')).toBe('2024-03-01');
    expect(toMonth('2024-12-31')).toBe('2024-12-01');
    expect(toMonth('2024-02-01')).toBe('2024-02-01');
    expect(toMonth('2024-03-07 14:20')).toBe('2024-03-01');
  });
  it('gives null for no date or something that is not one', () => {
    expect(toMonth(null)).toBeNull();
    expect(toMonth('')).toBeNull();
    expect(toMonth('March 2024')).toBeNull();
  });
});

const item: RecoveredItem = {
  id: 41,
  caseId: 7,
  externalRef: 'SYN-REF-1',
  itemType: 'uav',
  designationMarked: 'Testbird-1 (synthetic test data)',
  designationAssessed: 'Testbird family',
  designationAssessment: { basis: 'airframe shape', confidence: 'medium', by: 'analyst A', at: '2024-04-01' },
  serialNumber: 'TB-0001',
  markings: 'TB stencil on the tail',
  recoveredAt: '2024-03-07T14:20:00Z',
  recoveredPrecision: 'time',
  latitude: 48.51234,
  longitude: 35.10987,
  placeName: 'Synthetic village by the bridge',
  country: 'UA',
  condition: 'nose section crushed',
  source: 'Synthetic source: a farmer named Test Person',
  observation: 'in_hand',
  sourceReliability: 'B',
  notes: 'Synthetic internal note: handed over at the checkpoint',
  tags: ['foam-fuselage'],
  createdAt: '2024-03-08T10:00:00.000Z',
  updatedAt: '2024-03-09T10:00:00.000Z',
  deletedAt: null,
};

describe('publishedItem', () => {
  it('removes the source, notes and place name, coarsens the place and cuts the time to the month', () => {
    const frozen = structuredClone(item);
    const out = publishedItem(item, 10);
    const place = coarsenPlace(item.latitude as number, item.longitude as number, 10);
    expect(out).toEqual({
      ...item,
      latitude: place.latitude,
      longitude: place.longitude,
      recoveredAt: '2024-03-01',
      recoveredPrecision: 'month',
      placeName: null,
      source: null,
      notes: null,
    });
    expect(out.latitude).not.toBe(item.latitude);
    expect(out.longitude).not.toBe(item.longitude);
    expect(
      km(item.latitude as number, item.longitude as number, out.latitude as number, out.longitude as number),
    ).toBeLessThan(7.1);
    expect(item).toEqual(frozen); // the member's record is left as it was
  });

  it('uses the grid it is given', () => {
    expect(publishedItem(item, 50)).toMatchObject(coarsenPlace(48.51234, 35.10987, 50));
    expect(publishedItem(item, 1)).toMatchObject(coarsenPlace(48.51234, 35.10987, 1));
    expect(publishedItem(item, 50).latitude).not.toBe(publishedItem(item, 1).latitude);
  });

  it('keeps a year precision, and leaves an unknown place and time unknown', () => {
    expect(
      publishedItem({ ...item, recoveredAt: '2023-01-01', recoveredPrecision: 'year' }, 10),
    ).toMatchObject({
      recoveredAt: '2023-01-01',
      recoveredPrecision: 'year',
    });
    expect(
      publishedItem({ ...item, recoveredPrecision: 'day', recoveredAt: '2024-03-07' }, 10),
    ).toMatchObject({
      recoveredAt: '2024-03-01',
      recoveredPrecision: 'month',
    });
    expect(
      publishedItem(
        { ...item, latitude: null, longitude: null, recoveredAt: null, recoveredPrecision: null },
        10,
      ),
    ).toMatchObject({ latitude: null, longitude: null, recoveredAt: null, recoveredPrecision: null });
  });
});

describe('publishedComponent', () => {
  it('removes the notes and keeps the rest', () => {
    const c: Component = {
      id: 3,
      caseId: 7,
      itemId: 41,
      parentId: null,
      subsystem: 'flight_control',
      position: 'U1',
      category: 'MCU',
      quantity: 1,
      markingRaw: 'QZX32F4 / RGT6 / 2219 A3 / CHN',
      maker: 'Synthetic Semiconductor',
      makerOrgId: 5,
      partNumber: 'QZX32F4',
      dateCode: '2219',
      lotCode: 'A3',
      serial: null,
      countryOfAssembly: 'CN',
      partId: 2,
      dateEarliest: '2022-05-09',
      dateLatest: '2022-05-15',
      dateAmbiguous: false,
      markingFlags: [],
      markingConfidence: 0.9,
      fieldOrigins: { partNumber: { origin: 'machine', confidence: 0.9 } },
      evidenceFileId: 9,
      photoRegion: { x: 1, y: 2, width: 30, height: 40 },
      notes: 'Synthetic note naming the lab that opened it',
      createdAt: '2024-03-08T10:00:00.000Z',
      updatedAt: '2024-03-08T10:00:00.000Z',
      deletedAt: null,
    };
    expect(publishedComponent(c)).toEqual({ ...c, notes: null });
    expect(c.notes).not.toBeNull();
  });
});

describe('publishedCustodyEvent', () => {
  it('removes the parties, place and notes and cuts the time to the month', () => {
    const e: CustodyEvent = {
      id: 12,
      caseId: 7,
      itemId: 41,
      evidenceFileId: null,
      occurredAt: '2024-03-09T08:15:00Z',
      action: 'handed_over',
      fromParty: 'Synthetic Unit 1',
      toParty: 'Synthetic Lab',
      place: 'Synthetic depot gate',
      notes: 'Synthetic: sealed bag 17',
      createdAt: '2024-03-09T09:00:00.000Z',
      updatedAt: '2024-03-09T09:00:00.000Z',
      deletedAt: null,
    };
    expect(publishedCustodyEvent(e)).toEqual({
      ...e,
      occurredAt: '2024-03-01',
      fromParty: null,
      toParty: null,
      place: null,
      notes: null,
    });
  });
});

const f: EvidenceFile = {
  id: 88,
  caseId: 7,
  itemId: 41,
  componentId: null,
  sha256: 'a'.repeat(64),
  size: 12345,
  mediaType: 'image/jpeg',
  originalName: 'Test Person at Synthetic village.JPG',
  capturedAt: '2024-03-07T14:20:05',
  gpsLatitude: 48.51234,
  gpsLongitude: 35.10987,
  exif: { Make: 'Synthetic Camera Co', Model: 'SYN-1' },
  description: 'board, top side',
  createdAt: '2024-03-08T10:00:00.000Z',
  updatedAt: '2024-03-08T10:00:00.000Z',
  deletedAt: null,
};

describe('publishedFile', () => {
  it('removes the EXIF, GPS and original name and cuts the capture time to the month', () => {
    expect(publishedFile(f)).toEqual({
      ...f,
      originalName: 'evidence-88.jpg',
      capturedAt: '2024-03-01',
      gpsLatitude: null,
      gpsLongitude: null,
      exif: null,
    });
  });

  it('keeps only the extension of the original name, or none', () => {
    expect(publishedFile({ ...f, originalName: 'scan of the report' }).originalName).toBe('evidence-88');
    expect(publishedFile({ ...f, originalName: 'report.final.PDF' }).originalName).toBe('evidence-88.pdf');
    expect(publishedFile({ ...f, capturedAt: null }).capturedAt).toBeNull();
  });
});

describe('restrictedFields', () => {
  it("are all removed by the redactions (a member's read of them is what gets logged)", () => {
    const e: CustodyEvent = {
      id: 1,
      caseId: 7,
      itemId: null,
      evidenceFileId: null,
      occurredAt: '2024-03-09',
      action: 'received',
      fromParty: 'a',
      toParty: 'b',
      place: 'c',
      notes: 'd',
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
    };
    const gone = (r: object, fields: readonly string[]) =>
      fields.filter((k) => (r as Record<string, unknown>)[k] != null);
    expect(gone(item, restrictedFields.item)).toEqual([...restrictedFields.item]);
    expect(gone(publishedItem(item, 10), restrictedFields.item)).toEqual([]);
    expect(gone(publishedCustodyEvent(e), restrictedFields.custody_event)).toEqual([]);
    expect(gone(publishedFile(f), restrictedFields.evidence_file)).toEqual([]);
    expect(restrictedFields.custody_event.length).toBe(4);
    expect(restrictedFields.evidence_file.length).toBe(3);
  });
});
