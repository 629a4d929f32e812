// The components found in one fictional item: its family's template, less the parts lost to damage,
// nested module → board → part, each part read as an investigator would (see demo.marking.ts).
import { isoDay } from './demo.dates.ts';
import { readChip } from './demo.marking.ts';
import type { Random } from './demo.random.ts';
import type { FamilyTemplate, TemplateModule, TemplatePart } from './demo.template.ts';
import type { DemoComponent, DemoPhoto } from './demo.types.ts';

export const MIN_COMPONENTS = 20;
export const MAX_COMPONENTS = 150;

/** A photo of one board: the parts on it may link to the photo and a region of it. */
export interface BoardPhoto {
  photo: DemoPhoto;
  boardLabel: string;
}

const rowsOf = (m: TemplateModule): number => 1 + (m.boardLabel ? 1 : 0) + m.parts.length;

/** Parts that survived: between MIN and MAX components in all, fewer the more damaged the item. */
function survivors(rng: Random, template: FamilyTemplate, damage: number): Set<TemplatePart> {
  const parts = template.modules.flatMap((m) => m.parts);
  const structural = template.modules.reduce((n, m) => n + rowsOf(m) - m.parts.length, 0);
  const wanted = Math.round(parts.length * (1 - damage));
  const keep = Math.min(MAX_COMPONENTS - structural, Math.max(MIN_COMPONENTS - structural, wanted));
  return new Set(rng.sample(parts, keep));
}

function region(rng: Random) {
  const width = rng.int(40, 140);
  const height = rng.int(30, 100);
  return { x: rng.int(0, 640 - width), y: rng.int(0, 480 - height), width, height };
}

export function itemComponents(
  rng: Random,
  template: FamilyTemplate,
  itemKey: string,
  recovered: Date,
  boardPhotos: readonly BoardPhoto[],
): DemoComponent[] {
  const out: DemoComponent[] = [];
  const key = () => `${itemKey}:c${String(out.length + 1).padStart(3, '0')}`;
  const late = isoDay(recovered) >= template.switchAt;
  const kept = survivors(rng, template, rng.float(0, 0.55));
  for (const m of template.modules) {
    const { subsystem } = m.kind;
    const moduleKey = key();
    out.push({ demoKey: moduleKey, subsystem, position: m.label, quantity: 1, markingRaw: '' });
    let parentKey = moduleKey;
    if (m.boardLabel) {
      parentKey = key();
      out.push({
        demoKey: parentKey,
        parentKey: moduleKey,
        subsystem,
        position: m.boardLabel,
        category: 'printed circuit board',
        quantity: 1,
        markingRaw: m.boardMarking ?? '',
      });
    }
    const photo = boardPhotos.find((p) => p.boardLabel === m.boardLabel)?.photo;
    for (const t of m.parts) {
      if (!kept.has(t)) continue;
      const part = late && t.alternate ? t.alternate : t.part;
      const { makerKey, ...reading } = readChip(rng, part, recovered);
      const component: DemoComponent = {
        demoKey: key(),
        parentKey,
        subsystem,
        position: `${m.boardLabel ?? m.label} ${t.ref}`,
        category: part.category,
        quantity: t.quantity,
        ...reading,
      };
      if (makerKey) component.makerKey = makerKey;
      if (misspeltByHand(component)) delete component.makerKey;
      if (photo && reading.markingRaw && rng.chance(0.7)) {
        component.photoKey = photo.demoKey;
        component.photoRegion = region(rng);
      }
      out.push(component);
    }
  }
  return out;
}

/** About one maker name in 250 that a person typed is misspelt (two letters swapped, a stray
 * suffix), as transcriptions are: no organization stands for it, and the review of markings lists it.
 * Chosen by the component's key, not by a random draw, so the rest of the demo stays as it was. */
function misspeltByHand(c: DemoComponent): boolean {
  if (!c.maker || c.fieldOrigins?.maker?.origin !== 'human') return false;
  let h = 0;
  for (const ch of c.demoKey) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  if (h % 250 !== 0) return false;
  const word = c.maker.split(' ')[0];
  if (word.length < 5) return false;
  const i = Math.floor(word.length / 2);
  c.maker = `${word.slice(0, i - 1)}${word[i]}${word[i - 1]}${word.slice(i + 1)} Trdg.`;
  return true;
}
