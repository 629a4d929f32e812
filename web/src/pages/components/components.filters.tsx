// Filters of the server-paged lists (components, organizations, persons) kept in the address, so
// that a filtered view can be shared and the back button works. A text filter waits until typing
// pauses (300 ms) before it asks the server, so that each keystroke is not a query over a million rows.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

/** The named filters' values from the address ('' when absent) and a setter that also goes back to
 * the first page (a new filter's page 7 is not the old one's). */
export function useUrlFilters<N extends string>(names: readonly N[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(names.map((n) => [n, params.get(n) ?? ''])) as Record<N, string>;
  const set = (name: N, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        next.delete('offset');
        return next;
      },
      { replace: true },
    );
  return { values, set };
}

export const TEXT_DELAY_MS = 300;

/** A labelled text input whose value reaches `onCommit` once typing pauses. */
export function DebouncedText({
  id,
  label,
  value,
  onCommit,
  placeholder,
  type = 'text',
  size,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onCommit(value: string): void;
  placeholder?: string;
  type?: 'text' | 'search';
  size?: number;
}) {
  const [text, setText] = useState(value);
  // The latest callback, so that a re-render (a page of results arriving) does not restart the wait.
  const commit = useRef(onCommit);
  commit.current = onCommit;
  // The address changed by other means (back button, a link): show what it says.
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text.trim() === value) return;
    const t = setTimeout(() => commit.current(text.trim()), TEXT_DELAY_MS);
    return () => clearTimeout(t);
  }, [text, value]);
  return (
    <label htmlFor={id}>
      {label}
      <input
        id={id}
        type={type}
        value={text}
        size={size}
        placeholder={placeholder}
        onChange={(e) => setText(e.target.value)}
      />
    </label>
  );
}

/** A labelled select over fixed choices; '' is "any". */
export function SelectFilter({
  id,
  label,
  value,
  onChange,
  choices,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  choices: { value: string; label: string }[];
}) {
  return (
    <label htmlFor={id}>
      {label}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">any</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
