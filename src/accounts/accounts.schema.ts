// The accounts contract: users, sign-in, sessions, API tokens and case members, as zod schemas from
// which the request and response types and the OpenAPI description are derived. Request bodies are
// strict: an unknown field is refused, not ignored.
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './accounts.password.ts';

export const instanceRoles = ['admin', 'analyst', 'member'] as const;
export const caseRoles = ['viewer', 'editor', 'owner'] as const;
export const tokenScopes = ['read', 'write'] as const;

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'use 2–64 letters, digits, dots, dashes or underscores');

const Password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must have at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH);

export const User = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  instanceRole: z.enum(instanceRoles),
  mustChangePassword: z.boolean(),
  passwordChangedAt: z.string(),
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof User>;

export const UserInput = z.strictObject({
  username: Username,
  displayName: z.string().trim().min(1).max(200).optional(),
  instanceRole: z.enum(instanceRoles).default('member'),
});
export type UserInput = z.input<typeof UserInput>;

export const UserPatch = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  instanceRole: z.enum(instanceRoles).optional(),
  disabled: z.boolean().optional(),
});

export const LoginInput = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const PasswordChange = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: Password,
});

export const CaseMembership = z.object({ caseId: z.number().int(), role: z.enum(caseRoles) });

export const SessionInfo = z.object({
  user: User,
  memberships: z.array(CaseMembership),
  /** Send this in the `x-csrf-token` header with every request that changes something (null when
   * signed in with an API token, which needs none). */
  csrfToken: z.string().nullable(),
  /** When the session ends unless it is used again (null for an API token). */
  expiresAt: z.string().nullable(),
});

export const ApiToken = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  name: z.string(),
  prefix: z.string(),
  scope: z.enum(tokenScopes),
  caseId: z.number().int().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const ApiTokenInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  scope: z.enum(tokenScopes).default('read'),
  caseId: z.number().int().positive().nullish(),
  /** Days until the token stops working; at most a year. */
  expiresInDays: z.number().int().min(1).max(366).default(90),
});
export type ApiTokenInput = z.input<typeof ApiTokenInput>;

export const Member = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  userId: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(caseRoles),
  createdAt: z.string(),
});
export type Member = z.infer<typeof Member>;

export const MemberInput = z.strictObject({
  username: Username,
  role: z.enum(caseRoles),
});

export const MemberPatch = z.strictObject({ role: z.enum(caseRoles) });
