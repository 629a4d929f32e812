// Canonical keys of legal forms, so that forms written in different languages and scripts can be told
// to be the same kind of company: "ООО", "TOV", "GmbH", "Sp. z o.o." and "LLC" are all limited
// liability companies ("llc"); "АО", "PAO", "JSC", "AG" and "S.A." are joint-stock companies ("jsc").
import { foldLookalikes } from './text.lookalikes.ts';
import { transliterate } from './text.transliterate.ts';

const GROUPS: Readonly<Record<string, string>> = {
  llc:
    'LLC LC LTD LIMITED PLC GMBH MBH GESELLSCHAFTMBH SPZOO SARL SRL BV BVBA SL SLU LTDA DOO EOOD OOD KFT SRO ' +
    'OOO TOV TOO ODO PTY PTE PVT PTELTD PTYLTD PVTLTD PRIVATELIMITED SDN SDNBHD BHD YUGENKAISHA GK ULC ' +
    'COLTD PUBLICLIMITEDCOMPANY UNLIMITEDCOMPANY 有限公司 有限责任公司 有限責任公司 有限会社 合同会社',
  jsc:
    'JSC PJSC CJSC OJSC AO OAO ZAO PAO NAO PAT PRAT AT AOOT AOZT AG AKTIENGESELLSCHAFT SA SAS SPA NV AB ' +
    'AKTIEBOLAGET AS ASA APS OY OYJ KK KABUSHIKIKAISHA AD ZRT NYRT DD SACV SADECV 股份有限公司 株式会社 주식회사 株 ㈱',
  inc: 'INC INCORPORATED CORP CORPORATION COINC',
  co: 'CO COMPANY',
  partnership: 'LP LLP KG KGAA OHG VOF CV TDV',
  state: 'FGUP GUP MUP CHUP',
  sole: 'IP CHP',
  cic: 'CIC SE',
};

const KEY = new Map<string, string>();
for (const [key, forms] of Object.entries(GROUPS)) for (const f of forms.split(' ')) KEY.set(f, key);

const compact = (s: string): string => {
  let out = '';
  for (const c of s.toUpperCase()) if ((c >= 'A' && c <= 'Z') || c > '\u2E7F') out += c;
  return out;
};

/**
 * The keys of one legal form as printed: "Co., Ltd." (COLTD) gives ["llc"], "GmbH & Co." gives ["llc", "co"]; Cyrillic forms are read
 * by sound ("ТОВ" is TOV), forms written in Latin with look-alikes by shape. Unknown forms give none.
 */
export function legalFormKey(form: string): string[] {
  const latin = compact(transliterate(form));
  const shape = compact(foldLookalikes(form));
  const whole = KEY.get(latin) ?? KEY.get(shape) ?? KEY.get(compact(form));
  if (whole !== undefined) return [whole];
  // Several forms printed as one ("Co., Ltd", "GmbH & Co."): their words one by one.
  const keys = new Set<string>();
  for (const word of form.split(/[\s,.&]+/)) {
    const k = KEY.get(compact(transliterate(word))) ?? KEY.get(compact(word));
    if (k !== undefined) keys.add(k);
  }
  return [...keys];
}
