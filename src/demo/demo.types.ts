// The shape of the synthetic demo data: inputs of the evidence module keyed by `demoKey` instead of
// database ids, so that a loader can insert them in order and link parents, makers and photos.
import type {
  ComponentInput,
  CustodyEventInput,
  OrganizationInput,
  RecoveredItemInput,
} from '../evidence/evidence.schema.ts';

export interface DemoPhoto {
  demoKey: string;
  fileName: string;
  /** Drives the drawing of the picture (see renderDemoPhoto). */
  seed: number;
  capturedAt: string;
  gps?: { latitude: number; longitude: number };
  subject: string;
}

export interface DemoComponent
  extends Omit<ComponentInput, 'itemId' | 'parentId' | 'makerOrgId' | 'evidenceFileId'> {
  demoKey: string;
  /** Nesting (module → board → chip): the demoKey of a component earlier in the same item. */
  parentKey?: string;
  /** The demoKey of the maker organization. */
  makerKey?: string;
  /** The demoKey of the item's photo the marking was read from (with photoRegion). */
  photoKey?: string;
}

export type DemoCustodyEvent = Omit<CustodyEventInput, 'caseId' | 'itemId'>;

export type DemoItem = Omit<RecoveredItemInput, 'caseId'> & {
  demoKey: string;
  /** The design variant it was built as (demo.variants.ts), for tests of attribution; not stored. */
  variant?: string;
  components: DemoComponent[];
  photos: DemoPhoto[];
  custody: DemoCustodyEvent[];
};

export type DemoOrganization = OrganizationInput & {
  demoKey: string;
  /** How the fictional maker marks its parts, so that the markings reader knows it. */
  marking?: { logos: string[]; prefixes: { prefix: string }[]; dateSchemes: ['YYWW']; categories: string[] };
};

export interface DemoData {
  label: 'synthetic demo data';
  case: { title: string; summary: string };
  organizations: DemoOrganization[];
  items: DemoItem[];
}
