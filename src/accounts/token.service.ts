// API tokens for scripts and the CLI against a remote server: shown once, stored as a SHA-256 digest,
// scoped to reading or writing and optionally to one case, with an expiry and revocation. A token acts
// for its user and can never do more than the user may.
import { assertAdmin, canAdminister, roleIn } from '../core/access.ts';
import { type Actor, userIdOf } from '../core/actor.ts';
import { Forbidden, Invalid, NotFound, Unauthenticated } from '../core/errors.ts';
import { type AuditedWriter, parseInput } from '../evidence/index.ts';
import { toApiToken, toUser } from './accounts.mappers.ts';
import type { AccountsRepository } from './accounts.repository.ts';
import { type ApiToken, ApiTokenInput } from './accounts.schema.ts';
import { digest, newApiToken, TOKEN_PREFIX } from './accounts.secret.ts';

export class TokenService {
  constructor(
    private readonly w: AuditedWriter,
    private readonly repo: AccountsRepository,
  ) {}

  /** A signed-in user's new token (not another token's: a token cannot mint tokens). */
  async create(actor: Actor, input: unknown): Promise<{ token: ApiToken; secret: string }> {
    if (actor.kind !== 'user') throw new Forbidden('sign in with your password to create an API token');
    const v = parseInput(ApiTokenInput, input);
    if (v.caseId && !roleIn(actor, v.caseId))
      throw Invalid.at('caseId', `you are not a member of case ${v.caseId}`);
    return this.insert(actor, actor.id, v);
  }

  /** The local administrator's token for a user (`teardown token add`). */
  async createFor(
    actor: Actor,
    userId: number,
    input: unknown,
  ): Promise<{ token: ApiToken; secret: string }> {
    assertAdmin(actor);
    const v = parseInput(ApiTokenInput, input);
    const user = await this.repo.userById(this.w.db.kysely, userId);
    if (!user || user.deleted_at) throw new NotFound('user', userId);
    if (v.caseId && !(await this.repo.member(this.w.db.kysely, v.caseId, userId)))
      throw Invalid.at('caseId', `${user.username} is not a member of case ${v.caseId}`);
    return this.insert(actor, userId, v);
  }

  async list(actor: Actor): Promise<ApiToken[]> {
    const userId = userIdOf(actor);
    if (userId === null) throw new Unauthenticated('sign in first');
    return (await this.repo.tokensOf(this.w.db.kysely, userId)).map(toApiToken);
  }

  async listFor(actor: Actor, userId: number): Promise<ApiToken[]> {
    assertAdmin(actor, false);
    return (await this.repo.tokensOf(this.w.db.kysely, userId)).map(toApiToken);
  }

  /** Revokes one of the actor's own tokens (an administrator may revoke anyone's). */
  async revoke(actor: Actor, id: number): Promise<ApiToken> {
    return this.w.transaction(async (trx) => {
      const row = await this.w.get(trx, 'api_token', id).catch(() => null);
      const own = row && row.user_id === userIdOf(actor);
      if (!row || (!own && !canAdminister(actor))) throw new NotFound('API token', id);
      if (row.revoked_at) return toApiToken(row);
      return toApiToken(
        await this.w.update(trx, actor, 'api_token', id, { revoked_at: new Date().toISOString() }),
      );
    });
  }

  /** The live token a secret stands for, or null: unknown, revoked, expired, or its user disabled. */
  async resolve(secret: string, now = Date.now()) {
    if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
    const db = this.w.db.kysely;
    const row = await this.repo.tokenByHash(db, digest(secret));
    if (!row || row.revoked_at || row.deleted_at) return null;
    if (row.expires_at && Date.parse(row.expires_at) <= now) return null;
    const user = await this.repo.userById(db, row.user_id);
    if (!user || user.disabled_at || user.deleted_at) return null;
    return { token: toApiToken(row), user: toUser(user) };
  }

  private async insert(
    actor: Actor,
    userId: number,
    v: ReturnType<typeof ApiTokenInput.parse>,
  ): Promise<{ token: ApiToken; secret: string }> {
    const secret = newApiToken();
    return this.w.transaction(async (trx) => {
      if (v.caseId) await this.w.get(trx, 'case', v.caseId);
      const row = await this.w.create(trx, actor, 'api_token', {
        user_id: userId,
        name: v.name,
        token_hash: digest(secret),
        prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
        scope: v.scope,
        case_id: v.caseId ?? null,
        expires_at: new Date(Date.now() + v.expiresInDays * 86_400_000).toISOString(),
        revoked_at: null,
      });
      return { token: toApiToken(row), secret };
    });
  }
}
