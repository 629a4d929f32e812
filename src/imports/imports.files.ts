// `teardown import files DIR`: stores a folder of photos and documents as evidence files of a case,
// optionally linked to items and components by a manifest CSV. The manifest is checked in full before
// any file is stored; each file is stored once (by SHA-256), so a re-run adds only what is new.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Actor } from '../core/actor.ts';
import { Invalid, type Problem } from '../core/errors.ts';
import type { Database } from '../db/index.ts';
import type { EvidenceFileService } from '../evidence/index.ts';
import { readRecords } from './imports.read.ts';
import { ImportsRepository } from './imports.repository.ts';

export interface FolderImport {
  dir: string;
  caseId: number;
  manifest?: string;
  onProgress?: (done: number, total: number) => void;
}

interface Link {
  itemId?: number;
  componentId?: number;
  description?: string;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

export async function importFolder(
  files: EvidenceFileService,
  db: Kysely<Database>,
  actor: Actor,
  o: FolderImport,
) {
  const dir = resolve(o.dir);
  if (!(await stat(dir).catch(() => null))?.isDirectory())
    throw Invalid.at('dir', `${o.dir} is not a folder`);
  const manifestPath = o.manifest ? resolve(o.manifest) : null;
  const paths = (await walk(dir)).filter((p) => p !== manifestPath);
  const links = manifestPath
    ? await readManifest(manifestPath, dir, paths, db, o.caseId)
    : new Map<string, Link>();
  let added = 0;
  let duplicates = 0;
  for (const [i, path] of paths.entries()) {
    const link = links.get(path) ?? {};
    const r = await files.add(actor, { caseId: o.caseId, ...link }, createReadStream(path), basename(path));
    if (r.duplicate) duplicates++;
    else added++;
    o.onProgress?.(i + 1, paths.length);
  }
  return { files: paths.length, added, duplicates };
}

async function readManifest(
  path: string,
  dir: string,
  paths: string[],
  db: Kysely<Database>,
  caseId: number,
): Promise<Map<string, Link>> {
  const file = basename(path);
  const known = new Set(paths);
  const repo = new ImportsRepository();
  const problems: Problem[] = [];
  const links = new Map<string, Link>();
  for await (const r of readRecords(path)) {
    const v = r.values;
    const name = String(v.file ?? '').trim();
    const full = resolve(dir, name);
    if (!name || !known.has(full)) {
      problems.push({
        file,
        row: r.row,
        path: 'file',
        message: `"${name}" is not a file in ${relative(process.cwd(), dir) || '.'}`,
      });
      continue;
    }
    const link: Link = { description: v.description ? String(v.description) : undefined };
    const ref = v.itemRef ?? v.item_ref;
    const itemId = v.itemId ?? v.item_id;
    if (ref) {
      const [item] = await repo.itemsByRef(db, caseId, [String(ref)]);
      if (!item)
        problems.push({
          file,
          row: r.row,
          path: 'itemRef',
          message: `no item with external reference "${ref}" in case ${caseId}`,
        });
      else link.itemId = item.id;
    } else if (itemId) {
      const [item] = await repo.itemsById(db, caseId, [Number(itemId)]);
      if (!item)
        problems.push({ file, row: r.row, path: 'itemId', message: `no item ${itemId} in case ${caseId}` });
      else link.itemId = item.id;
    }
    const position = v.componentPosition ?? v.component_position;
    if (position && link.itemId) {
      const c = (await repo.componentsOfItems(db, [link.itemId])).find(
        (x) => x.position === String(position),
      );
      if (!c)
        problems.push({
          file,
          row: r.row,
          path: 'componentPosition',
          message: `no component at position "${position}" in that item`,
        });
      else link.componentId = c.id;
    }
    links.set(full, link);
  }
  if (problems.length > 0)
    throw new Invalid(`${file}: ${problems.length} problem(s) in the manifest; no file was stored`, problems);
  return links;
}
