// Merging duplicate organizations (POST /api/organizations/:id/merge): the one merged is marked deleted,
// its name kept as an alias of the one that stays, its components and parts repointed; audited. Both
// are picked by searching, and the merge is confirmed before it is sent.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import type { Organization } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { OrganizationSearch } from '../parts/parts.org-search.tsx';

type Picked = Pick<Organization, 'id' | 'name'>;

function Chosen({ o, onClear, what }: { o: Picked; onClear(): void; what: string }) {
  return (
    <p className="filter-chip">
      {what}: <Link to={`/organizations/${o.id}`}>{o.name}</Link> <span className="muted">#{o.id}</span>{' '}
      <button type="button" className="secondary small" onClick={onClear}>
        Choose another
      </button>
    </p>
  );
}

export function MergeOrganizations({ onDone }: { onDone(message: string): void }) {
  const qc = useQueryClient();
  const [from, setFrom] = useState<Picked | null>(null);
  const [into, setInto] = useState<Picked | null>(null);
  const [confirming, setConfirming] = useState(false);
  const merge = useMutation({
    mutationFn: ({ from, into }: { from: Picked; into: Picked }) =>
      api<Organization>(`/api/organizations/${from.id}/merge`, { body: { intoId: into.id } }),
    onSuccess: async (kept, v) => {
      onDone(`${v.from.name} merged into ${kept.name}; its name is kept as an alias.`);
      setFrom(null);
      setInto(null);
      setConfirming(false);
      await qc.invalidateQueries({ queryKey: ['/api/markings/review'] });
      await qc.invalidateQueries({ queryKey: ['/api/organizations'] });
    },
  });
  return (
    <section aria-labelledby="review-merge">
      <h2 id="review-merge">Merge duplicate organizations</h2>
      <p className="muted">
        The organization merged is marked deleted; its name becomes an alias of the one kept, and its
        components and parts name the one kept. The merge is audited.
      </p>
      <div className="grid-2 merge-pickers">
        <div>
          {from ? (
            <Chosen
              o={from}
              what="Merge"
              onClear={() => {
                setFrom(null);
                setConfirming(false);
              }}
            />
          ) : (
            <OrganizationSearch
              id="merge-from"
              label="The duplicate (to be merged)"
              pickLabel="Merge"
              exclude={into?.id}
              onPick={(o) => setFrom(o)}
            />
          )}
        </div>
        <div>
          {into ? (
            <Chosen
              o={into}
              what="Into"
              onClear={() => {
                setInto(null);
                setConfirming(false);
              }}
            />
          ) : (
            <OrganizationSearch
              id="merge-into"
              label="The organization to keep"
              pickLabel="Keep"
              exclude={from?.id}
              onPick={(o) => setInto(o)}
            />
          )}
        </div>
      </div>
      {from && into && !confirming && (
        <p>
          <button type="button" onClick={() => setConfirming(true)}>
            Merge {from.name} into {into.name}…
          </button>
        </p>
      )}
      {from && into && confirming && (
        <section className="notice" aria-label="Confirm the merge">
          <p>
            {from.name} will be marked deleted and its name kept as an alias of {into.name}.
          </p>
          <button
            type="button"
            className="danger"
            disabled={merge.isPending}
            onClick={() => merge.mutate({ from, into })}
          >
            {merge.isPending ? 'Merging…' : 'Confirm the merge'}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </section>
      )}
      <ErrorBox error={merge.error} title="Not merged" />
    </section>
  );
}
