// A case's attributions (/cases/:id/attributions): its items with the machine's reading, the human
// decision and the attribution in force of each, paged by the server and filtered by designation
// (assessed or marked; the address keeps both). Members read the case in full; visitors and
// non-members a published case in its published form, without who decided or why.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { Case } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { DemoBadge, PageTitle } from '../../ui/ui.status.tsx';
import { DataTable, useServerTable } from '../../ui/ui.table.tsx';
import { attributionColumns } from './attribution.columns.tsx';
import type { CaseAttributionRow, CaseAttributions } from './attribution.types.ts';
import '../variants/variants.css';

export default function CaseAttributionsPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const { roleIn } = useSession();
  const [params, setParams] = useSearchParams();
  const designation = params.get('designation') ?? '';
  const kase = useQuery({
    queryKey: ['case', id],
    queryFn: () => api<Case>(`/api/cases/${id}`),
    enabled: valid,
    retry: false,
  });
  const table = useServerTable<CaseAttributionRow>(
    `/api/cases/${id}/attributions`,
    { designation: designation || undefined },
    { limit: 25, enabled: valid && kase.isSuccess },
  );
  const page = table.page as CaseAttributions | undefined;
  const variants = page?.variants;
  const columns = useMemo(
    () => attributionColumns(new Map((variants ?? []).map((v) => [v.variantId, v.name]))),
    [variants],
  );
  const designations = [...new Set((variants ?? []).map((v) => v.designation))].sort();
  const setDesignation = (v: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (v) next.set('designation', v);
        else next.delete('designation');
        next.delete('offset');
        return next;
      },
      { replace: true },
    );
  if (!valid || kase.error)
    return (
      <>
        <PageTitle title="Case not found">Case not found</PageTitle>
        <ErrorBox error={kase.error ?? new Error('This is not a case number.')} />
      </>
    );
  const title = kase.data?.title ?? `case ${id}`;
  const member = roleIn(id) !== null;
  return (
    <>
      <PageTitle title={`Attributions · ${title}`} actions={kase.data?.isDemo ? <DemoBadge /> : undefined}>
        Attributions of the items
      </PageTitle>
      <p className="item-sub">
        In <Link to={`/cases/${id}`}>{title}</Link>
        {page && page.profilesVersion !== null && (
          <> · against the variant profiles version {page.profilesVersion}</>
        )}
        {page && page.profilesVersion === null && <> · no variant profiles are in force</>}
      </p>
      {!member && (
        <p className="notice" data-testid="published-form-note">
          You are reading the published form: a human decision shows its variant and confidence, not who made
          it or on what basis.
        </p>
      )}
      <search className="filters" aria-label="Filter the attributions">
        <label>
          Designation (assessed or marked)
          <input
            type="search"
            list="attribution-designations"
            value={designation}
            onChange={(e) => setDesignation(e.target.value)}
          />
        </label>
        <datalist id="attribution-designations">
          {designations.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
        {designations.length > 0 && (
          <span className="muted small">
            With profiles:{' '}
            {designations.map((d) => (
              <button key={d} type="button" className="secondary small" onClick={() => setDesignation(d)}>
                {d}
              </button>
            ))}
          </span>
        )}
      </search>
      <DataTable
        table={table}
        columns={columns}
        caption="Attributions of the case's items"
        empty={designation ? `No item of designation “${designation}”.` : 'This case has no items.'}
      />
    </>
  );
}
