// Small shared pieces: a loading line, the "synthetic demo data" label, a page heading that also sets
// the window title.
import { type ReactNode, useEffect } from 'react';

export function Loading({ what }: { what?: string }) {
  return (
    <p className="loading" aria-live="polite">
      Loading{what ? ` ${what}` : ''}…
    </p>
  );
}

export function DemoBadge() {
  return (
    <span className="demo-badge" title="Generated for the demonstration; not real evidence">
      synthetic demo data
    </span>
  );
}

export function PageTitle({
  children,
  title,
  actions,
}: {
  children: ReactNode;
  title: string;
  actions?: ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} · Teardown`;
  }, [title]);
  return (
    <div className="page-title">
      <h1>{children}</h1>
      {actions && <div className="actions">{actions}</div>}
    </div>
  );
}
