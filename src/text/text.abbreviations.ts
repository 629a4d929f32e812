// Words that company names abbreviate in many ways, spelled one way for matching: "Intl", "Int'l" and
// "International" are the same token, so an abbreviated name is not taken for another company.
// Only words common in company names: a person's "Ind" or "Sci" is rare enough to be worth the risk.

const SPELLINGS: Readonly<Record<string, string>> = {
  international: 'intl intnl internat internatl',
  technology: 'tech techn technol technologies techs',
  electronics: 'elec elect electr electronic',
  manufacturing: 'mfg mfr mfrs manuf manufacture manufacturers manufacturer',
  company: 'co cos cie compania companhia compagnie',
  corporation: 'corp corpn corporacion',
  industries: 'ind indl inds indus industry industrial industrie industria',
  engineering: 'eng engg engr engineers',
  scientific: 'sci science sciences',
  national: 'natl nacional nationale',
  association: 'assn assoc',
  brothers: 'bros',
  government: 'govt',
  department: 'dept',
  group: 'grp',
  services: 'svc svcs serv service',
  systems: 'sys syst system',
  trading: 'trdg',
  holding: 'hldg hldgs holdings',
  management: 'mgmt mgt',
  development: 'dev devel',
  investment: 'invest inv investments',
  shipping: 'shpg',
};
const CANONICAL = new Map<string, string>();
for (const [word, forms] of Object.entries(SPELLINGS))
  for (const f of forms.split(' ')) CANONICAL.set(f, word);

/** The canonical spelling of one lowercase token ("intl" → "international"); others as they are. */
export function canonicalWord(token: string): string {
  return CANONICAL.get(token) ?? token;
}
