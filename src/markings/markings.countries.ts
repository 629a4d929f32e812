// Countries of assembly as parts print them ("CHINA", "CHN", "MADE IN MALAYSIA", "PHIL", "KOREA")
// → ISO 3166-1 alpha-2. Only words and codes that do not also read as something else on a part: no
// "CAN" (the bus), "IND" or two-letter codes, and "e3" (a lead-finish mark) is no country.
const CODES: Readonly<Record<string, string>> = {
  CHINA: 'CN',
  CHN: 'CN',
  PRC: 'CN',
  MALAYSIA: 'MY',
  MYS: 'MY',
  MAL: 'MY',
  PHILIPPINES: 'PH',
  PHILIPPINE: 'PH',
  PHL: 'PH',
  PHIL: 'PH',
  PHI: 'PH',
  TAIWAN: 'TW',
  TWN: 'TW',
  THAILAND: 'TH',
  THA: 'TH',
  KOREA: 'KR',
  KOR: 'KR',
  JAPAN: 'JP',
  JPN: 'JP',
  VIETNAM: 'VN',
  VNM: 'VN',
  INDONESIA: 'ID',
  IDN: 'ID',
  MEXICO: 'MX',
  MEX: 'MX',
  GERMANY: 'DE',
  DEU: 'DE',
  USA: 'US',
  SINGAPORE: 'SG',
  SGP: 'SG',
  INDIA: 'IN',
  FRANCE: 'FR',
  ITALY: 'IT',
  MOROCCO: 'MA',
  MAR: 'MA',
  CZECH: 'CZ',
  HUNGARY: 'HU',
  SWITZERLAND: 'CH',
  NETHERLANDS: 'NL',
  HOLLAND: 'NL',
  AUSTRIA: 'AT',
  IRELAND: 'IE',
  MALTA: 'MT',
  ISRAEL: 'IL',
  PORTUGAL: 'PT',
  CANADA: 'CA',
  BRAZIL: 'BR',
  RUSSIA: 'RU',
  ENGLAND: 'GB',
  UK: 'GB',
  HONGKONG: 'HK',
  COSTARICA: 'CR',
  SOUTHKOREA: 'KR',
  PUERTORICO: 'PR',
};
const WORDS = new Map(Object.entries(CODES));
const FIRST_OF_TWO = new Set(['HONG', 'COSTA', 'SOUTH', 'PUERTO']);
// Words that may come before the country, and second words of two-word countries.
const LEAD = new Set(['MADE', 'IN', 'ASSEMBLED', 'ASSY', 'ASSEMBLY', 'OF', 'ORIGIN']);

export interface CountryHit {
  code: string;
  /** Index of the first token that belongs to the country phrase, and how many tokens it takes. */
  at: number;
  words: number;
}

/** The country a line's tokens name: "MADE IN CHINA", "CHN 227", "HONG KONG", "TAIWAN". */
export function countryIn(tokens: readonly string[]): CountryHit | null {
  for (let i = 0; i < tokens.length; i++) {
    const two =
      i + 1 < tokens.length && FIRST_OF_TWO.has(tokens[i]) ? WORDS.get(tokens[i] + tokens[i + 1]) : undefined;
    const code = two ?? WORDS.get(tokens[i]);
    if (!code) continue;
    let at = i;
    while (at > 0 && LEAD.has(tokens[at - 1])) at--;
    return { code, at, words: i - at + (two ? 2 : 1) };
  }
  return null;
}
