// Evidence files: photos and documents stored once by SHA-256, with their EXIF capture time and GPS,
// linked to a case and optionally an item or component. The same bytes uploaded again to a case are
// recognized and not stored twice.
import type { Readable } from 'node:stream';
import { assertCaseWrite, type CaseView } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { Forbidden, Invalid } from '../core/errors.ts';
import { toEvidenceFile } from './evidence.mappers.ts';
import { publishedFile } from './evidence.published.ts';
import type { CaseReader } from './evidence.reader.ts';
import { type EvidenceFile, EvidenceFilePatch } from './evidence.schema.ts';
import type { AuditedWriter, Trx } from './evidence.writer.ts';
import { readMetadata } from './file.metadata.ts';
import type { FileStore } from './file.store.ts';
import { parseInput } from './parse.ts';
import { scopeCondition } from './scope.repository.ts';

const publishableFormats: Record<string, 'jpeg' | 'png' | 'webp' | 'tiff'> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/tiff': 'tiff',
};

export interface FileLinks {
  caseId: number;
  itemId?: number | null;
  componentId?: number | null;
  description?: string | null;
}

export class EvidenceFileService {
  constructor(
    private readonly w: AuditedWriter,
    readonly store: FileStore,
    readonly maxBytes: number,
    private readonly reader: CaseReader,
  ) {}

  async add(
    actor: Actor,
    links: FileLinks,
    content: Readable,
    originalName: string,
  ): Promise<{ file: EvidenceFile; duplicate: boolean }> {
    const name = originalName.trim() || 'unnamed';
    // Check access and the links before storing bytes so that a refused request stores nothing.
    await this.w.get(this.w.db.kysely, 'case', links.caseId);
    assertCaseWrite(actor, links.caseId, 'case', links.caseId);
    await this.checkLinks(this.w.db.kysely, links);
    const blob = await this.store.put(content, this.maxBytes, name);
    const meta = await readMetadata(blob.path, name);
    return this.w.transaction(async (trx) => {
      await this.checkLinks(trx, links);
      const existing = await trx
        .selectFrom('evidence_files')
        .selectAll()
        .where('case_id', '=', links.caseId)
        .where('sha256', '=', blob.sha256)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (existing) return { file: toEvidenceFile(existing), duplicate: true };
      const row = await this.w.create(trx, actor, 'evidence_file', {
        case_id: links.caseId,
        item_id: links.itemId ?? null,
        component_id: links.componentId ?? null,
        sha256: blob.sha256,
        size: blob.size,
        media_type: meta.mediaType,
        original_name: name,
        captured_at: meta.capturedAt,
        gps_latitude: meta.gpsLatitude,
        gps_longitude: meta.gpsLongitude,
        exif: meta.exif ? JSON.stringify(meta.exif) : null,
        description: links.description ?? null,
      });
      return { file: toEvidenceFile(row), duplicate: false };
    });
  }

  /** The file's record; a member's read of its camera metadata and GPS is logged. */
  async get(actor: Actor, id: number): Promise<EvidenceFile> {
    return this.reader.shown(actor, 'evidence_file', id, toEvidenceFile, publishedFile);
  }

  /** The bytes as this actor may have them. A member gets the stored original (its read is logged: it
   * carries the EXIF and GPS). A published reader gets a photo re-encoded without its EXIF, GPS, XMP
   * and IPTC metadata, and no other kind of file, whose metadata cannot be removed with certainty. */
  async content(
    actor: Actor,
    id: number,
  ): Promise<{ file: EvidenceFile; view: CaseView; body: Readable | Buffer }> {
    const { row, view } = await this.reader.one(actor, 'evidence_file', id);
    const stored = toEvidenceFile(row);
    if (view === 'full') {
      await this.reader.logRead(actor, 'evidence_file', [stored]);
      return { file: stored, view, body: this.store.open(stored.sha256) };
    }
    const format = publishableFormats[stored.mediaType];
    if (!format)
      throw new Forbidden(`only photos are part of the published view; this file is ${stored.mediaType}`);
    const { default: sharp } = await import('sharp');
    // sharp writes no metadata unless asked to; rotate() first applies the EXIF orientation it drops.
    const body = await sharp(this.store.pathOf(stored.sha256))
      .rotate()
      .toFormat(format, format === 'jpeg' ? { quality: 92 } : {})
      .toBuffer();
    return { file: publishedFile(stored), view, body };
  }

  async list(
    actor: Actor,
    f: { caseId?: number; itemId?: number; componentId?: number; limit?: number; offset?: number },
  ) {
    let q = this.w.db.kysely
      .selectFrom('evidence_files')
      .where('deleted_at', 'is', null)
      .where(scopeCondition(this.w.db.dialect, this.reader.scope(actor), 'evidence_files', 'evidence_file'));
    if (f.caseId) q = q.where('case_id', '=', f.caseId);
    if (f.itemId) q = q.where('item_id', '=', f.itemId);
    if (f.componentId) q = q.where('component_id', '=', f.componentId);
    const [{ total }] = await q.select((eb) => eb.fn.countAll<number | string>().as('total')).execute();
    const limit = f.limit ?? 100;
    const offset = f.offset ?? 0;
    const rows = await q.selectAll().orderBy('id').limit(limit).offset(offset).execute();
    const shown = await this.reader.present(actor, 'evidence_file', rows.map(toEvidenceFile), publishedFile);
    return { total: Number(total), limit, offset, rows: shown };
  }

  async update(actor: Actor, id: number, patch: unknown): Promise<EvidenceFile> {
    const p = parseInput(EvidenceFilePatch, patch);
    return this.w.transaction(async (trx) => {
      const current = await this.w.get(trx, 'evidence_file', id);
      assertCaseWrite(actor, current.case_id, 'evidence file', id);
      const links = {
        caseId: current.case_id,
        itemId: p.itemId === undefined ? current.item_id : p.itemId,
        componentId: p.componentId === undefined ? current.component_id : p.componentId,
      };
      await this.checkLinks(trx, links);
      const values = {
        item_id: links.itemId ?? null,
        component_id: links.componentId ?? null,
        description: p.description === undefined ? current.description : (p.description ?? null),
      };
      return toEvidenceFile(await this.w.update(trx, actor, 'evidence_file', id, values));
    });
  }

  /** Marks the file deleted; the bytes and the audit stay. */
  async remove(actor: Actor, id: number): Promise<EvidenceFile> {
    return this.w.transaction(async (trx) => {
      const current = await this.w.get(trx, 'evidence_file', id, true);
      assertCaseWrite(actor, current.case_id, 'evidence file', id);
      return toEvidenceFile(await this.w.softDelete(trx, actor, 'evidence_file', id));
    });
  }

  private async checkLinks(trx: Trx, links: FileLinks): Promise<void> {
    await this.w.get(trx, 'case', links.caseId);
    if (links.itemId) {
      await this.w.linked(trx, 'item', links.itemId, links.caseId, 'itemId');
    }
    if (links.componentId) {
      const c = await this.w.linked(trx, 'component', links.componentId, links.caseId, 'componentId');
      if (links.itemId && c.item_id !== links.itemId)
        throw Invalid.at('componentId', `component ${links.componentId} is not in item ${links.itemId}`);
    }
  }
}
