// Configuration: flags override environment variables, which override defaults.
import { resolve } from 'node:path';

export interface AppConfig {
  dataDir: string;
  databaseUrl: string;
  port: number;
  host: string;
  /** Largest evidence file accepted, in bytes. */
  maxUploadBytes: number;
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
  };
}
