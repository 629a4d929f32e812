// The markings reader inside the product, on both databases: a component's marking is read by the
// machine when it is created, the reading is tied to the reference maker's organization and to a
// catalog part, a person's edit wins over the machine and is audited, and imports read markings too.
import { describe, expect, it } from 'vitest';
import { actor, makeCase, makeComponent, makeItem } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import type { Actor } from '../core/actor.ts';
import { Invalid, Unauthenticated } from '../core/errors.ts';

const anonymous: Actor = { kind: 'anonymous' };

describeEachDialect('MarkingsService', (t) => {
  it('stores the reference makers once, acquired makers linked to their new parent', async () => {
    const app = t().app;
    const first = await app.markings.seedReference(actor);
    expect(first.added).toBeGreaterThanOrEqual(300);
    expect((await app.markings.seedReference(actor)).added).toBe(0);
    const orgs = await app.db.kysely
      .selectFrom('organizations')
      .select(['id', 'name', 'reference_key', 'parent_id'])
      .where('reference_key', 'in', ['linear', 'adi'])
      .execute();
    const adi = orgs.find((o) => o.reference_key === 'adi');
    expect(orgs.find((o) => o.reference_key === 'linear')?.parent_id).toBe(adi?.id);
  });

  it('reads a component marking on create: maker organization, part, date range, country, machine origin', async () => {
    const app = t().app;
    await app.markings.seedReference(actor);
    const c = await makeCase(app);
    const item = await makeItem(app, c.id, { recoveredAt: '2023-06-01' });
    const comp = await makeComponent(app, item.id, {
      category: 'microcontroller',
      markingRaw: 'ST\nSTM32F405\nRGT6\nGH22K 93\nCHN 227',
    });
    expect(comp.partNumber).toBe('STM32F405RGT6');
    expect(comp.maker).toMatch(/STMicroelectronics/);
    expect(comp.makerOrgId).not.toBeNull();
    expect(comp.fieldOrigins.partNumber?.origin).toBe('machine');
    expect(comp.fieldOrigins.partNumber?.confidence).toBeGreaterThan(0);
    expect(comp.partId).not.toBeNull();
    const part = await app.db.kysely
      .selectFrom('parts')
      .selectAll()
      .where('id', '=', comp.partId as number)
      .executeTakeFirstOrThrow();
    expect(part).toMatchObject({ maker_org_id: comp.makerOrgId, hs6: '854231', hs6_origin: 'rule' });

    // The same part in another component links to the same catalog part.
    const again = await makeComponent(app, item.id, { category: 'MCU', markingRaw: 'STM32F405\nRGT6' });
    expect(again.partId).toBe(comp.partId);
  });

  it('keeps what a person entered over the machine, and a person edit takes the field over', async () => {
    const app = t().app;
    await app.markings.seedReference(actor);
    const c = await makeCase(app);
    const item = await makeItem(app, c.id);
    const comp = await makeComponent(app, item.id, { markingRaw: 'STM32F405\nRGT6', lotCode: 'HAND-1' });
    expect(comp.lotCode).toBe('HAND-1');
    expect(comp.fieldOrigins.lotCode?.origin).toBe('human');
    expect(comp.fieldOrigins.partNumber?.origin).toBe('machine');

    const edited = await app.components.update(actor, comp.id, { partNumber: 'STM32F407VGT6' });
    expect(edited.partNumber).toBe('STM32F407VGT6');
    expect(edited.fieldOrigins.partNumber?.origin).toBe('human');
    // A later change of the marking does not undo the person's part number.
    const remarked = await app.components.update(actor, comp.id, { markingRaw: 'STM32F103\nC8T6' });
    expect(remarked.partNumber).toBe('STM32F407VGT6');
    const history = await app.db.kysely
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity_type', '=', 'component')
      .where('entity_id', '=', comp.id)
      .execute();
    expect(history.map((h) => h.action)).toEqual(['create', 'update', 'update']);
  });

  it('dates a date code a person typed as the machine would, bounded by the recovery date', async () => {
    const app = t().app;
    await app.markings.seedReference(actor);
    const c = await makeCase(app);
    const item = await makeItem(app, c.id, { recoveredAt: '2023-06-01' });
    const typed = await makeComponent(app, item.id, {
      markingRaw: 'TI\nTPS62130\n(date code unreadable on the photo, read by hand)',
      partNumber: 'TPS62130',
      dateCode: '2231',
    });
    expect(typed.fieldOrigins.dateCode?.origin).toBe('human');
    expect(typed.dateEarliest).toBe('2022-08-01');
    expect(typed.dateLatest).toBe('2022-08-07');
    // A week after the recovery cannot be: no range is given rather than a wrong one.
    const later = await makeComponent(app, item.id, { markingRaw: 'TI\nTPS62130', dateCode: '2429' });
    expect(later.dateEarliest).toBeNull();
  });

  it('parses for signed-in users only, with a clear error on text that is no marking', async () => {
    const app = t().app;
    await expect(app.markings.parse(anonymous, 'STM32F405')).rejects.toThrow(Unauthenticated);
    await expect(app.markings.parse(actor, '')).rejects.toThrow(Invalid);
    await expect(app.markings.parse(actor, 'x'.repeat(1_000_000))).rejects.toThrow(Invalid);
    const r = await app.markings.parse(actor, 'STM32F405 / RGT6 / GH229 93 / CHN 227', '2023-01-10');
    expect(r.partNumber?.full).toBe('STM32F405RGT6');
    expect(r.countryOfAssembly).toBe('CN');
  });
});

describe('reference data', () => {
  it('is shipped with the product: at least 300 makers load from its own data files', async () => {
    const { referenceData } = await import('./markings.engine.ts');
    expect(referenceData().makers.length).toBeGreaterThanOrEqual(300);
  });
});
