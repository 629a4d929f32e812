// How the machine's reading of a marking reads on every page: confidences as percentages, a date code
// as its year and week or month (or the decades it leaves open, never a guessed one), countries by
// name, the CHPL tier, and the flags worth a look (logo and prefix of different makers, a generic part,
// a clone family) as clear warnings.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DateCodeReading, MarkingFlag } from '../../api/api.types.ts';

export const percent = (c: number | null | undefined) => (c == null ? '' : `${Math.round(c * 100)} %`);

const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
/** "China (CN)"; an unknown or missing code as given. */
export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    const name = regions.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2022, week 29" · "July 2022" · "ambiguous: 2012 or 2022, week 29". */
export function dateCodeText(d: DateCodeReading): string {
  const within = d.week != null ? `week ${d.week}` : d.month != null ? MONTHS[d.month - 1] : null;
  if (d.ambiguous || d.year == null) {
    const years =
      d.years.length === 0
        ? 'no year fits'
        : d.years.length === 2
          ? `${d.years[0]} or ${d.years[1]}`
          : d.years.join(', ');
    return `ambiguous: ${years}${within ? `, ${within}` : ''}`;
  }
  if (d.week != null) return `${d.year}, week ${d.week}`;
  if (d.month != null) return `${MONTHS[d.month - 1]} ${d.year}`;
  return String(d.year);
}

export const FLAG_TITLES: Record<string, string> = {
  'maker-mismatch': 'Logo and part number name different makers: possibly remarked or counterfeit',
  generic: 'Generic part made by many makers: the maker is not known from the number',
  clone: 'Known clone family: the original or a clone',
  'date-ambiguous': 'Ambiguous date code: more than one decade is possible',
  'date-impossible': 'The date code fits no possible date',
  'unknown-maker': 'A maker was read that is not in the reference data',
};

/** The flags as warnings, each with its own message and the makers it names. */
export function FlagList({ flags, compact }: { flags: MarkingFlag[]; compact?: boolean }) {
  if (flags.length === 0) return null;
  return (
    <ul className={`marking-flags${compact ? ' compact' : ''}`} aria-label="Warnings about the marking">
      {flags.map((f) => (
        <li key={`${f.kind}:${f.message}`} className={`marking-flag flag-${f.kind}`} data-flag={f.kind}>
          <span aria-hidden="true">⚠ </span>
          <strong>{FLAG_TITLES[f.kind] ?? f.kind}</strong>
          {!compact && (
            <>
              {': '}
              {f.message}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Short tags for a table cell: one per flag kind, the message as its title. */
export function FlagTags({ flags }: { flags: MarkingFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <>
      {flags.map((f) => (
        <span
          key={`${f.kind}:${f.message}`}
          className={`tag flag-tag flag-${f.kind}`}
          title={f.message}
          data-flag={f.kind}
        >
          {FLAG_LABELS[f.kind] ?? f.kind}
        </span>
      ))}
    </>
  );
}

export const FLAG_LABELS: Record<string, string> = {
  'maker-mismatch': 'maker mismatch',
  generic: 'generic',
  clone: 'clone family',
  'date-ambiguous': 'ambiguous date',
  'date-impossible': 'impossible date',
  'unknown-maker': 'unknown maker',
};

export const CHPL_TIERS = ['1', '2', '3.A', '3.B', '4.A', '4.B'] as const;

/** "Tier 1"; the overview's "none" and "unknown" in words. */
export function tierLabel(tier: string | null | undefined): string {
  if (!tier || tier === 'none') return 'not on the CHPL';
  if (tier === 'unknown') return 'no catalog part';
  return `CHPL tier ${tier}`;
}

export function TierTag({ tier }: { tier: string | null | undefined }) {
  if (!tier) return <span className="muted">—</span>;
  return <span className={`tag tier-tag tier-${tier.replace('.', '')}`}>tier {tier}</span>;
}

/** "8542.31" */
export const hs6Text = (code: string | null | undefined) =>
  code && /^\d{6}$/.test(code) ? `${code.slice(0, 4)}.${code.slice(4)}` : (code ?? '');

/** A maker's name linked to its maker page when it is an organization and the reader is signed in. */
export function MakerLink({
  orgId,
  name,
  signedIn,
}: {
  orgId: number | null | undefined;
  name: ReactNode;
  signedIn: boolean;
}) {
  return orgId && signedIn ? <Link to={`/makers/${orgId}`}>{name || `organization ${orgId}`}</Link> : name;
}

/** "1 item", "3 items". */
export const counted = (n: number, one: string, many = `${one}s`) =>
  `${new Intl.NumberFormat('en-GB').format(n)} ${n === 1 ? one : many}`;
