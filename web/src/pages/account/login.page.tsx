// Sign in; a user whose password was set by an administrator (a one-time password) chooses their own
// before anything else.
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { PageTitle } from '../../ui/ui.status.tsx';

export default function LoginPage() {
  const { signIn, session } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next')?.startsWith('/') ? params.get('next')! : '/';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const mustChange = session?.user.mustChangePassword ?? false;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const s = await signIn(username, password);
      if (!s.user.mustChangePassword) navigate(next);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const change = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('/api/account/password', { body: { currentPassword: password, newPassword } });
      // The change ends every session; sign in again with the new password.
      await signIn(session!.user.username, newPassword);
      navigate(next);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (mustChange)
    return (
      <section className="narrow">
        <PageTitle title="Choose a password">Choose your password</PageTitle>
        <p>The password you signed in with was set for you and works once. Choose your own.</p>
        <form onSubmit={change} className="form">
          <label>
            Current password
            <input
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          </label>
          <label>
            New password (at least 12 characters)
            <input
              type="password"
              autoComplete="new-password"
              value={newPassword}
              onChange={(e) => setNewPassword(e.target.value)}
              required
              minLength={12}
            />
          </label>
          <ErrorBox error={error} />
          <button type="submit" disabled={busy}>
            Set password
          </button>
        </form>
      </section>
    );

  return (
    <section className="narrow">
      <PageTitle title="Sign in">Sign in</PageTitle>
      <p>Without signing in you see the published cases, in their published form.</p>
      <form onSubmit={submit} className="form">
        <label>
          User name
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        <ErrorBox error={error} />
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
    </section>
  );
}
