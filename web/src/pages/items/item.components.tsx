// The nested components of an item (module → board → chip) as an expandable table: each marking as
// transcribed (monospace, line breaks kept) beside the fields parsed from it and who read each
// (machine or human, and how sure). A row opens in place to edit the component and read its history.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { Component, Page, ParsedField } from '../../api/api.types.ts';
import { AuditHistory } from '../../ui/ui.audit.tsx';
import { EditableFields } from '../../ui/ui.edit.tsx';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatNumber, label } from '../../ui/ui.format.ts';
import { Loading } from '../../ui/ui.status.tsx';
import { countryName, FlagList, FlagTags, percent } from '../components/components.markings.tsx';
import { LiveReading, recoveryDay } from '../components/components.reading.tsx';
import { componentFields, originOf, PARSED } from './item.fields.tsx';
import { componentTree } from './item.tree.ts';

const PAGE = 500;

/** Every component of the item, page by page (an item has tens to a few hundred). */
async function allComponents(itemId: number, signal: AbortSignal): Promise<Component[]> {
  const rows: Component[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const p = await api<Page<Component>>('/api/components', {
      query: { itemId, limit: PAGE, offset },
      signal,
    });
    rows.push(...p.rows);
    if (p.rows.length < PAGE || rows.length >= p.total) return rows;
  }
}

const COLUMNS = 12;

