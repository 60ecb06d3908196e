// --list-filter server: the App registrations list asks the server for every filter and tab
// (GET /api/apps?filter=&tab=). Answers can land out of order; the grid shows whichever landed
// last, as real grids do, and when that answer is for another query than the one the filter
// box and tab now hold, it asks again for the current one.
import type { AppSummary } from '../shared.ts';
import { env } from './env.ts';
import { invalidate } from './render-loop.ts';

export interface ListQuery {
  filter: string;
  tab: string;
}

export interface ListAnswer {
  query: ListQuery;
  apps: AppSummary[];
}

const same = (a: ListQuery, b: ListQuery) => a.filter === b.filter && a.tab === b.tab;

export class ServerListQueries {
  /** The answer the grid shows: the last one to land, whichever query it was for. */
  answer: ListAnswer | undefined;
  error: string | undefined;
  private latest = 0;
  private readonly inFlight = new Map<number, ListQuery>();

  /** `wanted`: the query the page holds now, or undefined while typing (the debounce will ask). */
  constructor(private readonly wanted: () => ListQuery | undefined) {}

  /** The newest request has not been answered yet: the grid shows its loading state. */
  get busy(): boolean {
    return this.inFlight.has(this.latest);
  }

  issue(query: ListQuery): void {
    const request = ++this.latest;
    this.inFlight.set(request, query);
    invalidate();
    const params = new URLSearchParams({ filter: query.filter, tab: query.tab });
    void env().api.get<AppSummary[]>(`/apps?${params}`).then(
      (apps) => this.landed(request, { query, apps }),
      (error: unknown) => {
        this.inFlight.delete(request);
        if (request === this.latest) this.error = error instanceof Error ? error.message : String(error);
        invalidate();
      },
    );
  }

  private landed(request: number, answer: ListAnswer): void {
    this.inFlight.delete(request);
    this.answer = answer;
    this.error = undefined;
    const wanted = this.wanted();
    const asked = wanted && [...this.inFlight.values()].some((query) => same(query, wanted));
    if (wanted && !same(answer.query, wanted) && !asked) this.issue(wanted);
    invalidate();
  }
}
