// The variant profiles (/variants, /variants?version=N): the document in force (or an older version),
// per designation each variant with its producer, description, sources and weighted diagnostic
// features; every version with who saved it and when; and for analysts and administrators the editor
// of the document. Shared reference data: signed-in users read it.
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatDate, formatNumber } from '../../ui/ui.format.ts';
import { DemoBadge, Loading, PageTitle } from '../../ui/ui.status.tsx';
import { isSynthetic } from '../attribution/attribution.format.ts';
import type { ProfilesInForce, ProfilesVersion } from '../attribution/attribution.types.ts';
import { SignInNotice } from '../parties/parties.signin.tsx';
import { ProfileEditor } from './variants.editor.tsx';
import { byDesignation, useProfiles, VariantCard } from './variants.profile.tsx';
import { VariantVersions } from './variants.versions.tsx';
import './variants.css';

export default function VariantsPage() {
  const { session } = useSession();
  const [params] = useSearchParams();
  const asked = Number(params.get('version')) || null;
  const inForce = useProfiles(!!session);
  const versions = useQuery({
    queryKey: ['/api/variants', 'versions'],
    queryFn: ({ signal }) => api<{ rows: ProfilesVersion[] }>('/api/variants/versions', { signal }),
    enabled: !!session,
  });
  const current = inForce.data?.version?.version ?? null;
  const older = asked !== null && asked !== current ? asked : null;
  const old = useQuery({
    queryKey: ['/api/variants', 'version', older],
    queryFn: ({ signal }) => api<ProfilesInForce>(`/api/variants/versions/${older}`, { signal }),
    enabled: !!session && older !== null,
  });
  if (!session)
    return (
      <>
        <PageTitle title="Variant profiles">Variant profiles</PageTitle>
        <SignInNotice what="the variant profiles" />
      </>
    );
  const role = session.user.instanceRole;
  const canEdit = role === 'analyst' || role === 'admin';
  const error = inForce.error ?? versions.error ?? old.error;
  if (error)
    return (
      <>
        <PageTitle title="Variant profiles">Variant profiles</PageTitle>
        <ErrorBox error={error} title="The variant profiles could not be read" />
        {older !== null && <Link to="/variants">See the profiles in force</Link>}
      </>
    );
  const shown = older !== null ? old.data : inForce.data;
  if (!shown || !versions.data) return <Loading what="the variant profiles" />;
  const label = shown.document?.label ?? shown.version?.label ?? null;
  return (
    <>
      <PageTitle title="Variant profiles" actions={isSynthetic(label) ? <DemoBadge /> : undefined}>
        Variant profiles
      </PageTitle>
      <p className="muted">
        Each profile describes one known design variant of a designation by weighted diagnostic features;
        attribution scores every item against them and explains the score. Profiles name a variant and its
        producer, nothing more.
      </p>
      <section aria-labelledby="variants-shown">
        <h2 id="variants-shown">
          {shown.version
            ? older !== null
              ? `Version ${shown.version.version} (not in force)`
              : `In force: version ${shown.version.version}`
            : 'No profiles yet'}
        </h2>
        {shown.version ? (
          <p data-testid="variants-version">
            Version {shown.version.version}, saved by {shown.version.savedBy} on{' '}
            {formatDate(shown.version.savedAt)}: {formatNumber(shown.version.variants)} variant
            {shown.version.variants === 1 ? '' : 's'}
            {label && (
              <>
                {' '}
                · label <q>{label}</q>
              </>
            )}
            .
          </p>
        ) : (
          <p className="notice">
            No variant profile document has been saved: every item's attribution reads “unknown”.
            {canEdit ? ' Write the first one below.' : ' An analyst writes the first one.'}
          </p>
        )}
        {older !== null && (
          <p className="notice" data-testid="older-version-note">
            You are reading an older version; attribution uses version {current ?? '—'}.{' '}
            <Link to="/variants">See the profiles in force</Link>.
          </p>
        )}
        {byDesignation(shown.document?.variants ?? []).map(([designation, variants]) => (
          <section
            key={designation}
            aria-labelledby={`designation-${designation}`}
            className="variant-designation"
          >
            <h3 id={`designation-${designation}`} className="designation-heading">
              {designation}{' '}
              <span className="muted small">
                ({variants.length} variant{variants.length === 1 ? '' : 's'})
              </span>
            </h3>
            <div className="variant-cards">
              {variants.map((v) => (
                <VariantCard key={v.id} profile={v} />
              ))}
            </div>
          </section>
        ))}
        {shown.text && !canEdit && (
          <details className="profile-text">
            <summary>The document as saved ({shown.version?.format.toUpperCase()})</summary>
            <pre className="mono">{shown.text}</pre>
          </details>
        )}
      </section>
      <section aria-labelledby="variants-versions">
        <h2 id="variants-versions">Versions</h2>
        <VariantVersions
          versions={versions.data.rows}
          inForce={current}
          shown={shown.version?.version ?? null}
        />
      </section>
      {canEdit ? (
        <section aria-labelledby="variants-edit">
          <h2 id="variants-edit">Edit the document</h2>
          <p className="muted">
            The whole document, in YAML or JSON: a list of <code>variants</code>, each with an <code>id</code>
            , <code>name</code>, <code>designation</code>, optional <code>producer</code>,{' '}
            <code>description</code>, <code>sources</code> and <code>minScore</code>, and its{' '}
            <code>features</code> (kind, weight, label, expect). Saving makes a new version in force; a
            document with mistakes is refused as a whole and nothing changes.
          </p>
          <ProfileEditor text={inForce.data?.text ?? ''} inForce={current} />
        </section>
      ) : (
        <p className="muted" data-testid="variants-read-only">
          You read the profiles; analysts and administrators edit them.
        </p>
      )}
    </>
  );
}
