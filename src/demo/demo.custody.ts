// The chain of custody of a fictional item and the photographs taken along it: recovered, handed
// over, received, photographed, examined — all after the recovery, with invented parties.
import type { BoardPhoto } from './demo.components.ts';
import { addDays, addMinutes, isoTime } from './demo.dates.ts';
import type { Random } from './demo.random.ts';
import type { Recovery } from './demo.recovery.ts';
import type { DemoCustodyEvent, DemoPhoto } from './demo.types.ts';

export interface Custody {
  custody: DemoCustodyEvent[];
  photos: DemoPhoto[];
  boardPhotos: BoardPhoto[];
}

const EVIDENCE_UNIT = 'Evidence unit (synthetic)';
const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

function takePhotos(rng: Random, itemKey: string, ref: string, at: Date, r: Recovery, boards: string[]) {
  const photos: DemoPhoto[] = [];
  const boardPhotos: BoardPhoto[] = [];
  if (!rng.chance(0.4)) return { photos, boardPhotos };
  const count = rng.weighted([
    [1, 80],
    [2, 15],
    [3, 5],
  ]);
  const shown = rng.sample(boards, count);
  const overall = count > 1 || shown.length === 0 || rng.chance(0.5);
  for (let n = 1; n <= count; n++) {
    const board = overall ? shown[n - 2] : shown[n - 1];
    const photo: DemoPhoto = {
      demoKey: `${itemKey}:p${n}`,
      fileName: `${ref}-${n}.jpg`,
      seed: rng.int(1, 0x7fffffff),
      capturedAt: isoTime(addMinutes(at, n * rng.int(2, 15))),
      subject: `${board ? `${board}, top side` : 'Overall view of the recovered item'} (synthetic demo data)`,
    };
    if (r.observation !== 'open_source_imagery' && rng.chance(0.85)) {
      const near = () => rng.float(-0.02, 0.02);
      photo.gps = { latitude: round5(r.latitude + near()), longitude: round5(r.longitude + near()) };
    }
    photos.push(photo);
    if (board) boardPhotos.push({ photo, boardLabel: board });
  }
  return { photos, boardPhotos };
}

export function custodyOf(
  rng: Random,
  itemKey: string,
  ref: string,
  at: Date,
  r: Recovery,
  boards: string[],
): Custody {
  const place = `${r.cluster.name} field laboratory (synthetic)`;
  const events: DemoCustodyEvent[] = [
    { occurredAt: r.recoveredAt, action: 'recovered', toParty: r.source, place: r.placeName },
  ];
  const later = (from: Date, minDays: number, maxDays: number) =>
    addMinutes(addDays(from, minDays), rng.int(0, maxDays * 1440));
  if (r.observation === 'open_source_imagery') {
    const t = later(at, 1, 10);
    events.push({
      occurredAt: isoTime(t),
      action: 'received',
      toParty: EVIDENCE_UNIT,
      notes: 'Imagery archived from an open source; item not in hand (synthetic).',
    });
    return { custody: events, ...takePhotos(rng, itemKey, ref, t, r, boards) };
  }
  if (r.observation === 'partner_photographs') {
    const shot = later(at, 0.5, 2);
    const shots = takePhotos(rng, itemKey, ref, shot, r, boards);
    if (shots.photos.length)
      events.push({ occurredAt: isoTime(shot), action: 'photographed', fromParty: r.source, place });
    events.push({
      occurredAt: isoTime(later(shot, 1, 7)),
      action: 'received',
      fromParty: r.source,
      toParty: EVIDENCE_UNIT,
      notes: 'Photographs received from the partner; item not in hand (synthetic).',
    });
    return { custody: events, ...shots };
  }
  const handed = later(at, 1, 3);
  const received = addMinutes(handed, rng.int(60, 30 * 60));
  events.push(
    {
      occurredAt: isoTime(handed),
      action: 'handed_over',
      fromParty: r.source,
      toParty: EVIDENCE_UNIT,
      place: r.placeName,
    },
    { occurredAt: isoTime(received), action: 'received', toParty: EVIDENCE_UNIT, place },
  );
  const shot = later(received, 0, 5);
  const shots = takePhotos(rng, itemKey, ref, shot, r, boards);
  if (shots.photos.length)
    events.push({ occurredAt: isoTime(shot), action: 'photographed', fromParty: EVIDENCE_UNIT, place });
  events.push({
    occurredAt: isoTime(later(shot, 1, 20)),
    action: 'examined',
    fromParty: EVIDENCE_UNIT,
    place,
  });
  if (rng.chance(0.3))
    events.push({
      occurredAt: isoTime(later(shot, 22, 40)),
      action: 'stored',
      toParty: EVIDENCE_UNIT,
      place: 'Central evidence store (synthetic)',
    });
  return { custody: events, ...shots };
}
