// When a run fails, what a user on the real portal (which nobody on the team can see) can act on
// and send back: a screenshot with every secret masked at capture, an aria snapshot of every
// frame, the step, the URL without tokens or codes, and the error in plain words. Written under
// reports/failures/<timestamp>/ (or $PORTAL_REPORT_DIR). Nothing secret reaches it: grid cells and
// anything shaped like a secret are masked in the image whenever a value may be on screen, and
// every text file goes through the redactor.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Frame, Locator, Page } from 'playwright';
import type { Overlays } from '../pages/overlays.ts';
import type { SignInPage } from '../pages/sign-in-page.ts';
import { redactUrl } from './redact-url.ts';
import type { Redactor } from './redact.ts';
import { STEP_TITLES, titlePrefix } from './step-titles.ts';

export interface FailureContext {
  page: Page;
  /** The guard's overlays (the runbook's own dialogs are not among them). */
  overlays: Overlays;
  signInPage: SignInPage;
  /** The step that failed, in the guide's words. */
  step: string | undefined;
  /** The error, already in plain words. */
  message: string;
  redactor: Redactor;
  /** True once the run's record says Add was clicked (a value may be on screen): every grid cell is masked then. */
  valueMayShow: boolean;
}

export interface FailureReport {
  dir: string;
  /** What stood in the way, as seen when the run failed ("the 'Welcome…' dialog covered the page"). */
  obstacles: string[];
}

const VALUE_LIKE = /[A-Za-z0-9_~.]{3}\dQ~/;

export function failureReportRoot(): string {
  return resolve(process.env.PORTAL_REPORT_DIR?.trim() || join('reports', 'failures'));
}

export async function writeFailureReport(context: FailureContext): Promise<FailureReport | undefined> {
  const { page } = context;
  // A browser that is gone leaves no page to picture: the report still says the step and the error.
  const closed = page.isClosed();
  const dir = join(failureReportRoot(), new Date().toISOString().replace(/[:.]/g, '-'));
  await mkdir(join(dir, 'aria'), { recursive: true, mode: 0o700 });
  const frames = closed ? [] : page.frames().filter((frame) => !frame.isDetached());
  const obstacles = closed ? [] : await seenObstacles(context);
  const files: string[] = [];
  if (!closed) {
    try {
      await page.screenshot({ path: join(dir, 'screenshot.png'), animations: 'disabled', caret: 'hide', mask: masks(frames, context.valueMayShow), maskColor: '#1b1a19', timeout: 15_000 });
      files.push('screenshot.png');
    } catch {
      // A page that cannot be captured still gets its snapshots and the step.
    }
  }
  for (const [index, frame] of frames.entries()) {
    const snapshot = await frame.locator('body').ariaSnapshot({ timeout: 5_000 }).catch(() => undefined);
    if (snapshot === undefined) continue;
    const name = `aria/${String(index).padStart(2, '0')}-${frame === page.mainFrame() ? 'top' : 'frame'}.yml`;
    await writeFile(join(dir, name), `# ${redactUrl(frame.url())}\n${scrubSnapshot(context.redactor, snapshot)}\n`, { mode: 0o600 });
    files.push(name);
  }
  const report = {
    step: context.step ?? null,
    error: context.redactor.scrub(context.message),
    url: redactUrl(page.url()),
    obstacles,
    frames: frames.map((frame) => redactUrl(frame.url())),
    files,
    at: new Date().toISOString(),
  };
  await writeFile(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`, { mode: 0o600 });
  await writeFile(join(dir, 'report.md'), markdown(report), { mode: 0o600 });
  return { dir, obstacles };
}

function masks(frames: Frame[], valueMayShow: boolean): Locator[] {
  return frames.flatMap((frame) => [
    frame.getByText(VALUE_LIKE),
    ...(valueMayShow ? [frame.getByRole('gridcell'), frame.getByRole('cell'), frame.getByRole('textbox')] : []),
  ]);
}

/** Aria snapshots hold text and field values: secrets, typed passwords and codes never stay in. */
function scrubSnapshot(redactor: Redactor, snapshot: string): string {
  return redactor.scrub(snapshot).replace(/(textbox[^\n:]*(code|Code|password|Password)[^\n:]*): .*/g, '$1: [removed]');
}

async function seenObstacles(context: FailureContext): Promise<string[]> {
  const { page, signInPage } = context;
  const seen: string[] = [];
  const overlay = await context.overlays.describeShowing().catch(() => undefined);
  if (overlay) seen.push(`the "${overlay}" dialog covered the page`);
  if ((await signInPage.anyView.filter({ visible: true }).count().catch(() => 0)) > 0) {
    // During the sign-in step itself the page is expected there: no session has ended.
    const signingIn = context.step?.startsWith(titlePrefix(STEP_TITLES.signIn)) ?? false;
    seen.push(signingIn ? 'the sign-in page was still showing' : 'the sign-in page was showing (the session had ended)');
  }
  for (const frame of page.frames()) {
    const loading = await frame.getByRole('progressbar').filter({ visible: true }).count().catch(() => 0);
    if (loading > 0) {
      seen.push('part of the page was still loading (a progress bar showed)');
      break;
    }
  }
  return seen;
}

function markdown(report: { step: string | null; error: string; url: string; obstacles: string[]; frames: string[]; files: string[]; at: string }): string {
  return [
    '# azure-portal-runbook failure report',
    '',
    `- When: ${report.at}`,
    `- Step: ${report.step ?? '(before the first step)'}`,
    `- Page: ${report.url}`,
    `- What stood in the way: ${report.obstacles.length > 0 ? report.obstacles.join('; ') : 'nothing visible (see the screenshot)'}`,
    '',
    '## Error',
    '',
    report.error,
    '',
    '## Files',
    '',
    ...report.files.map((file) => `- ${file}`),
    '',
    `Frames: ${report.frames.length} (${report.frames.join(', ')})`,
    '',
    'Secret values are masked in the screenshot and removed from every file here. Account names and app names are not: review before sharing.',
    '',
  ].join('\n');
}
