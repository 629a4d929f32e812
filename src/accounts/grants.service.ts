// Who a request acts as: the user of a session or of an API token, with the grants (memberships, the
// published cases, the token's scope) that access.ts decides on. Memberships and published cases are
// kept between requests until the access epoch moves (any change of memberships, cases or users,
// by any server): one primary-key read per request instead of two scans (BENCHMARKS.md, issue 3).
import type { Actor, CaseRole, Grants, InstanceRole } from '../core/actor.ts';
import type { Db } from '../db/index.ts';
import { RestrictionRepository, readAccessEpoch } from '../evidence/index.ts';
import type { AccountsRepository } from './accounts.repository.ts';
import type { ApiToken, User } from './accounts.schema.ts';

type Who = Pick<User, 'id' | 'username' | 'instanceRole'>;

/** Users whose memberships are kept; past it the cache starts again. */
const MAX_CACHED_USERS = 10_000;

export class GrantsService {
  constructor(
    private readonly db: Db,
    private readonly repo: AccountsRepository,
    private readonly restrictions = new RestrictionRepository(),
  ) {}

  private epoch = -1;
  private publishedCases: ReadonlySet<number> | null = null;
  private memberships = new Map<number, ReadonlyMap<number, CaseRole>>();

  /** Drops what was kept if the access epoch has moved since. */
  private async fresh(): Promise<void> {
    const epoch = await readAccessEpoch(this.db.kysely);
    if (epoch === this.epoch) return;
    this.epoch = epoch;
    this.publishedCases = null;
    this.memberships = new Map();
  }

  async published(): Promise<ReadonlySet<number>> {
    await this.fresh();
    return this.publishedCases ?? this.publishedSince();
  }

  private async publishedSince(): Promise<ReadonlySet<number>> {
    const epoch = this.epoch;
    const ids = new Set(await this.restrictions.publishedCaseIds(this.db.kysely));
    // Kept only if nothing moved the epoch meanwhile (then the next request reads again).
    if (epoch === this.epoch) this.publishedCases = ids;
    return ids;
  }

  private async membershipsOf(userId: number): Promise<ReadonlyMap<number, CaseRole>> {
    const kept = this.memberships.get(userId);
    if (kept) return kept;
    const epoch = this.epoch;
    const roles = new Map<number, CaseRole>();
    for (const m of await this.repo.memberships(this.db.kysely, userId))
      roles.set(m.case_id, m.role as CaseRole);
    if (epoch === this.epoch) {
      if (this.memberships.size >= MAX_CACHED_USERS) this.memberships = new Map();
      this.memberships.set(userId, roles);
    }
    return roles;
  }

  async grants(user: Who, token?: Pick<ApiToken, 'scope' | 'caseId'>): Promise<Grants> {
    await this.fresh();
    const [all, published] = await Promise.all([
      this.membershipsOf(user.id),
      this.publishedCases ?? this.publishedSince(),
    ]);
    const onlyCase = token?.caseId ?? null;
    // Kept maps are shared between requests and never changed; a case-scoped token gets its own.
    let cases: ReadonlyMap<number, CaseRole> = all;
    if (onlyCase !== null) {
      const role = all.get(onlyCase);
      cases = new Map(role ? [[onlyCase, role]] : []);
    }
    return {
      instanceRole: user.instanceRole as InstanceRole,
      cases,
      published,
      canWrite: !token || token.scope === 'write',
      onlyCase,
    };
  }

  async userActor(user: Who): Promise<Actor> {
    return { kind: 'user', id: user.id, name: user.username, grants: await this.grants(user) };
  }

  async tokenActor(user: Who, token: ApiToken): Promise<Actor> {
    return {
      kind: 'token',
      id: token.id,
      name: `${user.username}/${token.name}`,
      userId: user.id,
      grants: await this.grants(user, token),
    };
  }

  async anonymous(): Promise<Actor> {
    return { kind: 'anonymous', published: await this.published() };
  }
}
