// What each apps-file soak run does, drawn from a seed: a file of Fleet apps, each row with its
// own fate — delivered to a file or through a command, or made to fail (no such app, the portal's
// policy blocks its secrets, its Add fails, its command fails) — and the session ending once
// somewhere in the file (after the Nth blade or Add). Pure data: the same seed draws the same files.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { pick, type Rng } from './plan.ts';

export const APP_FATES = ['to-file', 'to-command', 'not-found', 'blocked', 'add-fails', 'command-fails'] as const;
export type AppFate = (typeof APP_FATES)[number];

/** Half the rows go through, the rest fail in one of four ways. */
const FATE_DRAW: readonly AppFate[] = ['to-file', 'to-file', 'to-file', 'to-command', 'to-command', 'not-found', 'blocked', 'add-fails', 'command-fails'];

export interface AppRowPlan {
  /** 1-based place in the file. */
  place: number;
  fate: AppFate;
  /** Which Fleet app (1-based) the row names, by its Application ID; none for `not-found`. */
  fleetIndex?: number;
}

export interface AppsFilePlan {
  index: number;
  rows: AppRowPlan[];
  /** `session-end-after=LOAD:N`, or none. */
  sessionEnd?: { after: 'app' | 'add'; occurrence: number };
}

export interface AppsPlanOptions {
  seed: number;
  files: number;
  /** Rows per file. */
  size: number;
}

function drawFile(rng: Rng, index: number, size: number): AppsFilePlan {
  const rows = Array.from({ length: size }, (_, at): AppRowPlan => {
    const fate = pick(rng, FATE_DRAW);
    return { place: at + 1, fate, fleetIndex: fate === 'not-found' ? undefined : at + 1 };
  });
  const ends = uniformInt(rng, 0, 3) > 0;
  const sessionEnd = ends ? { after: pick(rng, ['app', 'add'] as const), occurrence: uniformInt(rng, 1, Math.max(1, Math.ceil(size / 2))) } : undefined;
  return { index, rows, sessionEnd };
}

export function drawAppsFiles(options: AppsPlanOptions): AppsFilePlan[] {
  // Apart from the single-app soak's draw, so adding apps files changes none of its runs.
  const rng = xoroshiro128plus(options.seed ^ 0x5a5a);
  return Array.from({ length: options.files }, (_, at) => drawFile(rng, at + 1, options.size));
}

export function describeAppsFile(plan: AppsFilePlan): string {
  const counts = new Map<AppFate, number>();
  for (const row of plan.rows) counts.set(row.fate, (counts.get(row.fate) ?? 0) + 1);
  const fates = APP_FATES.filter((fate) => counts.has(fate)).map((fate) => `${counts.get(fate)} ${fate}`);
  return `${plan.rows.length} apps (${fates.join(', ')})${plan.sessionEnd ? `, session ends after ${plan.sessionEnd.after} load ${plan.sessionEnd.occurrence}` : ''}`;
}
