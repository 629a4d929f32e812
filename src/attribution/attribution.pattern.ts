// The regular expressions of variant profiles. Profiles are documents uploaded by analysts and read on
// the server, so a pattern is checked before it is ever run: valid JavaScript in Unicode mode, short,
// and free of the nested repetitions that make a backtracking engine take exponential time.

export const PATTERN_MAX_LENGTH = 200;
/** Serials, designations and marking lines are short; a longer subject is cut rather than searched. */
export const SUBJECT_MAX_LENGTH = 256;
// Case-insensitive because markings are transcribed by hand in whatever case the typist chose.
const FLAGS = 'iu';

/** Why a pattern is refused, or undefined when it may be used. */
export function patternProblem(source: string): string | undefined {
  if (source.length === 0) return 'must not be empty';
  if (source.length > PATTERN_MAX_LENGTH) return `must be at most ${PATTERN_MAX_LENGTH} characters`;
  try {
    new RegExp(source, FLAGS);
  } catch (e) {
    return `is not a valid regular expression: ${(e as Error).message}`;
  }
  if (hasNestedRepetition(source)) {
    return 'repeats a group that itself repeats or alternates, e.g. (a+)+ or (a|ab)*: it can take exponential time';
  }
  return undefined;
}

const compiled = new Map<string, RegExp>();

/** The compiled pattern, cached: profiles are scored against many items. */
export function compilePattern(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    const problem = patternProblem(source);
    if (problem) throw new Error(`pattern ${source} ${problem}`);
    re = new RegExp(source, FLAGS);
    compiled.set(source, re);
  }
  return re;
}

export function testPattern(source: string, subject: string): boolean {
  return compilePattern(source).test(subject.slice(0, SUBJECT_MAX_LENGTH));
}

/**
 * A conservative scan, not a full parser: a group followed by an unbounded quantifier (*, +, {n,})
 * may not contain any quantifier or an alternation. It errs towards refusing; analysts' patterns
 * (prefixes, digit runs, a choice of spellings) never need such groups.
 */
function hasNestedRepetition(source: string): boolean {
  const groups: boolean[] = []; // per open group: does it repeat or alternate inside?
  const mark = () => {
    if (groups.length) groups[groups.length - 1] = true;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i = endOfEscape(source, i);
    } else if (c === '[') {
      i = endOfClass(source, i);
    } else if (c === '(') {
      groups.push(false);
      // (?:, (?=, (?<name> … : the ? opens a kind of group, it is no quantifier.
      if (source[i + 1] === '?')
        i = source[i + 2] === '<' && !'=!'.includes(source[i + 3]) ? source.indexOf('>', i) : i + 2;
    } else if (c === ')') {
      const inner = groups.pop() ?? false;
      const unbounded = /^(?:[*+]|\{\d+,\})/.test(source.slice(i + 1));
      if (inner && unbounded) return true;
      if (inner || unbounded) mark();
    } else if (
      c === '|' ||
      c === '*' ||
      c === '+' ||
      c === '?' ||
      /^\{\d+(?:,\d*)?\}/.test(source.slice(i))
    ) {
      mark();
    }
  }
  return false;
}

/** \p{…}, \u{…} and \k<…> carry brackets that are no quantifiers; other escapes are two characters. */
function endOfEscape(source: string, i: number): number {
  const next = source[i + 1];
  if ('pPu'.includes(next) && source[i + 2] === '{') return source.indexOf('}', i);
  if (next === 'k' && source[i + 2] === '<') return source.indexOf('>', i);
  return i + 1;
}

function endOfClass(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}
