// Full-text search on both databases, as investigators type: look-alike Cyrillic letters in markings,
// transliterated names, part numbers with or without their punctuation and as prefixes.
import { beforeAll, expect, it } from 'vitest';
import { actor, makeCase, makeComponent, makeItem } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { ComponentFilter } from './evidence.schema.ts';

// "МАХ232" typed with Cyrillic М, А and Х: looks like MAX232, is not the same string.
const CYRILLIC_MAX = '\u041C\u0410\u0425232';

describeEachDialect('SearchService', (t) => {
  const ids = { cyrillic: 0, latin: 0, part: 0, org: 0, person: 0, item: 0, deleted: 0 };

  beforeAll(async () => {
    const app = t().app;
    const c = await makeCase(app);
    const item = await makeItem(app, c.id, {
      designationMarked: 'Skylark-Q7 (synthetic)',
      markings: 'ЗАВОД 7 / SYN',
    });
    ids.item = item.id;
    ids.cyrillic = (
      await makeComponent(app, item.id, { subsystem: 'datalink', markingRaw: `${CYRILLIC_MAX} CPE 2231` })
    ).id;
    ids.latin = (
      await makeComponent(app, item.id, {
        subsystem: 'datalink',
        markingRaw: 'SP3232 LATINONLY',
        partNumber: 'MAX3232',
      })
    ).id;
    ids.part = (
      await makeComponent(app, item.id, { markingRaw: 'QZX32F405-RGT6 2219', partNumber: 'QZX32F405-RGT6' })
    ).id;
    ids.org = (
      await app.parties.createOrganization(actor, {
        name: 'Концерн Пример',
        aliases: ['fictional test maker'],
        roles: ['maker'],
      })
    ).id;
    ids.person = (await app.parties.createPerson(actor, { name: 'Калашников Тест', roles: ['exporter'] })).id;
    ids.deleted = (await makeComponent(app, item.id, { markingRaw: 'MAX232 DELETEDONE' })).id;
    await app.components.remove(actor, ids.deleted);
  });

  const hitIds = async (q: string, type: string) =>
    (await t().app.search.search(actor, q)).filter((h) => h.type === type).map((h) => h.id);

  it('finds a marking typed with Cyrillic look-alikes by its Latin spelling', async () => {
    expect(await hitIds('MAX232', 'component')).toContain(ids.cyrillic);
    expect(await hitIds('max232', 'component')).toContain(ids.cyrillic);
    expect(await hitIds('MAX232', 'component')).not.toContain(ids.latin);
  });

  it('finds a Latin marking by a query typed with Cyrillic look-alikes', async () => {
    const app = t().app;
    await makeComponent(app, (await makeItem(app, (await makeCase(app)).id)).id, {
      markingRaw: 'MAX232 LATINTWIN',
    });
    const found = (await app.search.search(actor, `${CYRILLIC_MAX} LATINTWIN`)).filter(
      (h) => h.type === 'component',
    );
    expect(found).toHaveLength(1);
    expect(found[0].snippet).toContain('MAX232 LATINTWIN');
  });

  it('finds a Cyrillic name by its transliteration and by its own spelling', async () => {
    expect(await hitIds('Kontsern Primer', 'organization')).toEqual([ids.org]);
    expect(await hitIds('концерн', 'organization')).toEqual([ids.org]);
    expect(await hitIds('Kalashnikov', 'person')).toEqual([ids.person]);
    expect(await hitIds('Zavod', 'item')).toEqual([ids.item]);
  });

  it('finds a part number without its punctuation and by a prefix', async () => {
    expect(await hitIds('QZX32F405RGT6', 'component')).toEqual([ids.part]);
    expect(await hitIds('QZX32F405-RGT6', 'component')).toEqual([ids.part]);
    expect(await hitIds('QZX32', 'component')).toEqual([ids.part]);
  });

  it('applies the same folding in the component list filter', async () => {
    const app = t().app;
    const list = await app.components.list(actor, ComponentFilter.parse({ q: 'MAX232' }));
    expect(list.rows.map((r) => r.id)).toContain(ids.cyrillic);
    const byPart = await app.components.list(actor, ComponentFilter.parse({ q: 'QZX32F405RGT6' }));
    expect(byPart.rows.map((r) => r.id)).toEqual([ids.part]);
  });

  it('leaves deleted records out and finds nothing for an unmatched or empty query', async () => {
    expect(await hitIds('DELETEDONE', 'component')).toEqual([]);
    expect(await t().app.search.search(actor, 'NOSUCHMARKINGZZ')).toEqual([]);
    expect(await t().app.search.search(actor, '  -- ')).toEqual([]);
  });

  it('limits the hits and the types searched', async () => {
    const app = t().app;
    const only = await app.search.search(actor, 'MAX232', { types: ['organization'] });
    expect(only).toEqual([]);
    expect((await app.search.search(actor, 'MAX232', { limit: 1, types: ['component'] })).length).toBe(1);
  });
});
