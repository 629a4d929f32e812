// The published view through HTTP, as an anonymous visitor sees it: a case published through the real
// workflow (an owner asks, an editor approves) whose items, custody events and photo carry sources, notes,
// place names, party names, exact places and times, camera metadata and telling file names. None of those
// appears in any response an anonymous visitor gets (records, lists, search, exports, photo bytes); places
// are coarsened and times cut to the month. A member gets it all, and each such read is in the audit log.
// Everything here is synthetic test data.
import { createHash } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import exifr from 'exifr';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import piexif from 'piexifjs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorLabel } from '../../src/core/actor.ts';
import { toDmsRationals } from '../../src/demo/demo.exif.ts';
import { buildServer } from '../../src/server/index.ts';
import { makeUser, tokenHeaders } from '../helpers/auth.ts';
import { createTestInstance, type TestInstance } from '../helpers/test-app.ts';

const TRUE_PLACE = { latitude: 48.512345, longitude: 35.109876 };
const NOTES_WORD = 'Kvitlohrad';
const PLACE_WORD = 'Zhovtoyarske';
const COMPONENT_NOTES_WORD = 'Mirnohai';

/** Values that are in the case's records but must be in no response to an anonymous visitor. */
const SECRETS = {
  source: 'Synthetic source Olena Testenko-Vyrva',
  notes: `Synthetic note: found by the ${NOTES_WORD} ferry`,
  placeName: `${PLACE_WORD} synthetic hamlet`,
  latitude: '48.51234',
  longitude: '35.10987',
  day: '2024-03-07',
  exifDay: '2024:03:07',
  time: '14:20:37',
  custodyDay: '2024-03-09',
  custodyTime: '08:15:11',
  fromParty: 'Synthetic Brigade Kestrel-Nine',
  toParty: 'Synthetic Lab Orlyk-Two',
  custodyPlace: 'Synthetic depot Vyshnyak',
  custodyNotes: 'Synthetic seal number 77-Q-4410',
  componentNotes: `Synthetic component note ${COMPONENT_NOTES_WORD} lab`,
  cameraMake: 'Synthetic-Camera-Works',
  cameraModel: 'SecretCam-Z9',
  photoName: 'Olena-at-the-ferry-landing',
  reportName: 'Brigade-report-Kestrel',
  attributionBasis: 'Synthetic basis: lab sheet Zaporosh-41 of the partner',
};

