// One organization of the shared reference data, and where it appears as the maker of components.

import { Appearances } from './parties.appearances.tsx';
import { PartyDetail } from './parties.detail.tsx';

export default function OrganizationPage() {
  return <PartyDetail kind="organization">{(id) => <Appearances orgId={id} />}</PartyDetail>;
}
