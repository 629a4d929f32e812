// The frame around every page: the navigation, the global search box and who is signed in.
import { type FormEvent, Suspense, useState } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useSession } from '../api/api.session.tsx';
import { ErrorBoundary } from '../ui/ui.boundary.tsx';
import { Loading } from '../ui/ui.status.tsx';

const nav: { to: string; label: string; signedIn?: boolean }[] = [
  { to: '/', label: 'Overview' },
  { to: '/map', label: 'Map' },
  { to: '/cases', label: 'Cases' },
  { to: '/components', label: 'Components' },
  { to: '/parts', label: 'Parts', signedIn: true },
  { to: '/organizations', label: 'Organizations', signedIn: true },
  { to: '/persons', label: 'Persons', signedIn: true },
  { to: '/import', label: 'Import', signedIn: true },
  { to: '/review/markings', label: 'Review', signedIn: true },
  { to: '/screening', label: 'Screening', signedIn: true },
  { to: '/lists', label: 'Watch lists', signedIn: true },
  { to: '/variants', label: 'Variants', signedIn: true },
  { to: '/production', label: 'Production' },
];

function SearchBox() {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) navigate(`/search?q=${encodeURIComponent(q.trim())}`);
  };
  return (
    <search>
      <form onSubmit={submit} className="search-box">
        <label htmlFor="global-search" className="visually-hidden">
          Search everything
        </label>
        <input
          id="global-search"
          type="search"
          placeholder="Search makers, parts, serials…"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <button type="submit">Search</button>
      </form>
    </search>
  );
}

function Account() {
  const { session, loading, signOut } = useSession();
  const navigate = useNavigate();
  if (loading) return null;
  if (!session)
    return (
      <Link to="/login" className="button">
        Sign in
      </Link>
    );
  return (
    <div className="account">
      <Link to="/account">{session.user.displayName}</Link>
      <button
        type="button"
        onClick={async () => {
          await signOut();
          navigate('/');
        }}
      >
        Sign out
      </button>
    </div>
  );
}

export function Layout() {
  const { session, loading } = useSession();
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="top">
        <Link to="/" className="brand">
          Teardown
        </Link>
        <nav aria-label="Main">
          {nav
            .filter((n) => !n.signedIn || session)
            .map((n) => (
              <NavLink key={n.to} to={n.to} end={n.to === '/'}>
                {n.label}
              </NavLink>
            ))}
        </nav>
        <SearchBox />
        <Account />
      </header>
      <main id="main">
        <ErrorBoundary>
          {/* Pages decide what to show by who is signed in: until that is known they would show the
              published form and then swap it for the member's, losing what was opened meanwhile. */}
          {loading ? (
            <Loading />
          ) : (
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          )}
        </ErrorBoundary>
      </main>
      <footer className="bottom">
        Teardown · <a href="/api/docs">API documentation</a>
      </footer>
    </>
  );
}