const EARTH_KM = 6371.0088;
function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(r(bLat - aLat) / 2) ** 2 +
    Math.cos(r(aLat)) * Math.cos(r(bLat)) * Math.sin(r(bLon - aLon) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A small JPEG with the EXIF of a real camera: maker, model, capture time and GPS position. */
async function photoWithExif(): Promise<Buffer> {
  const jpeg = await sharp({
    create: { width: 96, height: 64, channels: 3, background: { r: 40, g: 120, b: 60 } },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
  const { ImageIFD, ExifIFD, GPSIFD } = piexif;
  const exif = piexif.dump({
    '0th': {
      [ImageIFD.Make]: SECRETS.cameraMake,
      [ImageIFD.Model]: SECRETS.cameraModel,
      [ImageIFD.ImageDescription]: 'synthetic test data',
    },
    Exif: { [ExifIFD.DateTimeOriginal]: `${SECRETS.exifDay} ${SECRETS.time}` },
    GPS: {
      [GPSIFD.GPSVersionID]: [2, 3, 0, 0],
      [GPSIFD.GPSLatitudeRef]: 'N',
      [GPSIFD.GPSLatitude]: toDmsRationals(TRUE_PLACE.latitude),
      [GPSIFD.GPSLongitudeRef]: 'E',
      [GPSIFD.GPSLongitude]: toDmsRationals(TRUE_PLACE.longitude),
    },
  });
  return Buffer.from(piexif.insert(exif, jpeg.toString('binary')), 'binary');
}

const PDF = Buffer.from(
  '%PDF-1.4\n% synthetic test data\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n',
);

/** The JPEG's segments before the image data: [marker, payload]. */
function jpegHeaderSegments(jpeg: Buffer): { marker: number; payload: Buffer }[] {
  expect(jpeg.readUInt16BE(0)).toBe(0xffd8);
  const out: { marker: number; payload: Buffer }[] = [];
  let i = 2;
  while (i + 4 <= jpeg.length && jpeg[i] === 0xff) {
    const marker = jpeg[i + 1];
    if (marker === 0xda) break; // start of scan: image data follows
    const length = jpeg.readUInt16BE(i + 2);
    out.push({ marker, payload: jpeg.subarray(i + 4, i + 2 + length) });
    i += 2 + length;
  }
  return out;
}

const BOUNDARY = 'teardown-published-view-boundary';
function multipart(filename: string, type: string, body: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    body,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

/** The whole response as text: status, headers (but the clock's \`date\`) and body. */
const rawText = (res: LightMyRequestResponse) => {
  const { date: _clock, ...headers } = res.headers;
  return `${res.statusCode}\n${JSON.stringify(headers)}\n${res.body}`;
};

function expectNoSecret(where: string, text: string) {
  const lower = text.toLowerCase();
  for (const [name, secret] of Object.entries(SECRETS))
    expect(lower.includes(secret.toLowerCase()), `${where} reveals ${name} (${secret})`).toBe(false);
}

describe('published view through HTTP [sqlite]', () => {
  let instance: TestInstance;
  let server: FastifyInstance;
  let owner: Record<string, string>;
  let editor: Record<string, string>;
  let ownerLabel: string;
  let photo: Buffer;
  const ids = { case: 0, item: 0, plainItem: 0, component: 0, custody: 0, photo: 0, report: 0 };

  const get = (url: string, headers: Record<string, string> = {}) =>
    server.inject({ method: 'GET', url, headers });
  const ok = async (url: string, headers: Record<string, string> = {}) => {
    const res = await get(url, headers);
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res;
  };
  const send = async (
    method: 'POST' | 'PATCH',
    url: string,
    headers: Record<string, string>,
    payload?: object,
    status = 201,
  ) => {
    const res = await server.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
    return res.json();
  };
  const upload = async (name: string, type: string, body: Buffer) => {
    const res = await server.inject({
      method: 'POST',
      url: `/api/files?caseId=${ids.case}&itemId=${ids.item}`,
      headers: { ...owner, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: multipart(name, type, body),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().file as { id: number; sha256: string; exif: Record<string, unknown> | null };
  };

  /** Every GET an anonymous visitor may make of the case's records. */
  const anonymousReads = () => [
    `/api/cases/${ids.case}`,
    `/api/items?caseId=${ids.case}`,
    `/api/items/${ids.item}`,
    `/api/components?caseId=${ids.case}`,
    `/api/components/${ids.component}`,
    `/api/custody-events?caseId=${ids.case}`,
    `/api/custody-events/${ids.custody}`,
    `/api/files?caseId=${ids.case}`,
    `/api/files/${ids.photo}`,
    `/api/files/${ids.report}`,
    `/api/files/${ids.photo}/content`,
    '/api/search?q=Testbird',
    '/api/search?q=QZX32F4',
    `/api/stats?caseId=${ids.case}`,
    `/api/cases/${ids.case}/replies`,
    `/api/cases/${ids.case}/export/items?format=csv`,
    `/api/cases/${ids.case}/export/items?format=jsonl`,
    `/api/cases/${ids.case}/export/components?format=csv`,
    `/api/cases/${ids.case}/export/components?format=jsonl`,
    `/api/items/${ids.item}/attribution`,
    `/api/cases/${ids.case}/attributions`,
  ];

  beforeAll(async () => {
    instance = await createTestInstance('sqlite');
    const app = instance.app;
    server = await buildServer(app);
    const ownerUser = await makeUser(app, { username: 'view-owner' });
    const editorUser = await makeUser(app, { username: 'view-editor' });
    owner = await tokenHeaders(app, ownerUser.id);
    editor = await tokenHeaders(app, editorUser.id);
    const found = await app.tokens.resolve(owner.authorization.replace('Bearer ', ''));
    if (!found) throw new Error('owner token does not resolve');
    ownerLabel = actorLabel(await app.grants.tokenActor(found.user, found.token));

    ids.case = (
      await send('POST', '/api/cases', owner, { title: 'Published view case (synthetic test data)' })
    ).id;
    await send('POST', `/api/cases/${ids.case}/members`, owner, {
      username: editorUser.username,
      role: 'editor',
    });
    ids.item = (
      await send('POST', '/api/items', owner, {
        caseId: ids.case,
        itemType: 'uav',
        designationMarked: 'Testbird-E2E (synthetic)',
        serialNumber: 'TBE2E-0001',
        markings: 'stencil TB on the tail (synthetic)',
        recoveredAt: `${SECRETS.day}T${SECRETS.time}Z`,
        recoveredPrecision: 'time',
        latitude: TRUE_PLACE.latitude,
        longitude: TRUE_PLACE.longitude,
        placeName: SECRETS.placeName,
        country: 'UA',
        source: SECRETS.source,
        sourceReliability: 'B',
        observation: 'in_hand',
        notes: SECRETS.notes,
      })
    ).id;
    // An item with nothing to withhold: reading it is not a read of restricted fields.
    ids.plainItem = (
      await send('POST', '/api/items', owner, {
        caseId: ids.case,
        itemType: 'missile',
        designationMarked: 'Testbird-Plain (synthetic)',
      })
    ).id;
    ids.component = (
      await send('POST', '/api/components', owner, {
        itemId: ids.item,
        subsystem: 'flight_control',
        position: 'U1',
        markingRaw: 'QZX32F4 / RGT6 / 2219 A3',
        partNumber: 'QZX32F4',
        notes: SECRETS.componentNotes,
      })
    ).id;
    ids.custody = (
      await send('POST', '/api/custody-events', owner, {
        caseId: ids.case,
        itemId: ids.item,
        occurredAt: `${SECRETS.custodyDay}T${SECRETS.custodyTime}Z`,
        action: 'handed_over',
        fromParty: SECRETS.fromParty,
        toParty: SECRETS.toParty,
        place: SECRETS.custodyPlace,
        notes: SECRETS.custodyNotes,
      })
    ).id;
    photo = await photoWithExif();
    const uploaded = await upload(`${SECRETS.photoName}.jpg`, 'image/jpeg', photo);
    expect(uploaded.exif).toMatchObject({ Make: SECRETS.cameraMake, Model: SECRETS.cameraModel });
    ids.photo = uploaded.id;
    ids.report = (await upload(`${SECRETS.reportName}.pdf`, 'application/pdf', PDF)).id;
    await send('POST', `/api/cases/${ids.case}/replies`, editor, {
      companyName: 'Synthetic Components Ltd (synthetic test data)',
      receivedAt: '2024-05-02',
      reply: 'Sold to a distributor in 2021 (synthetic).',
    });

    const decided = await server.inject({
      method: 'PUT',
      url: `/api/items/${ids.item}/attribution`,
      headers: editor,
      payload: { variantId: 'unknown', basis: SECRETS.attributionBasis, confidence: 'high' },
    });
    expect(decided.statusCode, decided.body).toBe(200);

    // Asked for, not yet approved: an anonymous visitor sees nothing of the case.
    await send('POST', `/api/cases/${ids.case}/publication`, owner, { note: 'synthetic test data' });
    expect((await get(`/api/cases/${ids.case}`)).statusCode).toBe(404);
    expect((await get(`/api/items/${ids.item}`)).statusCode).toBe(404);
    expect((await ok(`/api/items?caseId=${ids.case}`)).json().total).toBe(0);
    expect((await get(`/api/cases/${ids.case}/export/items?format=csv`)).statusCode).toBe(404);
    // The one who asked cannot approve.
    expect(
      (
        await server.inject({
          method: 'POST',
          url: `/api/cases/${ids.case}/publication/approve`,
          headers: owner,
        })
      ).statusCode,
    ).toBe(403);
    await send('POST', `/api/cases/${ids.case}/publication/approve`, editor, undefined, 200);
  });

  afterAll(async () => {
    await server?.close();
    await instance?.destroy();
  });

  it('reveals none of the withheld values in any response to an anonymous visitor', async () => {
    const before = await instance.app.auditLog.head(instance.app.db.kysely);
    for (const url of anonymousReads()) {
      const res = await ok(url);
      expectNoSecret(`GET ${url}`, rawText(res));
      if (url.endsWith('/content')) expectNoSecret(`GET ${url} (bytes)`, res.rawPayload.toString('latin1'));
    }
    // Anonymous reads change nothing and log nothing.
    expect(await instance.app.auditLog.head(instance.app.db.kysely)).toEqual(before);
    // The scan does see the values where they are: in a member's view of the same records.
    for (const url of [
      `/api/items/${ids.item}`,
      `/api/custody-events/${ids.custody}`,
      `/api/files/${ids.photo}/content`,
    ]) {
      const res = await ok(url, owner);
      expect(() => expectNoSecret(url, `${rawText(res)}${res.rawPayload.toString('latin1')}`)).toThrow(
        'reveals',
      );
    }
  });

  it("shows an anonymous visitor an item's attribution decision without who made it or its basis", async () => {
    const shown = (await ok(`/api/items/${ids.item}/attribution`)).json();
    expect(shown.human).toMatchObject({
      variantId: 'unknown',
      confidence: 'high',
      basis: null,
      decidedBy: null,
    });
    expect(shown.human.decidedAt).toMatch(/^\d{4}-\d{2}-01$/);
    expect(shown.effective).toMatchObject({ variantId: 'unknown', source: 'human', confidence: 'high' });
    const row = (await ok(`/api/cases/${ids.case}/attributions`))
      .json()
      .rows.find((r: { itemId: number }) => r.itemId === ids.item);
    expect(row.human).toMatchObject({ confidence: 'high', basis: null, decidedBy: null });
    // A member reads the whole decision.
    const full = (await ok(`/api/items/${ids.item}/attribution`, owner)).json();
    expect(full.human).toMatchObject({
      basis: SECRETS.attributionBasis,
      decidedBy: expect.stringMatching(/^token:/),
    });
  });

  it('shows places coarsened to the 10 km grid and times cut to the month', async () => {
    const item = (await ok(`/api/items/${ids.item}`)).json();
    expect(item).toMatchObject({
      designationMarked: 'Testbird-E2E (synthetic)',
      serialNumber: 'TBE2E-0001',
      recoveredAt: '2024-03-01',
      recoveredPrecision: 'month',
      source: null,
      notes: null,
      placeName: null,
      sourceReliability: 'B',
    });
    expect(item.latitude).not.toBe(TRUE_PLACE.latitude);
    expect(item.longitude).not.toBe(TRUE_PLACE.longitude);
    const shift = km(TRUE_PLACE.latitude, TRUE_PLACE.longitude, item.latitude, item.longitude);
    expect(shift).toBeGreaterThan(0);
    expect(shift).toBeLessThanOrEqual(7.1);
    const listed = (await ok(`/api/items?caseId=${ids.case}`))
      .json()
      .rows.find((r: { id: number }) => r.id === ids.item);
    expect(listed).toEqual(item);

    const csvRows: Record<string, string>[] = parseCsv(
      (await ok(`/api/cases/${ids.case}/export/items?format=csv`)).body,
      { columns: true },
    );
    const csvRow = csvRows.find((r) => r.serialNumber === 'TBE2E-0001');
    expect(csvRow).toMatchObject({
      recoveredAt: '2024-03-01',
      recoveredPrecision: 'month',
      latitude: String(item.latitude),
      longitude: String(item.longitude),
      source: '',
      notes: '',
      placeName: '',
    });
    const jsonl = (await ok(`/api/cases/${ids.case}/export/items?format=jsonl`)).body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(jsonl.find((r) => r.serialNumber === 'TBE2E-0001')).toMatchObject({
      latitude: item.latitude,
      longitude: item.longitude,
      recoveredAt: '2024-03-01',
      source: null,
    });

    const custody = (await ok(`/api/custody-events/${ids.custody}`)).json();
    expect(custody).toMatchObject({
      action: 'handed_over',
      occurredAt: '2024-03-01',
      fromParty: null,
      toParty: null,
      place: null,
      notes: null,
    });
    expect((await ok(`/api/custody-events?caseId=${ids.case}`)).json().rows).toEqual([custody]);

    const file = (await ok(`/api/files/${ids.photo}`)).json();
    expect(file).toMatchObject({
      mediaType: 'image/jpeg',
      originalName: `evidence-${ids.photo}.jpg`,
      capturedAt: '2024-03-01',
      gpsLatitude: null,
      gpsLongitude: null,
      exif: null,
    });
    expect((await ok(`/api/files/${ids.report}`)).json().originalName).toBe(`evidence-${ids.report}.pdf`);
    expect((await ok(`/api/components/${ids.component}`)).json()).toMatchObject({
      partNumber: 'QZX32F4',
      notes: null,
    });
    expect((await ok(`/api/cases/${ids.case}/replies`)).json().replies).toHaveLength(1);
  });

  it('serves the photo re-encoded without its EXIF to an anonymous visitor, and no other kind of file', async () => {
    const res = await ok(`/api/files/${ids.photo}/content`);
    expect(res.headers['content-type']).toBe('image/jpeg');
    const bytes = res.rawPayload;
    expect(sha256(bytes)).not.toBe(sha256(photo));
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 96, height: 64 });
    expect(meta.exif).toBeUndefined();
    const tags = await exifr.parse(bytes, { gps: true, tiff: true, exif: true });
    expect(tags?.latitude).toBeUndefined();
    expect(tags?.longitude).toBeUndefined();
    expect(tags?.DateTimeOriginal).toBeUndefined();
    expect(tags?.Model).toBeUndefined();
    expect(await exifr.gps(bytes)).toBeUndefined();
    const header = jpegHeaderSegments(bytes);
    expect(header.filter((s) => s.marker === 0xe1)).toEqual([]); // no APP1 (EXIF or XMP) at all
    expect(Buffer.concat(header.map((s) => s.payload)).includes('Exif')).toBe(false);
    expect(bytes.includes('Exif')).toBe(false);
    // The original does have them: the check above would see them.
    expect(jpegHeaderSegments(photo).some((s) => s.marker === 0xe1 && s.payload.includes('Exif'))).toBe(true);

    const report = await get(`/api/files/${ids.report}/content`);
    expect(report.statusCode).toBe(403);
    expectNoSecret('PDF refusal', rawText(report));
  });

  it('gives a member the original photo with its EXIF and the PDF', async () => {
    const res = await ok(`/api/files/${ids.photo}/content`, owner);
    expect(sha256(res.rawPayload)).toBe(sha256(photo));
    expect(res.headers['x-content-sha256']).toBe(sha256(photo));
    const tags = await exifr.parse(res.rawPayload, { gps: true, tiff: true, exif: true });
    expect(tags.Model).toBe(SECRETS.cameraModel);
    expect(tags.latitude).toBeCloseTo(TRUE_PLACE.latitude, 5);
    expect(tags.DateTimeOriginal).toBeInstanceOf(Date);
    const pdf = await ok(`/api/files/${ids.report}/content`, owner);
    expect(pdf.rawPayload.equals(PDF)).toBe(true);
  });

  it('finds no word of the notes or the place name for an anonymous visitor, but does for a member', async () => {
    const hits = async (q: string, headers: Record<string, string> = {}) =>
      (await ok(`/api/search?q=${encodeURIComponent(q)}`, headers)).json().hits as {
        type: string;
        id: number;
      }[];
    // The published fields are found by anyone.
    expect((await hits('TBE2E')).map((h) => h.id)).toContain(ids.item);
    for (const word of [NOTES_WORD, PLACE_WORD]) {
      expect(await hits(word), word).toEqual([]);
      expect(
        (await hits(word, owner)).map((h) => `${h.type}:${h.id}`),
        word,
      ).toContain(`item:${ids.item}`);
      // Nor through the lists' text filter.
      expect((await ok(`/api/items?caseId=${ids.case}&q=${word}`)).json().total, word).toBe(0);
      expect((await ok(`/api/items?caseId=${ids.case}&q=${word}`, owner)).json().total, word).toBe(1);
    }
    expect(await hits(COMPONENT_NOTES_WORD)).toEqual([]);
    expect((await hits(COMPONENT_NOTES_WORD, owner)).map((h) => `${h.type}:${h.id}`)).toContain(
      `component:${ids.component}`,
    );
    expect((await ok(`/api/components?caseId=${ids.case}&q=${COMPONENT_NOTES_WORD}`)).json().total).toBe(0);
  });

  it('does not reveal the exact day through the date filters of the item list', async () => {
    const total = async (from: string, to: string, headers: Record<string, string> = {}) =>
      (await ok(`/api/items?caseId=${ids.case}&recoveredFrom=${from}&recoveredTo=${to}`, headers)).json()
        .total;
    // A member filters on the exact day.
    expect(await total(SECRETS.day, SECRETS.day, owner)).toBe(1);
    expect(await total('2024-03-08', '2024-03-31', owner)).toBe(0);
    // An anonymous visitor filters on what the published view shows, the month: two ranges that
    // differ only in holding the true day or not get the same answer.
    for (const [with_, without] of [
      [
        ['2024-03-02', SECRETS.day],
        ['2024-03-02', '2024-03-06'],
      ],
      [
        [SECRETS.day, '2024-03-31'],
        ['2024-03-08', '2024-03-31'],
      ],
      [
        [SECRETS.day, SECRETS.day],
        ['2024-03-08', '2024-03-08'],
      ],
    ])
      expect(await total(with_[0], with_[1]), with_.join('..')).toBe(await total(without[0], without[1]));
    expect(await total('2024-03-01', '2024-03-31')).toBe(1);
    expect(await total('2024-04-01', '2024-04-30')).toBe(0);
  });

  it('gives a member the withheld values, and logs each such read under the token', async () => {
    const db = instance.app.db.kysely;
    const reads = () =>
      db.selectFrom('audit_log').selectAll().where('action', '=', 'read').orderBy('seq', 'desc').execute();
    const cases: [url: string, entityType: string, field: string, secret: string][] = [
      [`/api/items?caseId=${ids.case}`, 'item', 'source', SECRETS.source],
      [`/api/items/${ids.item}`, 'item', 'notes', SECRETS.notes],
      [`/api/components?caseId=${ids.case}`, 'component', 'notes', SECRETS.componentNotes],
      [`/api/components/${ids.component}`, 'component', 'notes', SECRETS.componentNotes],
      [`/api/custody-events?caseId=${ids.case}`, 'custody_event', 'fromParty', SECRETS.fromParty],
      [`/api/custody-events/${ids.custody}`, 'custody_event', 'place', SECRETS.custodyPlace],
      [`/api/files?caseId=${ids.case}`, 'evidence_file', 'exif', SECRETS.cameraModel],
      [`/api/files/${ids.photo}`, 'evidence_file', 'gpsLatitude', SECRETS.latitude],
      // The original bytes, with the camera's EXIF in them.
      [`/api/files/${ids.photo}/content`, 'evidence_file', 'gpsLatitude', SECRETS.cameraModel],
      [`/api/cases/${ids.case}/export/items?format=csv`, 'item', 'source', SECRETS.source],
      [`/api/cases/${ids.case}/export/items?format=jsonl`, 'item', 'notes', SECRETS.notes],
      [`/api/cases/${ids.case}/export/components?format=jsonl`, 'component', 'notes', SECRETS.componentNotes],
    ];
    for (const [url, entityType, field, secret] of cases) {
      const before = (await reads()).length;
      const res = await ok(url, owner);
      expect(res.body, url).toContain(secret);
      const after = await reads();
      expect(after.length - before, url).toBe(1);
      const [entry] = after;
      expect(entry, url).toMatchObject({ actor: ownerLabel, action: 'read', entity_type: entityType });
      expect(JSON.parse(entry.after ?? '{}').fields, url).toContain(field);
    }
    // The member sees the exact values.
    const item = (await ok(`/api/items/${ids.item}`, owner)).json();
    expect(item).toMatchObject({
      ...TRUE_PLACE,
      placeName: SECRETS.placeName,
      recoveredAt: `${SECRETS.day}T${SECRETS.time}Z`,
      recoveredPrecision: 'time',
    });
    const file = (await ok(`/api/files/${ids.photo}`, owner)).json();
    expect(file).toMatchObject({
      originalName: `${SECRETS.photoName}.jpg`,
      capturedAt: `${SECRETS.day}T${SECRETS.time}`,
      exif: { Make: SECRETS.cameraMake, Model: SECRETS.cameraModel },
    });
    // A record with nothing withheld is read without an entry.
    const before = (await reads()).length;
    await ok(`/api/items/${ids.plainItem}`, owner);
    await ok(`/api/files/${ids.report}`, owner);
    await ok(`/api/files/${ids.report}/content`, owner);
    expect((await reads()).length).toBe(before);
  });
});
