// The CLI against a remote Teardown server (`--server URL --token TOKEN`): the same commands, sent to the
// HTTP API with an API token instead of opening a local data folder. Errors come back in the API's one
// shape and become the CLI's usual messages and exit codes.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  Conflict,
  Forbidden,
  Invalid,
  NotFound,
  type Problem,
  TooManyRequests,
  Unauthenticated,
} from '../core/errors.ts';

export interface RemoteOptions {
  server: string;
  token: string;
}

interface ErrorShape {
  error?: { code?: string; message?: string; problems?: Problem[] };
}

function toError(status: number, body: ErrorShape, retryAfter: string | null): Error {
  const message = body.error?.message ?? `the server answered ${status}`;
  const problems = body.error?.problems ?? [];
  if (status === 400) return new Invalid(message, problems);
  if (status === 401) return new Unauthenticated(`${message} (check --token / TEARDOWN_TOKEN)`);
  if (status === 403) return new Forbidden(message);
  if (status === 404) {
    const e = new NotFound('record', '');
    e.message = message;
    return e;
  }
  if (status === 409) return new Conflict(message, problems);
  if (status === 429) return new TooManyRequests(message, Number(retryAfter ?? 60));
  return new Error(`${message} (HTTP ${status})`);
}

export class RemoteClient {
  private readonly base: string;

  constructor(private readonly o: RemoteOptions) {
    let url: URL;
    try {
      url = new URL(o.server);
    } catch {
      throw Invalid.at('--server', `"${o.server}" is not a URL (e.g. https://teardown.example.org)`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw Invalid.at('--server', 'use an http:// or https:// URL');
    if (!o.token)
      throw Invalid.at('--token', 'a remote server needs an API token (--token or TEARDOWN_TOKEN)');
    this.base = url.toString().replace(/\/+$/, '');
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.raw(method, path, body === undefined ? undefined : JSON.stringify(body), {
      'content-type': 'application/json',
    });
    const text = await res.text();
    return (text ? JSON.parse(text) : null) as T;
  }

  async raw(
    method: string,
    path: string,
    body?: string | FormData,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(`${this.base}${path}`, {
        method,
        body,
        headers: { ...(body === undefined ? {} : headers), authorization: `Bearer ${this.o.token}` },
      });
    } catch (e) {
      throw new Error(
        `cannot reach ${this.base}: ${e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : e}`,
      );
    }
    if (!res.ok) {
      const text = await res.text();
      let parsed: ErrorShape = {};
      try {
        parsed = JSON.parse(text) as ErrorShape;
      } catch {}
      throw toError(res.status, parsed, res.headers.get('retry-after'));
    }
    return res;
  }

  /** Uploads a file as multipart/form-data (field "file"). */
  async upload<T>(path: string, file: string): Promise<T> {
    const form = new FormData();
    form.append('file', new Blob([await readFile(file)]), basename(file));
    const res = await this.raw('POST', path, form);
    return (await res.json()) as T;
  }
}
