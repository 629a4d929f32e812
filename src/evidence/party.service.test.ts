// Organizations and persons, the one model of parties, on both databases: create, read, list by role and
// text, update merged and validated, parent links, soft delete and restore.
import { expect, it } from 'vitest';
import { actor } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { Invalid, NotFound } from '../core/errors.ts';
import { PartyFilter } from './evidence.schema.ts';

const filter = (f: Record<string, unknown> = {}) => PartyFilter.parse(f);

describeEachDialect('PartyService', (t) => {
  it('creates an organization with aliases, identifiers and roles, and reads it back', async () => {
    const app = t().app;
    const org = await app.parties.createOrganization(actor, {
      name: 'Qorvex Microsystems (synthetic)',
      aliases: ['QVX'],
      countries: ['CN'],
      identifiers: [{ scheme: 'registration', value: 'SYN-000123', country: 'CN' }],
      addresses: [{ full: '1 Example Road, Sample City (synthetic)' }],
      roles: ['maker'],
      formerNames: ['Qorvex Semi (synthetic)'],
    });
    expect(org).toMatchObject({
      aliases: ['QVX'],
      roles: ['maker'],
      formerNames: ['Qorvex Semi (synthetic)'],
      parentId: null,
      deletedAt: null,
    });
    expect(await app.parties.getOrganization(actor, org.id)).toEqual(org);
    // Former names and identifiers are searchable.
    expect(
      (await app.parties.listOrganizations(actor, filter({ q: 'Qorvex Semi' }))).rows.map((o) => o.id),
    ).toContain(org.id);
    expect(
      (await app.parties.listOrganizations(actor, filter({ q: 'SYN-000123' }))).rows.map((o) => o.id),
    ).toEqual([org.id]);
  });

  it('refuses a lower-case country code, an unknown role and an unknown parent', async () => {
    const app = t().app;
    await expect(
      app.parties.createOrganization(actor, { name: 'X (synthetic)', countries: ['cn'] }),
    ).rejects.toMatchObject({ problems: [{ path: 'countries.0' }] });
    await expect(
      app.parties.createOrganization(actor, { name: 'X (synthetic)', roles: ['smuggler'] }),
    ).rejects.toBeInstanceOf(Invalid);
    await expect(
      app.parties.createOrganization(actor, { name: 'X (synthetic)', parentId: 999_999 }),
    ).rejects.toBeInstanceOf(NotFound);
  });

  it('links a subsidiary to its parent and refuses an organization as its own parent', async () => {
    const app = t().app;
    const parent = await app.parties.createOrganization(actor, { name: 'Parent Holding (synthetic)' });
    const child = await app.parties.createOrganization(actor, {
      name: 'Child Trading (synthetic)',
      roles: ['distributor'],
    });
    const linked = await app.parties.updateOrganization(actor, child.id, { parentId: parent.id });
    expect(linked).toMatchObject({
      parentId: parent.id,
      name: 'Child Trading (synthetic)',
      roles: ['distributor'],
    });
    await expect(
      app.parties.updateOrganization(actor, parent.id, { parentId: parent.id }),
    ).rejects.toMatchObject({ problems: [{ path: 'parentId' }] });
  });

  it('lists by role with pages and a total', async () => {
    const app = t().app;
    const ids: number[] = [];
    for (const n of ['Aardvark Freight', 'Abacus Freight', 'Acme Freight']) {
      ids.push(
        (await app.parties.createOrganization(actor, { name: `${n} (synthetic)`, roles: ['carrier'] })).id,
      );
    }
    await app.parties.createOrganization(actor, { name: 'Not A Carrier (synthetic)', roles: ['importer'] });
    const page1 = await app.parties.listOrganizations(actor, filter({ role: 'carrier', limit: 2 }));
    const page2 = await app.parties.listOrganizations(
      actor,
      filter({ role: 'carrier', limit: 2, offset: 2 }),
    );
    expect([page1.total, page2.total]).toEqual([3, 3]);
    // Ordered by name.
    expect([...page1.rows, ...page2.rows].map((o) => o.id)).toEqual(ids);
  });

  it('deletes and restores an organization, audited', async () => {
    const app = t().app;
    const org = await app.parties.createOrganization(actor, {
      name: 'Ephemeral Components (synthetic)',
      roles: ['distributor'],
    });
    expect((await app.parties.removeOrganization(actor, org.id)).deletedAt).not.toBeNull();
    await expect(app.parties.getOrganization(actor, org.id)).rejects.toBeInstanceOf(NotFound);
    expect((await app.parties.listOrganizations(actor, filter({ q: 'Ephemeral' }))).total).toBe(0);
    expect(
      (await app.parties.listOrganizations(actor, filter({ q: 'Ephemeral', includeDeleted: 'true' }))).total,
    ).toBe(1);
    expect((await app.parties.restoreOrganization(actor, org.id)).deletedAt).toBeNull();
    expect((await app.parties.listOrganizations(actor, filter({ q: 'Ephemeral' }))).total).toBe(1);
    const history = await app.auditLog.history(app.db.kysely, 'organization', org.id, 10);
    expect(history.map((e) => e.action)).toEqual(['restore', 'delete', 'create']);
  });

  it('creates, updates, lists, deletes and restores persons', async () => {
    const app = t().app;
    const p = await app.parties.createPerson(actor, {
      name: 'Ivan Testovich Primerov (synthetic)',
      birthDate: '1970-01-02',
      roles: ['exporter'],
    });
    expect(p).toMatchObject({ birthDate: '1970-01-02', roles: ['exporter'] });
    expect(await app.parties.getPerson(actor, p.id)).toEqual(p);
    const u = await app.parties.updatePerson(actor, p.id, { aliases: ['I. T. Primerov'] });
    expect(u).toMatchObject({ aliases: ['I. T. Primerov'], birthDate: '1970-01-02', name: p.name });
    await expect(app.parties.updatePerson(actor, p.id, { birthDate: '1970-02-30' })).rejects.toMatchObject({
      problems: [{ path: 'birthDate' }],
    });
    expect(
      (await app.parties.listPersons(actor, filter({ role: 'exporter' }))).rows.map((x) => x.id),
    ).toEqual([p.id]);
    await app.parties.removePerson(actor, p.id);
    await expect(app.parties.getPerson(actor, p.id)).rejects.toBeInstanceOf(NotFound);
    expect((await app.parties.listPersons(actor, filter({ role: 'exporter' }))).total).toBe(0);
    expect((await app.parties.restorePerson(actor, p.id)).deletedAt).toBeNull();
    expect((await app.parties.listPersons(actor, filter({ role: 'exporter' }))).total).toBe(1);
  });
});
