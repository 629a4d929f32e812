// One person of the shared reference data, with its sanctions screening.
import { PartyDetail } from './parties.detail.tsx';
import { ScreeningStatus } from './parties.screening.tsx';

export default function PersonPage() {
  return <PartyDetail kind="person">{(id) => <ScreeningStatus kind="person" id={id} />}</PartyDetail>;
}
