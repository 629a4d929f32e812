// Sign-in and web sessions. A session lives in the database under the SHA-256 of a random secret that
// only the browser's cookie holds; it ends after an idle time, at an absolute expiry, at sign-out, and
// when the password is changed or reset or the account disabled. Sign-ins and sign-outs are audited.
import type { Actor } from '../core/actor.ts';
import { Unauthenticated } from '../core/errors.ts';
import { type AuditedWriter, parseInput } from '../evidence/index.ts';
import { toUser } from './accounts.mappers.ts';
import { burnVerify, verifyPassword } from './accounts.password.ts';
import type { AccountsRepository } from './accounts.repository.ts';
import { LoginInput, type User } from './accounts.schema.ts';
import { digest, newSecret } from './accounts.secret.ts';
import type { LoginThrottle } from './accounts.throttle.ts';

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

export interface OpenSession {
  idHash: string;
  user: User;
  csrfToken: string;
  expiresAt: string;
}

/** Seen-at times are written at most this often, so that a busy page does not write on every request. */
const TOUCH_MS = 60_000;

/** The one answer for an unknown user, a wrong password and a disabled account. */
const REFUSED = 'wrong username or password';

export class SessionService {
  constructor(
    private readonly w: AuditedWriter,
    private readonly repo: AccountsRepository,
    private readonly throttle: LoginThrottle,
    readonly policy: SessionPolicy,
  ) {}

  async login(
    input: unknown,
    client: { address: string | null; userAgent: string | null },
  ): Promise<{ secret: string; session: OpenSession }> {
    const v = parseInput(LoginInput, input);
    const db = this.w.db.kysely;
    const keys = this.throttle.keys(v.username, client.address);
    await this.throttle.check(db, keys);
    const user = await this.repo.userByName(db, v.username);
    const usable = user && !user.disabled_at && !user.deleted_at;
    const stored = usable ? await this.repo.passwordHash(db, user.id) : undefined;
    let ok = false;
    if (stored) ok = await verifyPassword(stored, v.password);
    else await burnVerify(v.password);
    if (!ok || !user) {
      await this.throttle.failed(db, keys);
      throw new Unauthenticated(REFUSED);
    }
    await this.throttle.succeeded(db, v.username);
    const secret = newSecret();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.policy.maxHours * 3_600_000).toISOString();
    const session = {
      id_hash: digest(secret),
      user_id: user.id,
      csrf_token: newSecret(),
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt,
      ended_at: null,
      address: client.address,
      user_agent: client.userAgent?.slice(0, 500) ?? null,
    };
    const actor: Actor = { kind: 'user', id: user.id, name: user.username, grants: emptyGrants };
    await this.w.transaction(async (trx) => {
      await this.repo.insertSession(trx, session);
      await this.w.audit.event(trx, actor, {
        action: 'login',
        entityType: 'user',
        entityId: user.id,
        details: { address: client.address, expiresAt },
      });
    });
    return {
      secret,
      session: { idHash: session.id_hash, user: toUser(user), csrfToken: session.csrf_token, expiresAt },
    };
  }

  /** The open session a cookie's secret stands for, or null when it is unknown, ended or expired, or
   * its user was disabled or removed. */
  async resolve(secret: string, now = Date.now()): Promise<OpenSession | null> {
    const db = this.w.db.kysely;
    const idHash = digest(secret);
    const s = await this.repo.sessionByHash(db, idHash);
    if (!s || s.ended_at) return null;
    if (Date.parse(s.expires_at) <= now) return null;
    if (Date.parse(s.last_seen_at) + this.policy.idleMinutes * 60_000 <= now) return null;
    const user = await this.repo.userById(db, s.user_id);
    if (!user || user.disabled_at || user.deleted_at) return null;
    if (now - Date.parse(s.last_seen_at) > TOUCH_MS)
      await this.repo.touchSession(db, idHash, new Date(now).toISOString());
    const idleEnd = now + this.policy.idleMinutes * 60_000;
    return {
      idHash,
      user: toUser(user),
      csrfToken: s.csrf_token,
      expiresAt: new Date(Math.min(idleEnd, Date.parse(s.expires_at))).toISOString(),
    };
  }

  async logout(actor: Actor, idHash: string): Promise<void> {
    await this.w.transaction(async (trx) => {
      await this.repo.endSession(trx, idHash, new Date().toISOString());
      if (actor.kind === 'user')
        await this.w.audit.event(trx, actor, {
          action: 'logout',
          entityType: 'user',
          entityId: actor.id,
          details: {},
        });
    });
  }
}

const emptyGrants = {
  instanceRole: 'member',
  cases: new Map(),
  published: new Set<number>(),
  canWrite: false,
  onlyCase: null,
} as const;
