// Country names as sanctions lists write them ("Russia", "Korea, North", "Burma") to ISO 3166-1
// alpha-2 codes: the names the ICU data of the runtime gives every code, and the lists' own forms.
import { foldForSearch } from '../text/index.ts';

const LIST_FORMS: Record<string, string> = {
  'korea, north': 'KP',
  'north korea': 'KP',
  "korea, democratic people's republic of": 'KP',
  'korea, south': 'KR',
  'south korea': 'KR',
  burma: 'MM',
  'congo, democratic republic of the': 'CD',
  'democratic republic of the congo': 'CD',
  'congo, republic of the': 'CG',
  turkey: 'TR',
  'cote d ivoire': 'CI',
  "cote d'ivoire": 'CI',
  'west bank': 'PS',
  gaza: 'PS',
  palestinian: 'PS',
  'the bahamas': 'BS',
  'the gambia': 'GM',
  macau: 'MO',
  'czech republic': 'CZ',
  'united states': 'US',
  'russian federation': 'RU',
  'iran (islamic republic of)': 'IR',
  'syrian arab republic': 'SY',
  'bolivarian republic of venezuela': 'VE',
  'lao people s democratic republic': 'LA',
  'viet nam': 'VN',
  'united republic of tanzania': 'TZ',
  'region: crimea': 'UA',
  crimea: 'UA',
};

/** Codes that name no country of ISO 3166-1 today (withdrawn, or regions), though ICU names them. */
const NOT_COUNTRIES = new Set([
  'AN',
  'BU',
  'CS',
  'DD',
  'EU',
  'EZ',
  'FX',
  'NT',
  'QO',
  'SU',
  'TP',
  'UK',
  'UN',
  'YD',
  'YU',
  'ZR',
  'ZZ',
]);

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++)
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      const name = display.of(code);
      if (!name || name === code || NOT_COUNTRIES.has(code)) continue;
      const key = foldForSearch(name);
      if (!byName.has(key)) byName.set(key, code);
    }
  for (const [name, code] of Object.entries(LIST_FORMS)) byName.set(foldForSearch(name), code);
  return byName;
}

/** The ISO code of a country as a list names it, or null. */
export function countryCode(name: string | null | undefined): string | null {
  if (!name) return null;
  const folded = foldForSearch(name.trim().replace(/\.$/, ''));
  return names().get(folded) ?? null;
}
