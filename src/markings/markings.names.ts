// Folding of a company name for comparison: look-alike letters and other scripts to Latin, legal forms
// (Inc., Ltd, GmbH, OOO …) and punctuation dropped, common abbreviations spelled out.
import { foldForSearch, transliterate } from '../text/index.ts';

const LEGAL = new Set(
  'inc incorporated corp corporation co company ltd limited llc plc gmbh ag sa nv bv spa kk oy ab as asa srl sarl bhd pte pty sdn ooo ao zao pao oao jsc tov too kft sro spolka zoo mbh kg se lp llp the'.split(
    ' ',
  ),
);
const ABBREVIATIONS: Record<string, string> = {
  intl: 'international',
  int: 'international',
  tech: 'technology',
  technologies: 'technology',
  elec: 'electronics',
  electronic: 'electronics',
  semi: 'semiconductor',
  semiconductors: 'semiconductor',
  mfg: 'manufacturing',
  instr: 'instruments',
  instrument: 'instruments',
  micro: 'micro',
  devs: 'devices',
  dev: 'devices',
  sys: 'systems',
  system: 'systems',
};

export function nameKey(name: string): string {
  const latin = foldForSearch(transliterate(name.normalize('NFKC')));
  const tokens = latin
    .replace(/有限公司|股份|株式会社/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t && !LEGAL.has(t))
    .map((t) => ABBREVIATIONS[t] ?? t);
  return tokens.join(' ');
}
