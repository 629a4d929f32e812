// One organization of the shared reference data, and where it appears as the maker of components; a
// maker links to its maker page (parts, prefixes, acquisitions, sources); its sanctions screening.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import type { Organization } from '../../api/api.types.ts';
import { Appearances } from './parties.appearances.tsx';
import { PartyDetail } from './parties.detail.tsx';
import { partyKinds } from './parties.kinds.ts';
import { ScreeningStatus } from './parties.screening.tsx';

/** The organization is already read by the detail above (same query): no second request. */
function MakerPageLink({ orgId }: { orgId: number }) {
  const k = partyKinds.organization;
  const q = useQuery({
    queryKey: [k.api, orgId],
    queryFn: ({ signal }) => api<Organization>(`${k.api}/${orgId}`, { signal }),
  });
  if (!q.data?.roles.includes('maker')) return null;
  return (
    <p className="maker-link" data-testid="maker-page-link">
      <Link to={`/makers/${orgId}`}>{q.data.name} as a maker: its parts, prefixes and acquisitions</Link>
    </p>
  );
}

export default function OrganizationPage() {
  return (
    <PartyDetail kind="organization">
      {(id) => (
        <>
          <MakerPageLink orgId={id} />
          <ScreeningStatus kind="organization" id={id} />
          <Appearances orgId={id} />
        </>
      )}
    </PartyDetail>
  );
}
