// Reading a variant profile document from text. JSON is a subset of YAML 1.2, so one reader takes
// both and every problem can name its place: line and column for syntax, the field path (and the
// line it sits on) for a value the schema refuses.
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { formatProblem, Invalid, type Problem } from '../core/errors.ts';
import { featureKinds } from './attribution.kinds.ts';
import { duplicateIds, VariantProfileDocument } from './attribution.profile.ts';

export const PROFILE_DOCUMENT_MAX_LENGTH = 2_000_000;

type Path = readonly PropertyKey[];
type Document = ReturnType<typeof parseDocument>;

/** `variants[1].features[2].weight` */
export const formatPath = (path: Path): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') ||
  '(document)';

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const p of path)
    v = v != null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/** Where in the text a path points: its node, else (for a missing key) the nearest parent. */
function locate(doc: Document, lines: LineCounter, path: Path, key?: string) {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (!node || typeof node !== 'object' || !('range' in node) || !node.range) continue;
    const pair =
      key && n === path.length && isMap(node)
        ? node.items.find((p) => isScalar(p.key) && p.key.value === key)
        : undefined;
    const at = pair && isScalar(pair.key) && pair.key.range ? pair.key.range[0] : node.range[0];
    const { line, col } = lines.linePos(at);
    return { line, column: col };
  }
  return {};
}

function schemaProblems(doc: Document, lines: LineCounter, data: unknown, issues: z.core.$ZodIssue[]) {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: 'unknown key',
        ...locate(doc, lines, issue.path, key),
      }));
    }
    const value = valueAt(data, issue.path);
    let message = issue.message;
    if (issue.code === 'invalid_union' && issue.path.at(-1) === 'kind') {
      const kinds = featureKinds.join(', ');
      message =
        value === undefined
          ? `is missing: one of ${kinds}`
          : `unknown kind ${JSON.stringify(value)}: one of ${kinds}`;
    } else if (issue.code === 'invalid_type' && value === undefined) {
      message = `is missing (${message})`;
    }
    return [{ path: formatPath(issue.path), message, ...locate(doc, lines, issue.path) }];
  });
}

/** Throws `Invalid` whose message says every problem the way the CLI and the server say any other. */
function fail(source: string, found: Problem[]): never {
  const problems = found.map((p) => ({ ...p, file: source }));
  const summary =
    problems.length === 1
      ? formatProblem(problems[0])
      : `${source}: ${problems.length} problems:\n${found.map(formatProblem).join('\n')}`;
  throw new Invalid(summary, problems);
}

/** The profiles in a YAML or JSON document; throws `Invalid` naming every problem and its place. */
export function parseVariantProfiles(text: string, source = 'variant profiles'): VariantProfileDocument {
  if (text.length > PROFILE_DOCUMENT_MAX_LENGTH) {
    fail(source, [{ message: `is longer than ${PROFILE_DOCUMENT_MAX_LENGTH} characters` }]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  // Warnings too: an unknown tag (!!js/function) would otherwise quietly become a string.
  const syntax = [...doc.errors, ...doc.warnings];
  if (syntax.length) {
    fail(
      source,
      syntax.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return { message: e.message, line, column: col };
      }),
    );
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data == null) fail(source, [{ message: 'is empty: a document needs a list of variants' }]);
  const parsed = VariantProfileDocument.safeParse(data);
  if (!parsed.success) {
    const problems = schemaProblems(doc, lines, data, parsed.error.issues);
    // zod skips the document-wide check of ids once a variant fails: run it anyway.
    const named = new Set(problems.map((p) => p.path));
    for (const dup of duplicateIds(valueAt(data, ['variants']))) {
      const path = formatPath(dup.path);
      if (!named.has(path)) problems.push({ path, message: dup.message, ...locate(doc, lines, dup.path) });
    }
    fail(source, problems);
  }
  return parsed.data;
}
