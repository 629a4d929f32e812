// Which script a marking is written in, by Unicode script property of its letters. A marking is
// "mainly" in a script when at least MAINLY of its letters belong to it: a Cyrillic plate with a
// Latin serial prefix ("Зав. № HW2-0417") is still mainly Cyrillic, and one Cyrillic look-alike
// typed by mistake into a Latin marking does not make it Cyrillic.

export const MAINLY = 0.6;
/** Fewer letters than this say nothing about the script (a serial of digits, "№ 12"). */
export const MIN_LETTERS = 3;

const LETTER = /\p{L}/u;
const scripts = new Map<string, RegExp>();

/** Why a script name is refused, or undefined when `\p{Script=…}` knows it. */
export function scriptProblem(name: string): string | undefined {
  if (!/^[A-Za-z_]{2,40}$/.test(name))
    return 'must be a Unicode script name such as Latin, Cyrillic, Han or Arabic';
  try {
    new RegExp(`\\p{Script=${name}}`, 'u');
    return undefined;
  } catch {
    return `is not a Unicode script name: "${name}" (try Latin, Cyrillic, Greek, Han, Arabic, Hebrew, Hangul)`;
  }
}

function scriptRegex(name: string): RegExp {
  let re = scripts.get(name);
  if (!re) {
    re = new RegExp(`^\\p{Script=${name}}$`, 'u');
    scripts.set(name, re);
  }
  return re;
}

export interface ScriptShare {
  /** Letters in the text. */
  letters: number;
  /** Of which in the script asked about. */
  inScript: number;
}

export function scriptShare(text: string, script: string): ScriptShare {
  const re = scriptRegex(script);
  let letters = 0;
  let inScript = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (re.test(ch)) inScript++;
  }
  return { letters, inScript };
}

export const isMainly = (share: ScriptShare): boolean =>
  share.letters > 0 && share.inScript / share.letters >= MAINLY;
