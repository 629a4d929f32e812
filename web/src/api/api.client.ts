// The one way the web app talks to the server: JSON over /api, the session's CSRF token on every
// request that changes something, and the server's error shape turned into an ApiError.

export interface Problem {
  path?: string;
  row?: number;
  file?: string;
  /** Line and column in a document sent as text (a variant profile document). */
  line?: number;
  column?: number;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
/** Set from the session (sign-in or GET /api/session); null when signed out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}${path.includes('?') ? '&' : '?'}${s}` : path;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

/** Sends a request and parses the JSON answer; a FormData body goes as multipart. */
export async function api<T>(path: string, o: RequestOptions = {}): Promise<T> {
  const method = o.method ?? (o.body === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (o.body instanceof FormData) body = o.body;
  else if (o.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(o.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(withQuery(path, o.query), {
    method,
    headers,
    body,
    signal: o.signal,
    credentials: 'same-origin',
  });
  return parseAnswer<T>(res);
}

export async function parseAnswer<T>(res: Response): Promise<T> {
  if (res.status === 204) return null as T;
  const text = await res.text();
  const json = text ? safeJson(text) : null;
  if (!res.ok) {
    const e = (json as { error?: { code?: string; message?: string; problems?: Problem[] } } | null)?.error;
    throw new ApiError(
      res.status,
      e?.code ?? `http_${res.status}`,
      e?.message ?? res.statusText,
      e?.problems ?? [],
    );
  }
  return json as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Uploads with progress (fetch cannot report upload progress): XMLHttpRequest, same error shape. */
export function upload<T>(
  path: string,
  form: FormData,
  onProgress?: (sent: number, total: number) => void,
  query?: Query,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withQuery(path, query));
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.(e.loaded, e.total);
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'network', 'the upload failed: the server could not be reached'));
    xhr.onload = () => {
      const res = new Response(xhr.status === 204 ? null : xhr.responseText, { status: xhr.status });
      parseAnswer<T>(res).then(resolve, reject);
    };
    xhr.send(form);
  });
}
