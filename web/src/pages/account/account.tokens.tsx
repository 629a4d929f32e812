// The user's API tokens for scripts and the CLI: the list, a new token (its secret shown once, in
// this answer only, with a copy button) and revocation.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/api.client.ts';
import type { CaseRole } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatDate } from '../../ui/ui.format.ts';
import { Loading } from '../../ui/ui.status.tsx';
import { FieldError, invalidProps, unlessAtFields } from '../cases/case.fields.tsx';

interface ApiToken {
  id: number;
  userId: number;
  name: string;
  prefix: string;
  scope: 'read' | 'write';
  caseId: number | null;
  expiresAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

interface Props {
  memberships: { caseId: number; role: CaseRole }[];
  title(caseId: number): string;
}

const stateOf = (t: ApiToken) =>
  t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt < new Date().toISOString() ? 'expired' : 'active';

export function AccountTokens({ memberships, title }: Props) {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['tokens'], queryFn: () => api<{ tokens: ApiToken[] }>('/api/tokens') });
  const [created, setCreated] = useState<{ token: ApiToken; secret: string } | null>(null);
  const revoke = useMutation({
    mutationFn: (t: ApiToken) => api<ApiToken>(`/api/tokens/${t.id}`, { method: 'DELETE' }),
    onSuccess: (t) => {
      if (created?.token.id === t.id) setCreated(null);
      return qc.invalidateQueries({ queryKey: ['tokens'] });
    },
  });
  const tokens = q.data?.tokens ?? [];
  return (
    <section aria-labelledby="tokens-h">
      <h2 id="tokens-h">API tokens</h2>
      <p className="muted">
        Tokens let scripts and the command line act as you. Send one as <code>Authorization: Bearer …</code>.
      </p>
      {created && (
        <NewSecret name={created.token.name} secret={created.secret} onDone={() => setCreated(null)} />
      )}
      <ErrorBox error={q.error ?? revoke.error} />
      {q.isPending ? (
        <Loading what="tokens" />
      ) : tokens.length === 0 ? (
        <p className="muted">You have no API tokens.</p>
      ) : (
        <table className="tokens">
          <caption className="visually-hidden">Your API tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts with</th>
              <th scope="col">Scope</th>
              <th scope="col">Case</th>
              <th scope="col">Expires</th>
              <th scope="col">State</th>
              <th scope="col">Revoke</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} data-token={t.name}>
                <td>{t.name}</td>
                <td className="mono">{t.prefix}</td>
                <td>{t.scope}</td>
                <td>{t.caseId === null ? 'all your cases' : title(t.caseId)}</td>
                <td>{formatDate(t.expiresAt?.slice(0, 10))}</td>
                <td>{stateOf(t)}</td>
                <td>
                  {stateOf(t) === 'active' && (
                    <button
                      type="button"
                      className="danger"
                      aria-label={`Revoke ${t.name}`}
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate(t)}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NewToken
        memberships={memberships}
        title={title}
        onCreated={async (c) => {
          setCreated(c);
          await qc.invalidateQueries({ queryKey: ['tokens'] });
        }}
      />
    </section>
  );
}

function NewSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="notice token-secret" role="status">
      <p>
        <strong>The secret of “{name}” is shown this once.</strong> Copy it now and keep it safe: it cannot be
        shown again. Anyone who has it acts as you.
      </p>
      <label htmlFor="token-secret">
        Token secret
        <input
          id="token-secret"
          className="mono"
          readOnly
          value={secret}
          size={Math.min(70, secret.length + 2)}
          onFocus={(e) => e.target.select()}
        />
      </label>
      <div className="buttons">
        <button type="button" onClick={copy}>
          Copy
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          I have kept it
        </button>
        {copied === 'yes' && <span>Copied.</span>}
        {copied === 'failed' && <span>Copying failed: select the text and copy it.</span>}
      </div>
    </div>
  );
}

function NewToken({
  memberships,
  title,
  onCreated,
}: Props & { onCreated: (c: { token: ApiToken; secret: string }) => Promise<void> }) {
  const [name, setName] = useState('');
  const [scope, setScope] = useState<'read' | 'write'>('read');
  const [caseId, setCaseId] = useState('');
  const [days, setDays] = useState('90');
  const create = useMutation({
    mutationFn: () =>
      api<{ token: ApiToken; secret: string }>('/api/tokens', {
        body: { name, scope, caseId: caseId ? Number(caseId) : null, expiresInDays: Number(days) },
      }),
    onSuccess: async (c) => {
      setName('');
      await onCreated(c);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const err = create.error;
  return (
    <form onSubmit={submit} className="filters new-token" aria-label="Create an API token">
      <label htmlFor="token-name">
        Token name
        <input
          id="token-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          {...invalidProps(err, 'name', 'token-name')}
        />
        <FieldError error={err} field="name" id="token-name" />
      </label>
      <label htmlFor="token-scope">
        Scope
        <select id="token-scope" value={scope} onChange={(e) => setScope(e.target.value as 'read' | 'write')}>
          <option value="read">read</option>
          <option value="write">write</option>
        </select>
      </label>
      <label htmlFor="token-case">
        Case
        <select
          id="token-case"
          value={caseId}
          onChange={(e) => setCaseId(e.target.value)}
          {...invalidProps(err, 'caseId', 'token-case')}
        >
          <option value="">all your cases</option>
          {memberships.map((m) => (
            <option key={m.caseId} value={m.caseId}>
              {title(m.caseId)}
            </option>
          ))}
        </select>
        <FieldError error={err} field="caseId" id="token-case" />
      </label>
      <label htmlFor="token-days">
        Days valid
        <input
          id="token-days"
          type="number"
          min={1}
          max={366}
          value={days}
          onChange={(e) => setDays(e.target.value)}
          {...invalidProps(err, 'expiresInDays', 'token-days')}
        />
        <FieldError error={err} field="expiresInDays" id="token-days" />
      </label>
      <button type="submit" disabled={create.isPending || !name.trim()}>
        Create token
      </button>
      <ErrorBox error={unlessAtFields(err, ['name', 'caseId', 'expiresInDays'])} />
    </form>
  );
}
