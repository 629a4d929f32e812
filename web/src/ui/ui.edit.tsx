// Edit in place for one record's fields: shown as a list of fields, with an "Edit" button for those
// who may change it; the form sends only what changed (PATCH), and every problem the server names
// (e.g. `body.latitude`) is shown at its field, so that nothing is lost and nothing half-saved.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { ApiError, api, type Problem } from '../api/api.client.ts';
import { ErrorBox } from './ui.error.tsx';

export type FieldKind = 'text' | 'textarea' | 'number' | 'select' | 'date';

export interface FieldSpec<R> {
  /** The key in the PATCH body; `group.key` for a field of a nested object (sent whole). */
  name: string;
  label: string;
  kind: FieldKind;
  options?: readonly { value: string; label: string }[];
  /** A select with no empty choice (the field cannot be cleared). */
  required?: boolean;
  hint?: string;
  /** How the value reads when not editing; the stored value as text when absent. */
  show?: (record: R) => ReactNode;
  /** Left out of the list and the form (e.g. a field the reader's view does not have). */
  hidden?: boolean;
  monospace?: boolean;
  /** Sent as '' rather than null when cleared (a text the server never stores as null). */
  emptyIsText?: boolean;
}

export interface EditableFieldsProps<R> {
  record: R;
  fields: FieldSpec<R>[];
  /** Where the PATCH goes, e.g. `/api/items/12`. */
  path: string;
  canEdit: boolean;
  /** What is edited, for the buttons' and the form's names: "item fields" → "Edit item fields". */
  what: string;
  onSaved(saved: R): void;
  /** Shown in the form under the fields while editing, from the values as typed (e.g. a live reading). */
  extra?: (values: Readonly<Record<string, string>>) => ReactNode;
}

type Values = Record<string, string>;

const valueAt = (record: unknown, name: string): unknown =>
  name
    .split('.')
    .reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      record,
    );

const asText = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

const fromText = <R,>(f: FieldSpec<R>, s: string): unknown => {
  if (s.trim() === '') return f.emptyIsText ? '' : null;
  if (f.kind === 'number') {
    const n = Number(s);
    // Not a number: sent as typed, so that the server's own message says what is wrong.
    return Number.isFinite(n) ? n : s;
  }
  return s;
};

/** The body of the PATCH: changed top-level fields, and nested objects whole when any part changed. */
export function patchBody<R>(
  record: R,
  fields: FieldSpec<R>[],
  before: Values,
  now: Values,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const groups = new Set<string>();
  for (const f of fields) {
    if (f.hidden || before[f.name] === now[f.name]) continue;
    const dot = f.name.indexOf('.');
    if (dot < 0) body[f.name] = fromText(f, now[f.name]);
    else groups.add(f.name.slice(0, dot));
  }
  for (const g of groups) {
    const parts = fields.filter((f) => f.name.startsWith(`${g}.`));
    if (parts.every((f) => now[f.name].trim() === '')) {
      body[g] = null;
      continue;
    }
    const kept = valueAt(record, g);
    const obj: Record<string, unknown> = kept && typeof kept === 'object' ? { ...(kept as object) } : {};
    // An empty part is sent empty: the server then names the part that is missing.
    for (const f of parts) obj[f.name.slice(g.length + 1)] = fromText(f, now[f.name]) ?? '';
    body[g] = obj;
  }
  return body;
}

/** `body.designationAssessment.basis` → the field it is about; unknown paths → null. */
/** The field a problem names, without the request part ("body.note" → "note"). */
export const problemPath = (p: Problem): string => (p.path ?? '').replace(/^body\.?/, '');

export function fieldOfProblem<R>(p: Problem, fields: FieldSpec<R>[]): string | null {
  const path = problemPath(p);
  if (!path) return null;
  const exact = fields.find((f) => f.name === path);
  if (exact) return exact.name;
  // A problem about a whole group goes to its first part; one deeper than a field, to the field.
  const part = fields.find((f) => f.name.startsWith(`${path}.`) || path.startsWith(`${f.name}.`));
  return part?.name ?? null;
}

