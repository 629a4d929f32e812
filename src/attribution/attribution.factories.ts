// Builders of test data for the attribution tests: an item, a component, a feature and a profile
// with sensible defaults, so that each test states only what it is about.
import type { ComponentEvidence, ItemEvidence } from './attribution.item.ts';
import { DiagnosticFeature, type DiagnosticFeatureInput } from './attribution.kinds.ts';
import { VariantProfile } from './attribution.profile.ts';

export const makeComponent = (fields: Partial<ComponentEvidence> = {}): ComponentEvidence => ({
  subsystem: 'navigation',
  markingRaw: '',
  ...fields,
});

export const makeItem = (fields: Partial<ItemEvidence> = {}): ItemEvidence => ({
  id: 1,
  components: [],
  ...fields,
});

/** A feature as an author writes it (expect defaults to present), parsed like a document's. */
export const makeFeature = (
  fields: Partial<DiagnosticFeatureInput> & Pick<DiagnosticFeatureInput, 'kind'>,
): DiagnosticFeature => DiagnosticFeature.parse({ weight: 1, label: `a ${fields.kind} feature`, ...fields });

export const makeProfile = (
  id: string,
  features: readonly DiagnosticFeature[],
  fields: Partial<VariantProfile> = {},
): VariantProfile =>
  VariantProfile.parse({
    id,
    name: `Variant ${id}`,
    designation: 'Harrow-2',
    description: 'A variant built for a test (synthetic).',
    features,
    ...fields,
  });
