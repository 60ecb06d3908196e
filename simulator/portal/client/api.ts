// Data calls to the portal origin's API with the session's bearer token. A 401 hands over to
// the shell (sign in again) and the call never settles: the page is about to navigate away.
import type { ApiErrorBody } from '../shared.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export class Api {
  constructor(
    private readonly base: string,
    private readonly token: () => string | null,
    private readonly onUnauthorized: () => void,
  ) {}

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>('POST', path, body);
  }

  delete(path: string): Promise<void> {
    return this.call<void>('DELETE', path);
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token() ?? ''}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.base}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (response.status === 401) {
      this.onUnauthorized();
      return new Promise<T>(() => undefined);
    }
    if (!response.ok) {
      const error = ((await response.json().catch(() => undefined)) as ApiErrorBody | undefined)?.error;
      throw new ApiError(response.status, error?.code ?? 'Error', error?.message ?? response.statusText);
    }
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
}
