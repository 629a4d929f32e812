// A maker (/makers/:orgId): the organization as a maker of parts, from the reference data and the
// registry: headquarters country, what it is now part of and the makers it absorbed, the logos and
// part-number prefixes it is recognised by, its date-code schemes, the public sources the reference
// data cites, and its parts in the catalog with how many components are of each. Signed-in users only.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { MakerInfo } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatNumber } from '../../ui/ui.format.ts';
import { Loading, PageTitle } from '../../ui/ui.status.tsx';
import { countryName, TierTag } from '../components/components.markings.tsx';
import { SignInNotice } from '../parties/parties.signin.tsx';

const none = <span className="muted">—</span>;

function Words({ list, mono }: { list: string[]; mono?: boolean }) {
  if (list.length === 0) return none;
  return (
    <>
      {list.map((w) => (
        <span key={w} className={`tag${mono ? ' mono' : ''}`}>
          {w}
        </span>
      ))}
    </>
  );
}

export default function MakerPage() {
  const orgId = Number(useParams().orgId);
  const { session } = useSession();
  const valid = Number.isInteger(orgId) && orgId > 0;
  const q = useQuery({
    queryKey: ['/api/makers', orgId],
    queryFn: ({ signal }) => api<MakerInfo>(`/api/makers/${orgId}`, { signal }),
    enabled: !!session && valid,
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });
  if (!session)
    return (
      <>
        <PageTitle title="Maker">Maker</PageTitle>
        <SignInNotice what="makers" />
      </>
    );
  if (!valid || (q.error instanceof ApiError && q.error.status === 404))
    return (
      <>
        <PageTitle title="Maker not found">Maker not found</PageTitle>
        <p>
          There is no maker {valid ? orgId : ''}. <Link to="/organizations">See the organizations</Link>.
        </p>
      </>
    );
  if (q.error) return <ErrorBox error={q.error} title="The maker could not be read" />;
  const m = q.data;
  if (!m) return <Loading what="the maker" />;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/parts">Parts</Link> ·{' '}
        <Link to={`/organizations/${m.organizationId}`}>the organization&rsquo;s record</Link>
      </p>
      <PageTitle title={m.name}>{m.name}</PageTitle>
      {m.now && (
        <p className="notice" data-testid="maker-now">
          Now part of <Link to={`/makers/${m.now.organizationId}`}>{m.now.name}</Link>.
        </p>
      )}
      <div className="grid-2">
        <section aria-labelledby="maker-what">
          <h2 id="maker-what">The maker</h2>
          <dl className="fields">
            <dt>Headquarters</dt>
            <dd data-testid="maker-country">{m.country ? countryName(m.country) : none}</dd>
            <dt>Now part of</dt>
            <dd>{m.now ? <Link to={`/makers/${m.now.organizationId}`}>{m.now.name}</Link> : none}</dd>
            <dt>Former makers now part of it</dt>
            <dd data-testid="maker-former">
              {m.formerMakers.length === 0
                ? none
                : m.formerMakers.map((f, i) => (
                    <span key={f.organizationId}>
                      {i > 0 && ', '}
                      <Link to={`/makers/${f.organizationId}`}>{f.name}</Link>
                    </span>
                  ))}
            </dd>
            <dt>Logos printed on parts</dt>
            <dd>
              <Words list={m.logos} mono />
            </dd>
            <dt>Part-number prefixes</dt>
            <dd data-testid="maker-prefixes">
              <Words list={m.prefixes} mono />
            </dd>
            <dt>Date-code schemes</dt>
            <dd>
              <Words list={m.dateSchemes} mono />
            </dd>
            <dt>Components of its parts</dt>
            <dd data-testid="maker-components">
              {formatNumber(m.components)}{' '}
              {m.components > 0 && (
                <Link to={`/components?makerOrgId=${m.organizationId}`}>(see the components)</Link>
              )}
            </dd>
            <dt>In the reference data</dt>
            <dd className="mono">
              {m.referenceKey ?? <span className="muted">not in the reference data</span>}
            </dd>
          </dl>
        </section>
        <section aria-labelledby="maker-sources">
          <h2 id="maker-sources">Sources</h2>
          {m.sources.length === 0 ? (
            <p className="muted">No source is cited for this maker.</p>
          ) : (
            <ul className="maker-sources">
              {m.sources.map((s) => (
                <li key={s.url}>
                  <a href={s.url} rel="noreferrer noopener" target="_blank">
                    {s.title}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="maker-parts">
        <h2 id="maker-parts">Parts</h2>
        {m.parts.length === 0 ? (
          <p className="muted">No part of this maker is in the catalog.</p>
        ) : (
          <>
            <p>
              <Link to={`/parts?makerOrgId=${m.organizationId}`}>
                The {formatNumber(m.parts.length)} parts in the catalog, with filters
              </Link>
            </p>
            <div className="data-table">
              <table data-testid="maker-parts">
                <caption className="visually-hidden">Parts of the maker</caption>
                <thead>
                  <tr>
                    <th scope="col">Part number</th>
                    <th scope="col">CHPL tier</th>
                    <th scope="col">Components</th>
                  </tr>
                </thead>
                <tbody>
                  {m.parts.map((p) => (
                    <tr key={p.id}>
                      <td>
                        <Link className="mono" to={`/parts/${p.id}`}>
                          {p.number}
                        </Link>
                      </td>
                      <td>
                        <TierTag tier={p.chplTier} />
                      </td>
                      <td>{formatNumber(p.components)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </>
  );
}
