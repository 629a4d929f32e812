// Countries of assembly as printed on parts (CHINA, CHN, MADE IN MALAYSIA, PHIL …) → ISO alpha-2.
const WORDS: Record<string, string> = {
  CHINA: 'CN',
  CHN: 'CN',
  PRC: 'CN',
  MALAYSIA: 'MY',
  MYS: 'MY',
  MAL: 'MY',
  PHILIPPINES: 'PH',
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
  GER: 'DE',
  USA: 'US',
  SINGAPORE: 'SG',
  SGP: 'SG',
  INDIA: 'IN',
  IND: 'IN',
  FRANCE: 'FR',
  FRA: 'FR',
  ITALY: 'IT',
  ITA: 'IT',
  MOROCCO: 'MA',
  MAR: 'MA',
  CZECH: 'CZ',
  CZE: 'CZ',
  HUNGARY: 'HU',
  HUN: 'HU',
  SWITZERLAND: 'CH',
  CHE: 'CH',
  NETHERLANDS: 'NL',
  NLD: 'NL',
  RUSSIA: 'RU',
  RUS: 'RU',
  BELARUS: 'BY',
  BLR: 'BY',
  UK: 'GB',
  ENGLAND: 'GB',
  CANADA: 'CA',
  CAN: 'CA',
  ISRAEL: 'IL',
  ISR: 'IL',
  AUSTRIA: 'AT',
  AUT: 'AT',
  IRELAND: 'IE',
  IRL: 'IE',
  MALTA: 'MT',
  MLT: 'MT',
  HONGKONG: 'HK',
};

/** The country a line names, and which of its tokens did: "MADE IN CHINA", "CHN 227", "TAIWAN". */
export function countryIn(tokens: readonly string[]): { code: string; at: number; words: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === 'MADE' && tokens[i + 1] === 'IN' && tokens[i + 2]) {
      const code = WORDS[tokens[i + 2]] ?? (tokens[i + 3] ? WORDS[tokens[i + 2] + tokens[i + 3]] : undefined);
      if (code) return { code, at: i, words: 3 };
    }
    const code = WORDS[t];
    if (code) return { code, at: i, words: 1 };
  }
  return null;
}
