// Turns a copy of the Common High Priority List in the markdown table form of ../shared/reference/chpl.md
// into the data file the product ships (src/catalog/data/chpl.json). Updating the list is running this
// on the new version and committing the data: no code changes.
// Usage: node scripts/chpl-from-md.mjs FILE.md VERSION-DATE > src/catalog/data/chpl.json
import { readFileSync } from 'node:fs';

const [file, version] = process.argv.slice(2);
if (!file || !/^\d{4}-\d{2}-\d{2}$/.test(version ?? '')) {
  console.error('usage: node scripts/chpl-from-md.mjs FILE.md YYYY-MM-DD');
  process.exit(2);
}
const entries = [];
for (const [n, line] of readFileSync(file, 'utf8').split('\n').entries()) {
  const m = /^\|\s*([0-9][0-9A-Z.]*)\s*\|\s*(\d{4}\.\d{2})\s*\|\s*(.+?)\s*\|\s*$/.exec(line);
  if (!m) continue;
  entries.push({ tier: m[1], hs6: m[2].replace('.', ''), description: m[3] });
  if (!/^[1-4](\.[AB])?$/.test(m[1])) throw new Error(`${file}:${n + 1}: unknown tier "${m[1]}"`);
}
if (entries.length === 0) throw new Error(`${file}: no table rows of tier | HS-6 | description`);
const out = {
  name: 'Common High Priority List',
  version,
  source:
    'U.S. Bureau of Industry and Security, "Common High Priority Items List" (with the EU, UK and Japan); EU: Annex XL to Council Regulation (EU) No 833/2014. https://www.bis.gov/articles/russia-export-controls-list-common-high-priority-items',
  entries,
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
