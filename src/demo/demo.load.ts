// Loads the synthetic demo case into an empty database, all in one transaction (a crash leaves nothing
// half-loaded) with one audit entry per kind of record. Photos are rendered and stored once by hash.
import { Readable } from 'node:stream';
import type { App } from '../app/index.ts';
import { systemActor } from '../core/actor.ts';
import {
  ComponentInput,
  CustodyEventInput,
  componentValues,
  custodyValues,
  itemValues,
  OrganizationInput,
  organizationValues,
  parseInput,
  RecoveredItemInput,
  readMetadata,
} from '../evidence/index.ts';
import { loadDemoAttribution } from './demo.attribution.ts';
import { generateDemo } from './demo.generate.ts';
import { renderDemoPhoto } from './demo.photo.ts';
import { loadDemoProduction } from './demo.production.ts';
import { publishDemo } from './demo.publish.ts';
import type { DemoComponent } from './demo.types.ts';
import { loadDemoScreening } from './demo.watchlist.ts';

export interface DemoSummary {
  caseId: number;
  items: number;
  components: number;
  files: number;
  custodyEvents: number;
  organizations: number;
  screeningHits: number;
  attributionDecisions: number;
}

const actor = { ...systemActor(), name: 'demo loader' } as const;

export async function loadDemoIfEmpty(
  app: App,
  log: (message: string) => void = () => {},
  options: { items?: number } = {},
): Promise<DemoSummary | null> {
  const existing = await app.cases.list(actor, true);
  if (existing.length > 0) return null;
  log('Loading the synthetic demo case (first start)…');
  await app.markings.seedReference(actor);
  const demo = generateDemo({ items: options.items });

  // Render and store the photos first: the blob store is content-addressed, so a crash only leaves
  // unreferenced files that the next load reuses.
  const photos = new Map<
    string,
    { sha256: string; size: number; name: string; meta: Awaited<ReturnType<typeof readMetadata>> }
  >();
  for (const item of demo.items) {
    for (const p of item.photos) {
      const blob = await app.files.put(Readable.from(await renderDemoPhoto(p)));
      photos.set(p.demoKey, {
        sha256: blob.sha256,
        size: blob.size,
        name: p.fileName,
        meta: await readMetadata(blob.path, p.fileName),
      });
    }
  }

  const w = app.writer;
  const loaded = await w.transaction(async (trx) => {
    const kase = await w.create(trx, actor, 'case', {
      title: demo.case.title,
      summary: demo.case.summary,
      status: 'published',
      is_demo: 1,
    });
    const orgBulk = app.audit.bulk(trx, actor, 'organization');
    const orgs = await w.createMany(
      trx,
      orgBulk,
      'organization',
      demo.organizations.map((o) => ({
        ...organizationValues(parseInput(OrganizationInput, o)),
        marking_profile: o.marking ? JSON.stringify(o.marking) : null,
      })),
    );
    const orgId = new Map(demo.organizations.map((o, i) => [o.demoKey, orgs[i].id]));

    const itemBulk = app.audit.bulk(trx, actor, 'item');
    const items = await w.createMany(
      trx,
      itemBulk,
      'item',
      demo.items.map(({ variant: _, ...i }) =>
        itemValues(parseInput(RecoveredItemInput, { ...i, caseId: kase.id })),
      ),
    );

    const fileBulk = app.audit.bulk(trx, actor, 'evidence_file');
    const componentBulk = app.audit.bulk(trx, actor, 'component');
    const custodyBulk = app.audit.bulk(trx, actor, 'custody_event');
    let components = 0;
    let files = 0;
    let custody = 0;
    for (const [index, item] of demo.items.entries()) {
      const itemId = items[index].id;
      const fileRows = await w.createMany(
        trx,
        fileBulk,
        'evidence_file',
        item.photos.map((p) => {
          const s = photos.get(p.demoKey)!;
          return {
            case_id: kase.id,
            item_id: itemId,
            component_id: null,
            sha256: s.sha256,
            size: s.size,
            media_type: s.meta.mediaType,
            original_name: s.name,
            captured_at: s.meta.capturedAt,
            gps_latitude: s.meta.gpsLatitude,
            gps_longitude: s.meta.gpsLongitude,
            exif: s.meta.exif ? JSON.stringify(s.meta.exif) : null,
            description: `${p.subject} (synthetic demo data)`,
          };
        }),
      );
      files += fileRows.length;
      const fileId = new Map(item.photos.map((p, i) => [p.demoKey, fileRows[i].id]));

      // Parents come before their children in the demo; insert one nesting level at a time.
      const ids = new Map<string, number>();
      let level: DemoComponent[] = item.components.filter((c) => !c.parentKey);
      while (level.length > 0) {
        const values = level.map((c) => {
          const v = parseInput(ComponentInput, {
            ...c,
            itemId,
            parentId: c.parentKey ? ids.get(c.parentKey) : null,
            makerOrgId: c.makerKey ? orgId.get(c.makerKey) : null,
            evidenceFileId: c.photoKey ? fileId.get(c.photoKey) : null,
          });
          return componentValues(v, kase.id);
        });
        await app.markings.read(trx, actor, values);
        const rows = await w.createMany(trx, componentBulk, 'component', values);
        for (const [i, c] of level.entries()) ids.set(c.demoKey, rows[i].id);
        components += rows.length;
        const placed = new Set(level.map((c) => c.demoKey));
        level = item.components.filter((c) => c.parentKey && placed.has(c.parentKey));
      }

      const events = item.custody.map((e) =>
        custodyValues(parseInput(CustodyEventInput, { ...e, caseId: kase.id, itemId })),
      );
      custody += (await w.createMany(trx, custodyBulk, 'custody_event', events)).length;
    }
    const distributor = demo.organizations.findIndex((o) => o.roles?.includes('distributor'));
    await publishDemo(
      w,
      trx,
      actor,
      kase.id,
      items[0].id,
      distributor >= 0 ? { id: orgs[distributor].id, name: orgs[distributor].name } : undefined,
    );
    const summary = { label: demo.label, caseId: kase.id };
    for (const b of [orgBulk, itemBulk, fileBulk, componentBulk, custodyBulk])
      await b.finish('import', summary);
    log(`Synthetic demo data loaded into case ${kase.id}.`);
    return {
      caseId: kase.id,
      items: items.length,
      components,
      files,
      custodyEvents: custody,
      organizations: orgs.length,
    };
  });
  // Watch lists are shared reference data, not the case's: their import is its own transaction.
  const screening = await loadDemoScreening(app, actor);
  log(`Synthetic demo watch list imported in two versions: ${screening.hits} screening hits to review.`);
  // Variant profiles are shared reference data too; the decisions are the case's, made against them.
  const decisions = await loadDemoAttribution(app, actor, loaded.caseId);
  log(`Synthetic demo variant profiles saved as version 1, with ${decisions} human attribution decisions.`);
  await loadDemoProduction(app, actor);
  log('Synthetic demo serial patterns and declared production targets recorded.');
  return { ...loaded, screeningHits: screening.hits, attributionDecisions: decisions };
}
