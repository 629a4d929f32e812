import { expect, it } from 'vitest';
import { describeEachDialect } from './test-app.ts';

describeEachDialect('test harness', (t) => {
  it('opens a migrated database of the named dialect', async () => {
    expect(t().app.db.dialect).toBe(t().dialect);
    const cases = await t().app.cases.list({ kind: 'local', name: 't' });
    expect(cases).toEqual([]);
  });
});