export function ItemComponents({
  itemId,
  canEdit,
  full,
  recoveredAt,
}: {
  itemId: number;
  canEdit: boolean;
  full: boolean;
  /** The item's recovery date: no part in it was made later (sent with the live reading). */
  recoveredAt?: string | null;
}) {
  const qc = useQueryClient();
  const { session } = useSession();
  const signedIn = session !== null;
  const recovered = recoveryDay(recoveredAt);
  const key = ['/api/components', { itemId, all: true }];
  const q = useQuery({ queryKey: key, queryFn: ({ signal }) => allComponents(itemId, signal) });
  const tree = useMemo(() => componentTree(q.data ?? []), [q.data]);
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set());
  const [selected, setSelected] = useState<number | null>(null);
  const fields = useMemo(() => componentFields(!full), [full]);
  const toggle = (id: number) =>
    setCollapsed((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const shown = tree.filter((n) => !n.ancestors.some((a) => collapsed.has(a)));
  const parents = tree.filter((n) => n.childCount > 0).map((n) => n.row.id);

  return (
    <section aria-labelledby="item-components">
      <h2 id="item-components">Components</h2>
      {q.isPending && <Loading what="components" />}
      <ErrorBox error={q.error} />
      {q.data && q.data.length === 0 && <p className="muted">No components recorded.</p>}
      {q.data && q.data.length > 0 && (
        <>
          <p className="tree-actions">
            <span className="muted">{formatNumber(q.data.length)} components. </span>
            <button type="button" className="secondary" onClick={() => setCollapsed(new Set())}>
              Expand all
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setCollapsed(new Set(parents))}>
              Collapse all
            </button>
          </p>
          <div className="data-table">
            <table className="component-tree">
              <caption className="visually-hidden">
                Components of the item, nested module → board → part
              </caption>
              <thead>
                <tr>
                  <th scope="col">Position</th>
                  <th scope="col">Subsystem</th>
                  <th scope="col">Category</th>
                  <th scope="col">Marking as transcribed</th>
                  {PARSED.map((p) => (
                    <th key={p.key} scope="col">
                      {p.label}
                    </th>
                  ))}
                  <th scope="col">Qty</th>
                  <th scope="col">
                    <span className="visually-hidden">Details</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map(({ row: c, depth, childCount }) => {
                  const open = !collapsed.has(c.id);
                  const name = c.position ?? c.category ?? `component ${c.id}`;
                  return (
                    <Fragment key={c.id}>
                      <tr
                        data-component-id={c.id}
                        data-parent-id={c.parentId ?? ''}
                        data-depth={depth}
                        className={selected === c.id ? 'selected' : undefined}
                      >
                        <td>
                          <span className="tree-cell" style={{ paddingLeft: `${depth * 1.3}rem` }}>
                            {childCount > 0 ? (
                              <button
                                type="button"
                                className="tree-toggle"
                                aria-expanded={open}
                                aria-label={`${open ? 'Collapse' : 'Expand'} ${name} (${childCount} inside)`}
                                onClick={() => toggle(c.id)}
                              >
                                <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                              </button>
                            ) : (
                              <span className="tree-leaf" aria-hidden="true" />
                            )}
                            <span>
                              {c.position ?? <span className="muted">—</span>}
                              {depth > 0 && <span className="visually-hidden"> (level {depth + 1})</span>}
                            </span>
                          </span>
                        </td>
                        <td>{label(c.subsystem)}</td>
                        <td>{c.category}</td>
                        <td>
                          <span className="mono pre marking">{c.markingRaw}</span>
                          {c.markingFlags?.length > 0 && (
                            <span className="flag-tags">
                              <FlagTags flags={c.markingFlags} />
                            </span>
                          )}
                        </td>
                        {PARSED.map((p) => (
                          <td key={p.key}>
                            {c[p.key] && (
                              <>
                                <ParsedValue c={c} field={p.key} signedIn={signedIn} />
                                <span className="origin" data-origin={c.fieldOrigins?.[p.key]?.origin}>
                                  {originOf(c, p.key)}
                                </span>
                              </>
                            )}
                          </td>
                        ))}
                        <td>{c.quantity}</td>
                        <td>
                          <button
                            type="button"
                            className="secondary small"
                            aria-expanded={selected === c.id}
                            aria-label={`Details of component ${c.id} (${name})`}
                            onClick={() => setSelected(selected === c.id ? null : c.id)}
                          >
                            Details
                          </button>
                        </td>
                      </tr>
                      {selected === c.id && (
                        <tr className="component-detail">
                          <td colSpan={COLUMNS}>
                            <h3>
                              Component {c.id}: {name}
                            </h3>
                            <StoredReading c={c} signedIn={signedIn} />
                            <EditableFields
                              record={c}
                              fields={fields}
                              path={`/api/components/${c.id}`}
                              canEdit={canEdit}
                              extra={
                                signedIn
                                  ? (v) => <LiveReading text={v.markingRaw ?? ''} recovered={recovered} />
                                  : undefined
                              }
                              what="component"
                              onSaved={(saved) => {
                                qc.setQueryData<Component[]>(key, (rows) =>
                                  rows?.map((r) => (r.id === saved.id ? saved : r)),
                                );
                                void qc.invalidateQueries({ queryKey: ['/api/components'] });
                              }}
                            />
                            {full && (
                              <AuditHistory
                                entityType="component"
                                entityId={c.id}
                                title={`History of component ${c.id}`}
                                level={3}
                              />
                            )}
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** A parsed field in the table: the part number links to its catalog part and the maker to its maker
 * page (both shared reference data, for signed-in readers); an ambiguous date code says so. */
function ParsedValue({ c, field, signedIn }: { c: Component; field: ParsedField; signedIn: boolean }) {
  const v = c[field];
  if (field === 'maker')
    return c.makerOrgId && signedIn ? <Link to={`/makers/${c.makerOrgId}`}>{v}</Link> : <span>{v}</span>;
  if (field === 'partNumber' && c.partId && signedIn)
    return (
      <Link className="mono" to={`/parts/${c.partId}`}>
        {v}
      </Link>
    );
  if (field === 'countryOfAssembly') return <span title={countryName(v)}>{v}</span>;
  if (field === 'dateCode' && c.dateAmbiguous)
    return (
      <>
        <span className="mono">{v}</span> <span className="tag flag-tag flag-date-ambiguous">ambiguous</span>
      </>
    );
  return <span className="mono">{v}</span>;
}

/** What the machine made of the stored marking: its overall confidence, the days its date code can
 * mean, the catalog part, and its warnings. */
function StoredReading({ c, signedIn }: { c: Component; signedIn: boolean }) {
  if (c.markingConfidence == null && !c.markingFlags?.length && !c.dateEarliest && !c.partId) return null;
  return (
    <div className="stored-reading">
      <dl className="fields">
        {c.markingConfidence != null && (
          <>
            <dt>Machine&rsquo;s confidence in the reading</dt>
            <dd>{percent(c.markingConfidence)}</dd>
          </>
        )}
        {c.dateEarliest && (
          <>
            <dt>Date code means</dt>
            <dd>
              {c.dateEarliest} – {c.dateLatest}
              {c.dateAmbiguous && <strong> (ambiguous: more than one decade is possible)</strong>}
            </dd>
          </>
        )}
        {c.partId && signedIn && (
          <>
            <dt>Catalog part</dt>
            <dd>
              <Link to={`/parts/${c.partId}`}>{c.partNumber ?? `part ${c.partId}`}</Link>
            </dd>
          </>
        )}
      </dl>
      <FlagList flags={c.markingFlags ?? []} />
    </div>
  );
}
