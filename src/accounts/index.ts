// Accounts and access: users with argon2id passwords, roles per case, web sessions, API tokens and
// login throttling. The rules themselves live in core/access.ts; this module says who the actor is.
export { toApiToken, toUser } from './accounts.mappers.ts';
export { ARGON2_PARAMS, generatePassword, hashPassword, verifyPassword } from './accounts.password.ts';
export { AccountsRepository } from './accounts.repository.ts';
export { registerAccountRoutes } from './accounts.routes.ts';
export * from './accounts.schema.ts';
export { digest, newSecret, TOKEN_PREFIX } from './accounts.secret.ts';
export { defaultThrottle, LoginThrottle, type ThrottlePolicy } from './accounts.throttle.ts';
export { GrantsService } from './grants.service.ts';
export { MemberService } from './member.service.ts';
export { type OpenSession, type SessionPolicy, SessionService } from './session.service.ts';
export { TokenService } from './token.service.ts';
export { UserService } from './user.service.ts';
