// Counts for the dashboard and the home page: items by type, components by subsystem, files.

import { readScope } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import type { Db } from '../db/index.ts';
import type { ComponentRepository } from './component.repository.ts';
import type { ItemRepository } from './item.repository.ts';

export class StatsService {
  constructor(
    private readonly db: Db,
    private readonly items: ItemRepository,
    private readonly components: ComponentRepository,
  ) {}

  async summary(actor: Actor, caseId?: number) {
    const scope = readScope(actor);
    const k = this.db.kysely;
    const byType = await this.items.summary(k, scope, caseId);
    const bySubsystem = await this.components.countBySubsystem(k, scope, caseId);
    const sum = (rows: { count: number | string }[]) => rows.reduce((n, r) => n + Number(r.count), 0);
    return {
      items: sum(byType),
      components: sum(bySubsystem),
      itemsByType: Object.fromEntries(byType.map((r) => [r.item_type, Number(r.count)])),
      componentsBySubsystem: Object.fromEntries(bySubsystem.map((r) => [r.subsystem, Number(r.count)])),
    };
  }
}
