// What the production page estimates, kept in the address so that a view can be shared: the
// designation, optionally one case, the interval level, the lag between making and recovery, the
// prior of the Bayesian estimate and whether the series are numbered from 1.
import { useSearchParams } from 'react-router';
import type { Case } from '../../api/api.types.ts';
import { formatNumber } from '../../ui/ui.format.ts';
import { LEVELS, level } from './production.format.ts';
import type { Designation, PriorKind, ProductionParams } from './production.types.ts';

const PRIORS: Record<PriorKind, string> = {
  inverse: 'p(N) ∝ 1/N (scale-free)',
  flat: 'flat, p(N) ∝ 1',
  uniform: 'uniform up to a largest N',
};

const numberOr = (s: string | null, fallback: number) => {
  const n = s === null || s.trim() === '' ? Number.NaN : Number(s);
  return Number.isFinite(n) ? n : fallback;
};

export function useProductionParams(): [ProductionParams | null, (changes: Record<string, string>) => void] {
  const [params, setParams] = useSearchParams();
  const set = (changes: Record<string, string>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === '') next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );
  const designation = params.get('designation');
  if (!designation) return [null, set];
  const prior = (['inverse', 'flat', 'uniform'] as const).find((p) => p === params.get('prior')) ?? 'inverse';
  const caseId = numberOr(params.get('caseId'), 0);
  const priorMax = numberOr(params.get('priorMax'), 0);
  return [
    {
      designation,
      ...(caseId > 0 ? { caseId } : {}),
      level: numberOr(params.get('level'), 0.9),
      lagDays: numberOr(params.get('lagDays'), 30),
      prior,
      ...(prior === 'uniform' && priorMax > 0 ? { priorMax } : {}),
      start: params.get('start') === 'unknown' ? 'unknown' : 'one',
    },
    set,
  ];
}

export function ProductionControls({
  p,
  designations,
  cases,
  set,
}: {
  p: ProductionParams | null;
  designations: Designation[];
  cases: Case[];
  set(changes: Record<string, string>): void;
}) {
  const [params] = useSearchParams();
  const levels: number[] = p && !LEVELS.some((l) => l === p.level) ? [...LEVELS, p.level] : [...LEVELS];
  return (
    <search className="filters production-controls" aria-label="What to estimate">
      <label>
        Designation (assessed)
        <select value={p?.designation ?? ''} onChange={(e) => set({ designation: e.currentTarget.value })}>
          {!p && <option value="">choose one…</option>}
          {p && !designations.some((d) => d.designation === p.designation) && (
            <option value={p.designation}>{p.designation}</option>
          )}
          {designations.map((d) => (
            <option key={d.designation} value={d.designation}>
              {d.designation} ({formatNumber(d.withSerial)} with a serial)
            </option>
          ))}
        </select>
      </label>
      <label>
        Case
        <select value={params.get('caseId') ?? ''} onChange={(e) => set({ caseId: e.currentTarget.value })}>
          <option value="">every case you may read</option>
          {cases.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Interval level
        <select
          value={String(p?.level ?? 0.9)}
          disabled={!p}
          onChange={(e) => set({ level: e.currentTarget.value === '0.9' ? '' : e.currentTarget.value })}
        >
          {levels.map((l) => (
            <option key={l} value={String(l)}>
              {level(l)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Lag from making to recovery (days)
        <input
          type="number"
          min={0}
          step={1}
          disabled={!p}
          value={params.get('lagDays') ?? '30'}
          onChange={(e) => set({ lagDays: e.currentTarget.value === '30' ? '' : e.currentTarget.value })}
        />
      </label>
      <label>
        Prior
        <select
          value={p?.prior ?? 'inverse'}
          disabled={!p}
          onChange={(e) => set({ prior: e.currentTarget.value === 'inverse' ? '' : e.currentTarget.value })}
        >
          {Object.entries(PRIORS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      {p?.prior === 'uniform' && (
        <label>
          Prior's largest N
          <input
            type="number"
            min={1}
            step={1}
            value={params.get('priorMax') ?? ''}
            onChange={(e) => set({ priorMax: e.currentTarget.value })}
          />
        </label>
      )}
      <label>
        Numbering
        <select
          value={p?.start ?? 'one'}
          disabled={!p}
          onChange={(e) => set({ start: e.currentTarget.value === 'one' ? '' : e.currentTarget.value })}
        >
          <option value="one">from 1</option>
          <option value="unknown">from an unknown start</option>
        </select>
      </label>
    </search>
  );
}