export function EditableFields<R>({
  record,
  fields,
  path,
  canEdit,
  what,
  onSaved,
  extra,
}: EditableFieldsProps<R>) {
  const qc = useQueryClient();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const visible = fields.filter((f) => !f.hidden);
  const initial = (): Values =>
    Object.fromEntries(visible.map((f) => [f.name, asText(valueAt(record, f.name))]));
  const [values, setValues] = useState<Values>(initial);
  const editButton = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const returnFocus = useRef(false);

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api<R>(path, { method: 'PATCH', body }),
    onSuccess: async (saved) => {
      onSaved(saved);
      close();
      await qc.invalidateQueries({ queryKey: ['audit'] });
    },
  });

  useEffect(() => {
    if (editing) form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const open = () => {
    setValues(initial());
    save.reset();
    setEditing(true);
  };
  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  if (!editing)
    return (
      <div className="editable">
        <dl className="fields">
          {visible.map((f) => (
            <FieldView key={f.name} field={f} record={record} />
          ))}
        </dl>
        {canEdit && (
          <p className="edit-actions">
            <button ref={editButton} type="button" className="secondary" onClick={open}>
              Edit {what}
            </button>
          </p>
        )}
      </div>
    );

  const problems = save.error instanceof ApiError ? save.error.problems : [];
  const atField = new Map<string, string[]>();
  const elsewhere: Problem[] = [];
  for (const p of problems) {
    const f = fieldOfProblem(p, visible);
    if (f) atField.set(f, [...(atField.get(f) ?? []), p.message]);
    else elsewhere.push(p);
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = patchBody(record, visible, initial(), values);
    if (Object.keys(body).length === 0) close();
    else save.mutate(body);
  };
  return (
    <form
      ref={form}
      className="edit-form"
      aria-label={`Edit ${what}`}
      noValidate
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !save.isPending) close();
      }}
    >
      {save.error && (atField.size === 0 || elsewhere.length > 0) ? (
        <ErrorBox error={save.error} title="Not saved" />
      ) : save.error ? (
        <p role="alert" className="field-error">
          Not saved: {atField.size === 1 ? 'one field needs' : `${atField.size} fields need`} correcting
          (shown at the field).
        </p>
      ) : null}
      <div className="edit-grid">
        {visible.map((f) => {
          const inputId = `${id}-${f.name}`;
          const errors = atField.get(f.name);
          const errorId = `${inputId}-error`;
          const hintId = `${inputId}-hint`;
          const describedBy = [errors ? errorId : null, f.hint ? hintId : null].filter(Boolean).join(' ');
          const common = {
            id: inputId,
            name: f.name,
            value: values[f.name] ?? '',
            'aria-invalid': errors ? (true as const) : undefined,
            'aria-describedby': describedBy || undefined,
            onChange: (e: { currentTarget: { value: string } }) => {
              const v = e.currentTarget.value;
              setValues((all) => ({ ...all, [f.name]: v }));
            },
          };
          return (
            <div key={f.name} className={`edit-field edit-${f.kind}`}>
              <label htmlFor={inputId}>{f.label}</label>
              <FieldInput field={f} common={common} />
              {f.hint && (
                <span id={hintId} className="muted edit-hint">
                  {f.hint}
                </span>
              )}
              {errors && (
                <span id={errorId} className="field-error">
                  {errors.join('; ')}
                </span>
              )}
            </div>
          );
        })}
      </div>
      {extra?.(values)}
      <p className="edit-actions">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : `Save ${what}`}
        </button>{' '}
        <button type="button" className="secondary" disabled={save.isPending} onClick={close}>
          Cancel
        </button>
      </p>
    </form>
  );
}

interface CommonProps {
  id: string;
  name: string;
  value: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  onChange(e: { currentTarget: { value: string } }): void;
}

function FieldInput<R>({ field: f, common }: { field: FieldSpec<R>; common: CommonProps }) {
  const cls = f.monospace ? 'mono' : undefined;
  switch (f.kind) {
    case 'textarea':
      return (
        <textarea
          {...common}
          className={cls}
          rows={Math.min(8, Math.max(3, common.value.split('\n').length))}
        />
      );
    case 'select':
      return (
        <select {...common}>
          {!f.required && <option value="">— none —</option>}
          {/* A stored value the choices do not know is kept as a choice, so that opening the form changes nothing. */}
          {common.value && !f.options?.some((o) => o.value === common.value) && (
            <option value={common.value}>{common.value}</option>
          )}
          {f.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    case 'number':
      return <input {...common} type="text" inputMode="decimal" className={cls} />;
    case 'date':
      // A date-time keeps its time: only a plain date (or nothing yet) gets the date picker.
      return (
        <input
          {...common}
          type={common.value === '' || /^\d{4}-\d{2}-\d{2}$/.test(common.value) ? 'date' : 'text'}
          className={cls}
        />
      );
    default:
      return <input {...common} type="text" className={cls} />;
  }
}

function FieldView<R>({ field: f, record }: { field: FieldSpec<R>; record: R }) {
  const shown = f.show ? f.show(record) : asText(valueAt(record, f.name));
  const empty = shown === '' || shown === null || shown === undefined;
  return (
    <>
      <dt>{f.label}</dt>
      <dd className={f.monospace ? 'mono pre' : undefined}>
        {empty ? <span className="muted">—</span> : shown}
      </dd>
    </>
  );
}
