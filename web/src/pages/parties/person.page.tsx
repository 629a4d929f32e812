// One person of the shared reference data.
import { PartyDetail } from './parties.detail.tsx';

export default function PersonPage() {
  return <PartyDetail kind="person" />;
}
