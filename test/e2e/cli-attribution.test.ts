// `teardown variants` and `teardown attribute` as a user runs them on a data folder: the profile document
// saved as a version (a bad one refused naming line, column and field, exit 2), shown again, and a
// case's items imported from files attributed by the machine, with the human decision beside it. The
// profiles are the demo's and the items synthetic test data.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'td-attribution-cli-'));
const data = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const demoProfiles = join(repoRoot, 'src/demo/demo-variants.yaml');
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const json = async (args: string[]) => {
  const r = await runCli(data, ['--json', ...args]);
  expect(r.code, r.stderr || r.stdout).toBe(0);
  return JSON.parse(r.stdout);
};

describe('teardown variants and attribute (CLI)', () => {
  it('saves the profile document as version 1, refuses a bad one by its place, and shows it', async () => {
    const none = await runCli(data, ['variants', 'show']);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).toContain('no variant profiles yet');
    const set = await runCli(data, ['variants', 'set', demoProfiles]);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/^saved version 1 \(yaml, 6 variants, synthetic demo data\)/);

    const text = readFileSync(demoProfiles, 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('weight: 0.25')) + 1;
    const bad = write('bad.yaml', text.replace('weight: 0.25', 'weight: lots'));
    const refused = await runCli(data, ['variants', 'set', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${bad}: 1 problem in the document; nothing was saved`);
    expect(refused.stderr).toContain(
      `${bad}, line ${line}, column 17: variants[0].features[1].weight: must be a number > 0`,
    );
    const shown = await json(['variants', 'show']);
    expect(shown.version).toMatchObject({ version: 1, format: 'yaml', variants: 6 });
    expect(shown.text).toBe(text);
    expect(shown.document.variants.map((v: { id: string }) => v.id)).toContain('tern-k-export');
  }, 240_000);

  it("lists a case's items with the machine's attribution beside the human decision (none yet)", async () => {
    const kase = await json(['cases', 'add', '--title', 'Attribution CLI case (synthetic test data)']);
    const items = write(
      'items.csv',
      [
        'externalRef,itemType,designationAssessed,designationMarked,serialNumber,markings,tags',
        'SYN-A-1,uav,Harrow-2,Harrow-2M,HW2M-0031,"Harrow-2M, S/N HW2M-0031",serial-label-plate',
        'SYN-A-2,uav,Harrow-2,Harrow-2,HW2-0001,,',
      ].join('\n'),
    );
    const components = write(
      'components.csv',
      [
        'itemRef,subsystem,category,maker,partNumber,markingRaw',
        'SYN-A-1,navigation,GNSS receiver,Henglan Micro,HLM8812K,HLM8812K 2231',
        'SYN-A-1,airframe,connector,Ведрица,,ВД2231АБ4',
      ].join('\n'),
    );
    for (const [kind, file] of [
      ['items', items],
      ['components', components],
    ]) {
      const r = await runCli(data, ['import', kind, file, '--case', String(kase.id)]);
      expect(r.code, r.stderr).toBe(0);
    }
    const table = await json(['attribute', '--case', String(kase.id)]);
    expect(table).toMatchObject({ caseId: kase.id, profilesVersion: 1, total: 2 });
    const byRef = new Map(table.rows.map((r: { externalRef: string }) => [r.externalRef, r]));
    expect(byRef.get('SYN-A-1')).toMatchObject({
      machine: { variantId: 'harrow-2m-licensed', rule: 'decided' },
      human: null,
      effective: { variantId: 'harrow-2m-licensed', source: 'machine' },
    });
    expect(byRef.get('SYN-A-2')).toMatchObject({ machine: { variantId: 'unknown', rule: 'low_coverage' } });

    const text = await runCli(data, ['attribute', '--case', String(kase.id), '--designation', 'Harrow-2M']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/SYN-A-1\s+HW2M-0031\s+harrow-2m-licensed 1\.00\s+—\s+harrow-2m-licensed/);
    expect(text.stdout).toContain('1 items; variant profiles version 1');
    const missing = await runCli(data, ['attribute', '--case', '999']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('case 999 not found');
  }, 240_000);
});
