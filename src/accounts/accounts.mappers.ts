// Stored account rows → API objects.
import type { Selectable } from 'kysely';
import type { ApiTokensTable, UsersTable } from '../db/index.ts';
import type { ApiToken, User } from './accounts.schema.ts';

export function toUser(r: Selectable<UsersTable>): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    instanceRole: r.instance_role as User['instanceRole'],
    mustChangePassword: r.must_change_password === 1,
    passwordChangedAt: r.password_changed_at,
    disabledAt: r.disabled_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toApiToken(r: Selectable<ApiTokensTable>): ApiToken {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    prefix: r.prefix,
    scope: r.scope as ApiToken['scope'],
    caseId: r.case_id,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    createdAt: r.created_at,
  };
}
