// Editing an organization or a person (analysts and administrators): names, aliases, countries, roles,
// notes. The server validates; each problem it names is shown at its field, and the rest above the form.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/api.client.ts';
import type { Organization, Party, Person } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { label } from '../../ui/ui.format.ts';
import { PARTY_ROLES, type PartyKind, partyKinds } from './parties.kinds.ts';

type Editable = Party & Partial<Organization> & Partial<Person>;
const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

/** `body.aliases.2`, `aliases[2]` → `aliases`: the form field a server problem is about. */
const fieldOf = (path: string | undefined) => (path ?? '').replace(/^body\./, '').split(/[.[]/)[0];

export function PartyEditForm({ kind, party, onDone }: { kind: PartyKind; party: Editable; onDone(): void }) {
  const qc = useQueryClient();
  const k = partyKinds[kind];
  const [name, setName] = useState(party.name);
  const [aliases, setAliases] = useState(party.aliases.join('\n'));
  const [formerNames, setFormerNames] = useState((party.formerNames ?? []).join('\n'));
  const [countries, setCountries] = useState(party.countries.join(', '));
  const [roles, setRoles] = useState<string[]>(party.roles);
  const [notes, setNotes] = useState(party.notes ?? '');
  const save = useMutation({
    mutationFn: () =>
      api<Editable>(`${k.api}/${party.id}`, {
        method: 'PATCH',
        body: {
          name: name.trim(),
          aliases: lines(aliases),
          ...(kind === 'organization' ? { formerNames: lines(formerNames) } : {}),
          countries: countries
            .split(/[\s,;]+/)
            .map((c) => c.trim().toUpperCase())
            .filter(Boolean),
          roles,
          notes: notes.trim() || null,
        },
      }),
    onSuccess: async (saved) => {
      qc.setQueryData([k.api, party.id], saved);
      await qc.invalidateQueries({
        predicate: (q) =>
          q.queryKey.some((x) => typeof x === 'string' && (x.includes('audit') || x === k.api)),
      });
      onDone();
    },
  });
  const problems = save.error instanceof ApiError ? save.error.problems : [];
  const errorAt = (field: string) =>
    problems
      .filter((p) => fieldOf(p.path) === field)
      .map((p) => p.message)
      .join('; ');
  const fieldProps = (field: string) => {
    const e = errorAt(field);
    return e ? { 'aria-invalid': true as const, 'aria-describedby': `err-${field}` } : {};
  };
  const err = (field: string) => {
    const e = errorAt(field);
    return e ? (
      <span id={`err-${field}`} className="field-error">
        {e}
      </span>
    ) : null;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="form panel party-edit" onSubmit={submit} aria-label={`Edit this ${k.one}`}>
      <ErrorBox error={save.error} title="Not saved" />
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} required {...fieldProps('name')} />
        {err('name')}
      </label>
      <label>
        Aliases, one a line
        <textarea
          rows={4}
          value={aliases}
          onChange={(e) => setAliases(e.target.value)}
          {...fieldProps('aliases')}
        />
        {err('aliases')}
      </label>
      {kind === 'organization' && (
        <label>
          Former names, one a line
          <textarea
            rows={2}
            value={formerNames}
            onChange={(e) => setFormerNames(e.target.value)}
            {...fieldProps('formerNames')}
          />
          {err('formerNames')}
        </label>
      )}
      <label>
        Countries (ISO codes such as DE, CN)
        <input
          value={countries}
          onChange={(e) => setCountries(e.target.value)}
          {...fieldProps('countries')}
        />
        {err('countries')}
      </label>
      <fieldset className="roles">
        <legend>Roles</legend>
        {PARTY_ROLES.map((r) => (
          <label key={r} className="check">
            <input
              type="checkbox"
              checked={roles.includes(r)}
              onChange={(e) => setRoles(e.target.checked ? [...roles, r] : roles.filter((x) => x !== r))}
            />
            {label(r)}
          </label>
        ))}
        {err('roles')}
      </fieldset>
      <label>
        Notes
        <textarea
          rows={3}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          {...fieldProps('notes')}
        />
        {err('notes')}
      </label>
      <div className="actions-row">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
