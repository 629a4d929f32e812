// How the CLI talks: results as text or `--json`, errors in one format with meaningful exit codes, and
// progress as a bar on a terminal or plain lines elsewhere.
import cliProgress from 'cli-progress';
import { formatProblem, TeardownError } from '../core/errors.ts';

export const exitCodes = {
  ok: 0,
  /** verify found problems, or an unexpected failure */
  failed: 1,
  /** bad input or usage */
  invalid: 2,
  notFound: 3,
  conflict: 4,
} as const;

export interface Output {
  json: boolean;
  result(value: unknown, text: () => string): void;
  info(message: string): void;
  progress(label: string): Progress;
}

export interface Progress {
  update(done: number, total: number | null): void;
  stop(): void;
}

export function makeOutput(json: boolean, stream: NodeJS.WriteStream = process.stderr): Output {
  return {
    json,
    result(value, text) {
      process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
    },
    info(message) {
      if (!json) stream.write(`${message}\n`);
    },
    progress(label) {
      if (stream.isTTY && !json) {
        const bar = new cliProgress.SingleBar(
          { format: `${label} [{bar}] {percentage}% {value}/{total}`, stream },
          cliProgress.Presets.shades_classic,
        );
        let started = false;
        return {
          update(done, total) {
            if (!started) {
              bar.start(total ?? done, 0);
              started = true;
            }
            if (total !== null) bar.setTotal(total);
            else if (done > bar.getTotal()) bar.setTotal(done);
            bar.update(done);
          },
          stop: () => started && bar.stop(),
        };
      }
      let last = 0;
      return {
        update(done, total) {
          const now = Date.now();
          if (now - last < 1000 && done !== total) return;
          last = now;
          if (!json) stream.write(`${label}: ${done}${total ? `/${total}` : ''} rows\n`);
        },
        stop() {},
      };
    },
  };
}

/** Prints an error in the CLI's one format and returns the exit code it deserves. */
export function reportError(e: unknown, json: boolean): number {
  if (e instanceof TeardownError) {
    const code = {
      invalid: exitCodes.invalid,
      not_found: exitCodes.notFound,
      conflict: exitCodes.conflict,
      forbidden: exitCodes.failed,
      unauthenticated: exitCodes.failed,
      too_many_requests: exitCodes.failed,
      unsupported_media_type: exitCodes.invalid,
    }[e.code];
    if (json)
      process.stdout.write(
        `${JSON.stringify({ error: { code: e.code, message: e.message, problems: e.problems } }, null, 2)}\n`,
      );
    else {
      process.stderr.write(`error: ${e.message}\n`);
      for (const p of e.problems.slice(0, 200)) process.stderr.write(`  ${formatProblem(p)}\n`);
      if (e.problems.length > 200)
        process.stderr.write(`  … and ${e.problems.length - 200} more (use --json to see them all)\n`);
    }
    return code;
  }
  const message = e instanceof Error ? e.message : String(e);
  if (json) process.stdout.write(`${JSON.stringify({ error: { code: 'failed', message, problems: [] } })}\n`);
  else process.stderr.write(`error: ${message}\n`);
  return exitCodes.failed;
}
