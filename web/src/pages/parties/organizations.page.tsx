// The organizations of the shared reference data (makers, distributors, …): signed-in users only.
import { PartyList } from './parties.list.tsx';

export default function OrganizationsPage() {
  return <PartyList kind="organization" />;
}
