// The instance's variant profile document as versioned reference data: each save that changes the text
// is a new version, the latest in force. A document is parsed before it is stored, so a bad one is
// refused naming every problem and its place, and the version in force stays. The parsed document in
// force is kept in memory until another version appears (several servers may share the database, so
// the version number is read each time; the document only when it changed).
import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import { assertReferenceRead, assertReferenceWrite } from '../core/access.ts';
import { type Actor, actorLabel } from '../core/actor.ts';
import { NotFound } from '../core/errors.ts';
import { lockAuditChain, type VariantProfileVersionsTable } from '../db/index.ts';
import type { AuditedWriter } from '../evidence/index.ts';
import { parseVariantProfiles } from './attribution.parse.ts';
import type { VariantProfileDocument } from './attribution.profile.ts';
import type { AttributionRepository } from './attribution.repository.ts';
import type { ProfilesInForce, ProfilesSaved, ProfilesVersion } from './attribution.schema.ts';

type VersionRow = Pick<
  Selectable<VariantProfileVersionsTable>,
  'version' | 'format' | 'sha256' | 'variant_count' | 'label' | 'saved_by' | 'created_at'
>;

export interface ProfilesLoaded {
  version: ProfilesVersion;
  text: string;
  document: VariantProfileDocument;
}

const toVersion = (r: VersionRow): ProfilesVersion => ({
  version: r.version,
  format: r.format as ProfilesVersion['format'],
  sha256: r.sha256,
  variants: r.variant_count,
  label: r.label,
  savedBy: r.saved_by,
  savedAt: r.created_at,
});

/** JSON documents are kept as JSON; everything else is YAML (of which JSON is a subset anyway). */
const formatOf = (text: string): 'json' | 'yaml' => (/^\s*[{[]/.test(text) ? 'json' : 'yaml');

export class ProfileStore {
  private cached: ProfilesLoaded | null = null;

  constructor(
    private readonly w: AuditedWriter,
    private readonly repo: AttributionRepository,
  ) {}

  /** The profiles in force, or null before the first save. For attribution, so no access check. */
  async inForce(): Promise<ProfilesLoaded | null> {
    const db = this.w.db.kysely;
    const head = await this.repo.latestVersion(db);
    if (!head) return null;
    if (this.cached?.version.version === head.version && this.cached.version.sha256 === head.sha256)
      return this.cached;
    const loaded = await this.load(head.version);
    this.cached = loaded;
    return loaded;
  }

  async get(actor: Actor, version?: number): Promise<ProfilesInForce> {
    assertReferenceRead(actor);
    const loaded = version === undefined ? await this.inForce() : await this.load(version);
    if (!loaded) return { version: null, text: null, document: null };
    return loaded;
  }

  async versions(actor: Actor): Promise<ProfilesVersion[]> {
    assertReferenceRead(actor);
    return (await this.repo.versions(this.w.db.kysely)).map(toVersion);
  }

  /** Saves the document as the next version, unless it is the text in force already. */
  async put(actor: Actor, text: string, source = 'variant profiles'): Promise<ProfilesSaved> {
    assertReferenceWrite(actor);
    const document = parseVariantProfiles(text, source);
    const sha256 = createHash('sha256').update(text).digest('hex');
    return this.w.transaction(async (trx) => {
      // Two analysts saving at once must not both take the same next number.
      await lockAuditChain(trx, this.w.db.dialect);
      const head = await this.repo.latestVersion(trx);
      if (head?.sha256 === sha256) {
        const row = await this.repo.versionRow(trx, head.version);
        return { created: false, version: toVersion(row as VersionRow) };
      }
      const row = await this.w.create(trx, actor, 'variant_profile_version', {
        version: await this.repo.nextVersion(trx),
        format: formatOf(text),
        document: text,
        sha256,
        variant_count: document.variants.length,
        label: document.label ?? null,
        saved_by: actorLabel(actor),
      });
      return { created: true, version: toVersion(row) };
    });
  }

  private async load(version: number): Promise<ProfilesLoaded> {
    const row = await this.repo.versionRow(this.w.db.kysely, version);
    if (!row) throw new NotFound('variant profiles version', version);
    return {
      version: toVersion(row),
      text: row.document,
      document: parseVariantProfiles(row.document, `variant profiles version ${version}`),
    };
  }
}
