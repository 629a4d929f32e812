// Who a request acts as: the user of a session or of an API token, with the grants (memberships, the
// published cases, the token's scope) that access.ts decides on, read once per request.
import type { Actor, CaseRole, Grants, InstanceRole } from '../core/actor.ts';
import type { Db } from '../db/index.ts';
import { RestrictionRepository } from '../evidence/index.ts';
import type { AccountsRepository } from './accounts.repository.ts';
import type { ApiToken, User } from './accounts.schema.ts';

type Who = Pick<User, 'id' | 'username' | 'instanceRole'>;

export class GrantsService {
  constructor(
    private readonly db: Db,
    private readonly repo: AccountsRepository,
    private readonly restrictions = new RestrictionRepository(),
  ) {}

  async published(): Promise<ReadonlySet<number>> {
    return new Set(await this.restrictions.publishedCaseIds(this.db.kysely));
  }

  async grants(user: Who, token?: Pick<ApiToken, 'scope' | 'caseId'>): Promise<Grants> {
    const [memberships, published] = await Promise.all([
      this.repo.memberships(this.db.kysely, user.id),
      this.published(),
    ]);
    const onlyCase = token?.caseId ?? null;
    const cases = new Map<number, CaseRole>();
    for (const m of memberships)
      if (onlyCase === null || m.case_id === onlyCase) cases.set(m.case_id, m.role as CaseRole);
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
