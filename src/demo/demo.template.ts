// The parts list of each fictional design family, drawn once per demo: every item of a family is built
// from the same template, so the same parts recur, and some parts change to another maker's from a
// date on, as production lines do when a supply runs dry. A family's variants (demo.variants.ts) fit
// their own parts in some slots, always, which is what tells them apart.
import { buildCatalog, type DemoCatalog, type DemoPart, partsOf } from './demo.catalog.ts';
import { partNumber } from './demo.codes.ts';
import type { DemoFamily } from './demo.families.ts';
import { demoMakers } from './demo.makers.ts';
import { type ModuleKind, moduleKinds } from './demo.modules.ts';
import type { Random } from './demo.random.ts';
import { type DemoVariant, demoVariants, type VariantPart } from './demo.variants.ts';

export interface TemplatePart {
  /** Reference designator on the board: `U3`, `Y1`, `C4–C15`. */
  ref: string;
  quantity: number;
  part: DemoPart;
  /** Fitted instead of `part` in items recovered from `switchAt` on. */
  alternate?: DemoPart;
}

export interface TemplateModule {
  kind: ModuleKind;
  /** Module label, with ` A`, ` B` where an item carries two of a kind. */
  label: string;
  boardLabel?: string;
  boardMarking?: string;
  parts: TemplatePart[];
}

export interface FamilyTemplate {
  family: DemoFamily;
  modules: TemplateModule[];
  switchAt: string;
  /** The modules of each variant's items (by variant id): the family's, with the variant's parts. */
  variants: Map<string, TemplateModule[]>;
}

function moduleTemplate(
  rng: Random,
  catalog: DemoCatalog,
  family: DemoFamily,
  kind: ModuleKind,
  suffix: string,
) {
  const counters = new Map<string, number>();
  const parts: TemplatePart[] = [];
  for (const slot of kind.slots) {
    for (let n = rng.int(...slot.count); n > 0; n--) {
      const quantity = slot.quantity ? rng.int(...slot.quantity) : 1;
      const first = (counters.get(slot.ref) ?? 0) + 1;
      counters.set(slot.ref, first + quantity - 1);
      const ref =
        quantity > 1 ? `${slot.ref}${first}–${slot.ref}${first + quantity - 1}` : `${slot.ref}${first}`;
      const choices = partsOf(catalog, slot.category);
      const part = rng.pick(choices);
      const others = choices.filter((p) => p.maker !== part.maker);
      const alternate = others.length && rng.chance(0.2) ? rng.pick(others) : undefined;
      parts.push({ ref, quantity, part, alternate });
    }
  }
  const board = kind.board && `${kind.board}${suffix}`;
  return {
    kind,
    label: `${kind.module}${suffix}`,
    boardLabel: board,
    boardMarking:
      board && `${family.serialPrefix}-${kind.key.toUpperCase()} REV ${rng.pick(['A', 'B', 'C', 'D'])}`,
    parts,
  };
}

export function buildTemplates(
  rng: Random,
  families: readonly DemoFamily[],
): Map<DemoFamily, FamilyTemplate> {
  const catalog = buildCatalog(rng.fork());
  const templates = new Map<DemoFamily, FamilyTemplate>();
  for (const family of families) {
    const seen = new Map<string, number>();
    const modules = family.modules.map((key) => {
      const copies = family.modules.filter((k) => k === key).length;
      const index = seen.get(key) ?? 0;
      seen.set(key, index + 1);
      const suffix = copies > 1 ? ` ${'AB'[index] ?? index + 1}` : '';
      return moduleTemplate(rng, catalog, family, moduleKinds[key], suffix);
    });
    const switchAt = `${rng.pick(['2024', '2025'])}-${String(rng.int(1, 12)).padStart(2, '0')}-01`;
    templates.set(family, { family, modules, switchAt, variants: new Map() });
  }
  // Drawn after every family's template, so that the families' own parts are as they were without.
  const fitting = rng.fork();
  for (const t of templates.values())
    for (const v of demoVariants.get(t.family.assessed) ?? [])
      t.variants.set(v.id, fitVariant(fitting, catalog, t.modules, v));
  return templates;
}

/** The family's modules with the variant's parts in their slots, the same in every item (no switch). */
function fitVariant(
  rng: Random,
  catalog: DemoCatalog,
  modules: readonly TemplateModule[],
  v: DemoVariant,
): TemplateModule[] {
  const parts = new Map(v.parts.map((p) => [p, variantPart(rng, catalog, p)]));
  return modules.map((m) => {
    const fits = v.parts.filter((p) => p.module === m.kind.key);
    if (fits.length === 0) return m;
    return {
      ...m,
      parts: m.parts.map((t) => {
        const fit = fits.find((p) => p.category === t.part.category);
        return fit ? { ref: t.ref, quantity: t.quantity, part: parts.get(fit) as DemoPart } : t;
      }),
    };
  });
}

function variantPart(rng: Random, catalog: DemoCatalog, p: VariantPart): DemoPart {
  const maker = demoMakers.find((m) => m.key === p.maker);
  if (!maker?.categories.includes(p.category))
    throw new Error(`demo variant part: no demo maker "${p.maker}" of "${p.category}"`);
  if (p.partNumber) return { maker, category: p.category, partNumber: p.partNumber };
  const own = partsOf(catalog, p.category).filter((x) => x.maker === maker);
  return own.length > 0
    ? rng.pick(own)
    : { maker, category: p.category, partNumber: partNumber(rng, maker.prefixes[0]) };
}
