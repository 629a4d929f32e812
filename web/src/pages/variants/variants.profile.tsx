// One variant profile as a reviewer reads it: its name, designation and producer, the description and
// the sources it rests on, the score it needs, and its diagnostic features with their weights (also as
// a share of the profile's total, which is how much each counts in the score); and the query of the document in force.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api.client.ts';
import { featureTest, KINDS, percent, share } from '../attribution/attribution.format.ts';
import type { ProfilesInForce, VariantProfile } from '../attribution/attribution.types.ts';

/** The variant profile document in force (one cache entry for every page that reads it). */
export function useProfiles(enabled: boolean) {
  return useQuery({
    queryKey: ['/api/variants'],
    queryFn: ({ signal }) => api<ProfilesInForce>('/api/variants', { signal }),
    enabled,
  });
}

export function VariantCard({ profile: p }: { profile: VariantProfile }) {
  const headingId = `variant-${p.id}`;
  return (
    <article className="panel variant-card" aria-labelledby={headingId} data-variant={p.id}>
      <h4 id={headingId}>
        {p.name} <span className="mono muted small">{p.id}</span>
      </h4>
      <dl className="fields">
        <dt>Designation</dt>
        <dd>{p.designation}</dd>
        <dt>Producer</dt>
        <dd>{p.producer ?? <span className="muted">not stated</span>}</dd>
        <dt>Description</dt>
        <dd>{p.description}</dd>
        <dt>Sources</dt>
        <dd>
          {p.sources?.length ? (
            <ul className="variant-sources">
              {p.sources.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : (
            <span className="muted">none cited</span>
          )}
        </dd>
        <dt>Score needed</dt>
        <dd>{p.minScore !== undefined ? percent(p.minScore) : <span className="muted">the default</span>}</dd>
      </dl>
      <div className="data-table">
        <table className="compact variant-features">
          <caption>Diagnostic features of {p.name}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Label</th>
              <th scope="col">Kind</th>
              <th scope="col">What it looks for</th>
              <th scope="col">Weight</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {p.features.map((f, i) => (
              // Features have no id: their position in the profile is theirs.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={i}>
                <td>{i + 1}</td>
                <th scope="row">{f.label}</th>
                <td>{KINDS[f.kind] ?? f.kind}</td>
                <td className="feature-test">
                  {featureTest(f)}
                  {f.expect === 'absent' && <span className="tag">expected absent</span>}
                </td>
                <td>{f.weight}</td>
                <td>{percent(share(f, p.features))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}

/** The profiles grouped by designation, in the order the document lists them. */
export function byDesignation(variants: VariantProfile[]): [string, VariantProfile[]][] {
  const groups = new Map<string, VariantProfile[]>();
  for (const v of variants) groups.set(v.designation, [...(groups.get(v.designation) ?? []), v]);
  return [...groups];
}
