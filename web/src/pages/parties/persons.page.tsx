// The persons of the shared reference data: signed-in users only.
import { PartyList } from './parties.list.tsx';

export default function PersonsPage() {
  return <PartyList kind="person" />;
}
