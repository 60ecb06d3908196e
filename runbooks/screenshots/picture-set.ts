// The published set in --out: the pictures, a JSON sidecar per picture saying how it was made,
// and guide.md, the guide in today's words with the new pictures in place (guide-markdown.ts).
import { readFile, writeFile, mkdir, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { LoadedGuide } from '../guide/load-guide.ts';
import type { StepResult } from '../guide/verdict.ts';
import { DOCS_LOCALE, DOCS_TIMEZONE, DOCS_VIEWPORT } from './capture-settings.ts';
import type { Shot } from './capture-step.ts';
import { guideMarkdown } from './guide-markdown.ts';
import type { Rewording } from './todays-words.ts';
import type { UiVariant } from './ui-variant.ts';

const PICTURE = /^\d\d-[a-z0-9-]+\.png$/;

export interface SetContext {
  guide: LoadedGuide;
  results: StepResult[];
  shots: Shot[];
  variant: UiVariant;
  /** The browser that rendered the pictures. */
  browser: string;
  changes: Rewording[];
  scale: number;
  clock: Date;
  toolVersion: string;
}

/** The pictures a folder holds now (the baseline), read before anything is written there. */
export async function readPictures(dir: string): Promise<Map<string, Buffer>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const pictures = new Map<string, Buffer>();
  for (const name of names.filter((n) => PICTURE.test(n)).sort()) pictures.set(name, await readFile(join(dir, name)));
  return pictures;
}

export type Sidecar = ReturnType<typeof sidecar>;

function sidecar(shot: Shot, set: SetContext) {
  const result = set.results.find((r) => r.id === shot.step.id);
  return {
    schema: 'azure-portal-runbook/screenshot@1',
    image: shot.file,
    guide: { id: set.guide.guide, title: set.guide.title, file: relative(process.cwd(), set.guide.file) || set.guide.file },
    step: { number: shot.number, id: shot.step.id, line: set.guide.lines[shot.step.id], says: shot.step.says, action: shot.step.action, target: shot.step.target, capture: shot.capture, verdict: result?.verdict, doneBy: result?.doneBy },
    portalUrl: shot.url,
    uiVariant: set.variant,
    browser: set.browser,
    capturedAt: shot.capturedAt,
    browserClock: set.clock.toISOString(),
    viewport: DOCS_VIEWPORT,
    scale: set.scale,
    locale: DOCS_LOCALE,
    timezone: DOCS_TIMEZONE,
    clip: shot.clip,
    highlight: shot.highlight ?? null,
    tool: { name: 'azure-portal-runbook', command: 'portal-runbook screenshots', version: set.toolVersion },
  };
}

/**
 * Writes the pictures, their sidecars and guide.md; returns the files written. A picture in
 * `keep` (unchanged from the baseline that is this very folder) stays as it is, sidecar included:
 * it still says how that picture was made, and a re-run that changed nothing changes no file.
 */
export async function writeSet(outDir: string, set: SetContext, keep: Set<string> = new Set()): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const shot of set.shots) {
    if (keep.has(shot.file)) continue;
    await writeFile(join(outDir, shot.file), shot.png);
    const json = join(outDir, shot.file.replace(/\.png$/, '.json'));
    await writeFile(json, `${JSON.stringify(sidecar(shot, set), null, 2)}\n`);
    written.push(join(outDir, shot.file), json);
  }
  const guideFile = join(outDir, 'guide.md');
  await writeFile(guideFile, guideMarkdown(set));
  written.push(guideFile);
  return written;
}
