// `teardown attribute --case ID [--designation NAME]`: a case's items with the machine's attribution, the
// human decision and the one in force, by the same service as `GET /api/cases/:id/attributions` (or
// that route, with --server).
import { Command } from 'commander';
import type { CaseAttributionRow, CaseAttributions } from '../../attribution/index.ts';
import { Invalid } from '../../core/errors.ts';
import { actor, withApp } from '../cli.context.ts';
import type { Output } from '../cli.output.ts';

const PAGE = 500;

type Page = (offset: number) => Promise<CaseAttributions>;

/** Every page of the case's table. */
async function allRows(page: Page): Promise<{ first: CaseAttributions; rows: CaseAttributionRow[] }> {
  const first = await page(0);
  const rows = [...first.rows];
  while (rows.length < first.total) {
    const next = await page(rows.length);
    if (next.rows.length === 0) break;
    rows.push(...next.rows);
  }
  return { first, rows };
}

const machineText = (r: CaseAttributionRow) =>
  r.machine.variantId === 'unknown'
    ? `unknown (${r.machine.rule.replace('_', ' ')}${r.machine.best ? `; best ${r.machine.best.variantId} ${r.machine.best.score.toFixed(2)}` : ''})`
    : `${r.machine.variantId} ${r.machine.best?.score.toFixed(2) ?? ''}`;

const humanText = (r: CaseAttributionRow) =>
  r.human
    ? `${r.human.variantId} (${r.human.confidence}${r.human.decidedBy ? `, ${r.human.decidedBy}` : ''})`
    : '—';

function table(rows: CaseAttributionRow[], profilesVersion: number | null): string {
  if (rows.length === 0) return 'no items';
  const head = ['item', 'ref', 'serial', 'machine', 'human', 'in force'];
  const cells = rows.map((r) => [
    String(r.itemId),
    r.externalRef ?? '',
    r.serialNumber ?? '',
    machineText(r),
    humanText(r),
    `${r.effective.variantId}${r.effective.source === 'human' ? ' (human)' : ''}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const version =
    profilesVersion === null ? 'no variant profiles in force' : `variant profiles version ${profilesVersion}`;
  return [line(head), ...cells.map(line), `${rows.length} items; ${version}`].join('\n');
}

function show(out: Output, first: CaseAttributions, rows: CaseAttributionRow[]): number {
  out.result({ ...first, offset: 0, limit: rows.length, rows }, () => table(rows, first.profilesVersion));
  return 0;
}

export function attributeCommand(): Command {
  return new Command('attribute')
    .description("a case's items with the machine's attribution to a design variant and the human decision")
    .requiredOption('--case <id>', 'the case')
    .option('--designation <name>', 'only items of this designation (assessed or marked)')
    .action(async (o: { case: string; designation?: string }, command: Command) => {
      const caseId = Number(o.case);
      const check = () => {
        if (!Number.isInteger(caseId) || caseId < 1)
          throw Invalid.at('--case', `"${o.case}" is not a case id`);
      };
      const query = (offset: number) =>
        new URLSearchParams({
          limit: String(PAGE),
          offset: String(offset),
          ...(o.designation ? { designation: o.designation } : {}),
        });
      await withApp(
        command,
        async (app, out) => {
          check();
          const page = (offset: number) =>
            app.attribution.forCase(actor, caseId, { designation: o.designation, limit: PAGE, offset });
          const { first, rows } = await allRows(page);
          return show(out, first, rows);
        },
        async (client, out) => {
          check();
          const page = (offset: number) =>
            client.request<CaseAttributions>('GET', `/api/cases/${caseId}/attributions?${query(offset)}`);
          const { first, rows } = await allRows(page);
          return show(out, first, rows);
        },
      );
    });
}
