// A case editor's attribution of an item: a variant of the profiles in force (or "unknown"), the basis
// and the confidence. It replaces the decision in force, which the server keeps marked deleted; the
// decision can also be withdrawn, putting the machine's reading back in force.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, api } from '../../api/api.client.ts';
import { problemPath } from '../../ui/ui.edit.tsx';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { label } from '../../ui/ui.format.ts';
import { type Confidence, confidences, type ItemAttribution } from '../attribution/attribution.types.ts';
import { byDesignation, useProfiles } from '../variants/variants.profile.tsx';

// The construction tags' editor reads the profiles through this module too.
export { useProfiles };

export function DecisionForm({
  attribution: a,
  onSaved,
}: {
  attribution: ItemAttribution;
  onSaved(a: ItemAttribution): void;
}) {
  const qc = useQueryClient();
  const id = useId();
  const profiles = useProfiles(true);
  const initialVariant = a.human?.variantId ?? a.machine.best?.variantId ?? 'unknown';
  const [variantId, setVariantId] = useState(initialVariant);
  const [basis, setBasis] = useState('');
  const [confidence, setConfidence] = useState<Confidence>(a.human?.confidence ?? 'medium');
  const done = async (saved: ItemAttribution) => {
    onSaved(saved);
    setBasis('');
    await Promise.all([
      qc.invalidateQueries({ queryKey: ['audit'] }),
      qc.invalidateQueries({ queryKey: [`/api/cases/${a.caseId}/attributions`] }),
    ]);
  };
  const decide = useMutation({
    mutationFn: (body: { variantId: string; basis: string; confidence: Confidence }) =>
      api<ItemAttribution>(`/api/items/${a.itemId}/attribution`, { method: 'PUT', body }),
    onSuccess: done,
  });
  const withdraw = useMutation({
    mutationFn: () => api<ItemAttribution>(`/api/items/${a.itemId}/attribution`, { method: 'DELETE' }),
    onSuccess: done,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    withdraw.reset();
    decide.mutate({ variantId, basis, confidence });
  };
  const problems = decide.error instanceof ApiError ? decide.error.problems : [];
  const badAt = (field: string) => (problems.some((p) => problemPath(p) === field) ? true : undefined);
  const variants = profiles.data?.document?.variants ?? [];
  const busy = decide.isPending || withdraw.isPending;
  return (
    <form
      className="decision-form panel"
      aria-label="Record a human attribution"
      onSubmit={submit}
      noValidate
    >
      <h3>Record a decision</h3>
      <p className="muted small">
        Your decision overrides the machine's reading and is kept in the audit log with the reading it
        overrides. A new decision replaces the one in force.
      </p>
      <ErrorBox error={decide.error ?? withdraw.error} title="Not saved" />
      <label htmlFor={`${id}-variant`}>
        Variant
        <select
          id={`${id}-variant`}
          value={variantId}
          aria-invalid={badAt('variantId')}
          onChange={(e) => setVariantId(e.currentTarget.value)}
        >
          <option value="unknown">unknown (withhold a variant)</option>
          {/* A decided variant the profiles no longer hold stays a choice, so the form changes nothing by itself. */}
          {variantId !== 'unknown' && !variants.some((v) => v.id === variantId) && (
            <option value={variantId}>{variantId}</option>
          )}
          {byDesignation(variants).map(([designation, vs]) => (
            <optgroup key={designation} label={designation}>
              {vs.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                  {v.producer ? ` — ${v.producer}` : ''}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-basis`}>
        Basis (what the decision rests on)
        <textarea
          id={`${id}-basis`}
          rows={3}
          maxLength={4000}
          value={basis}
          required
          aria-invalid={badAt('basis')}
          onChange={(e) => setBasis(e.currentTarget.value)}
        />
      </label>
      <label htmlFor={`${id}-confidence`}>
        Confidence
        <select
          id={`${id}-confidence`}
          value={confidence}
          aria-invalid={badAt('confidence')}
          onChange={(e) => setConfidence(e.currentTarget.value as Confidence)}
        >
          {confidences.map((c) => (
            <option key={c} value={c}>
              {label(c)}
            </option>
          ))}
        </select>
      </label>
      <p className="edit-actions">
        <button type="submit" disabled={busy}>
          {decide.isPending ? 'Saving…' : 'Save the decision'}
        </button>{' '}
        {a.human && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => {
              decide.reset();
              withdraw.mutate();
            }}
          >
            {withdraw.isPending ? 'Withdrawing…' : 'Withdraw the decision'}
          </button>
        )}
      </p>
    </form>
  );
}
