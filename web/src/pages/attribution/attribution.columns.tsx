// The columns of a case's attribution table: the item, its designations and serial, the machine's
// reading (best candidate, score, rule), the human decision, and the attribution in force.
import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import { designationOf, label } from '../../ui/ui.format.ts';
import { percent, RULES } from './attribution.format.ts';
import type { CaseAttributionRow } from './attribution.types.ts';

const col = createColumnHelper<CaseAttributionRow>();

export function attributionColumns(names: Map<string, string>) {
  const nameOf = (id: string) => (id === 'unknown' ? 'unknown' : (names.get(id) ?? id));
  return [
    col.accessor('itemId', {
      header: 'Item',
      cell: (c) => (
        <Link to={`/items/${c.getValue()}`}>
          item {c.getValue()}
          {c.row.original.externalRef && <span className="muted small"> · {c.row.original.externalRef}</span>}
        </Link>
      ),
    }),
    col.accessor(designationOf, {
      id: 'designation',
      header: 'Designation',
      cell: (c) => {
        const r = c.row.original;
        return (
          <>
            {r.designationAssessed ?? <span className="muted">not assessed</span>}
            {r.designationMarked && r.designationMarked !== r.designationAssessed && (
              <div className="muted small">marked {r.designationMarked}</div>
            )}
          </>
        );
      },
    }),
    col.accessor('serialNumber', {
      header: 'Serial',
      cell: (c) => <span className="mono">{c.getValue()}</span>,
    }),
    col.accessor((r) => r.machine.variantId, {
      id: 'machine',
      header: 'Machine',
      cell: (c) => {
        const m = c.row.original.machine;
        return (
          <div data-testid="row-machine" className={c.row.original.human ? 'overridden-cell' : undefined}>
            {nameOf(m.variantId)}
            {m.best && (
              <div className="muted small">
                {m.best.variantId === m.variantId ? 'score' : `best ${m.best.name}:`} {percent(m.best.score)},
                coverage {percent(m.best.coverage)}
              </div>
            )}
            {m.variantId === 'unknown' && <div className="muted small">{RULES[m.rule] ?? m.rule}</div>}
          </div>
        );
      },
    }),
    col.accessor((r) => r.human?.variantId ?? '', {
      id: 'human',
      header: 'Human',
      cell: (c) => {
        const h = c.row.original.human;
        if (!h) return <span className="muted">—</span>;
        return (
          <div data-testid="row-human">
            {h.variantId === 'unknown' ? 'unknown (withheld)' : (h.variantName ?? nameOf(h.variantId))}
            <div className="muted small">
              {label(h.confidence)} confidence{h.decidedBy ? `, ${h.decidedBy}` : ''}
            </div>
          </div>
        );
      },
    }),
    col.accessor((r) => r.effective.variantId, {
      id: 'effective',
      header: 'In force',
      cell: (c) => {
        const e = c.row.original.effective;
        return (
          <div data-testid="row-effective" data-variant={e.variantId} data-source={e.source}>
            <strong>{e.variantId === 'unknown' ? 'unknown' : (e.name ?? e.variantId)}</strong>
            <div className="muted small">
              {e.source === 'human' ? 'human decision' : 'machine'}
              {e.producer ? ` · ${e.producer}` : ''}
            </div>
          </div>
        );
      },
    }),
  ];
}
