// An address the app has no page for.
import { Link } from 'react-router';
import { PageTitle } from '../ui/ui.status.tsx';

export function NotFoundPage() {
  return (
    <>
      <PageTitle title="Not found">No such page</PageTitle>
      <p>
        There is no page at this address. <Link to="/">Go to the overview</Link>.
      </p>
    </>
  );
}
