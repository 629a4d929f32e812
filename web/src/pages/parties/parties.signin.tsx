// What a visitor sees instead of shared reference data (organizations, persons): it is for signed-in
// users, so the page asks for nothing it would be refused and says how to get in.
import { Link } from 'react-router';

export function SignInNotice({ what }: { what: string }) {
  return (
    <p className="notice" data-testid="sign-in-notice">
      Sign in to see {what}: they are shared reference data for signed-in users.{' '}
      <Link to="/login">Sign in</Link>
    </p>
  );
}
