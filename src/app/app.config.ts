// Configuration: flags override environment variables, which override defaults.
import { resolve } from 'node:path';

export interface AppConfig {
  dataDir: string;
  databaseUrl: string;
  port: number;
  host: string;
  /** Largest evidence file accepted, in bytes. */
  maxUploadBytes: number;
  /** Published places are moved to the centre of a grid cell this many km wide. */
  publishedGridKm: number;
  /** A session ends after this long without a request, and in any case this long after sign-in. */
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Searches per minute allowed to one user (or one address when signed out). */
  searchPerMinute: number;
  /** Trust X-Forwarded-* headers from a reverse proxy (for the client's address and https). */
  trustProxy: boolean;
}

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}: ${raw} is not a positive number`);
  return n;
}

export function resolveConfig(
  flags: Partial<{ data: string; database: string; port: string | number; host: string }> = {},
  env = process.env,
): AppConfig {
  const dataDir = resolve(flags.data ?? env.TEARDOWN_DATA_DIR ?? './data');
  const databaseUrl = flags.database ?? env.TEARDOWN_DATABASE_URL ?? resolve(dataDir, 'teardown.db');
  const port = Number(flags.port ?? env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: ${flags.port ?? env.PORT} is not a port number`);
  return {
    dataDir,
    databaseUrl,
    port,
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    maxUploadBytes: Number(env.TEARDOWN_MAX_UPLOAD_BYTES ?? 200 * 1024 * 1024),
    publishedGridKm: positive('TEARDOWN_PUBLISHED_GRID_KM', env.TEARDOWN_PUBLISHED_GRID_KM, 10),
    sessionIdleMinutes: positive('TEARDOWN_SESSION_IDLE_MINUTES', env.TEARDOWN_SESSION_IDLE_MINUTES, 120),
    sessionMaxHours: positive('TEARDOWN_SESSION_MAX_HOURS', env.TEARDOWN_SESSION_MAX_HOURS, 12),
    searchPerMinute: positive('TEARDOWN_SEARCH_PER_MINUTE', env.TEARDOWN_SEARCH_PER_MINUTE, 120),
    trustProxy: env.TEARDOWN_TRUST_PROXY === '1' || env.TEARDOWN_TRUST_PROXY === 'true',
  };
}
