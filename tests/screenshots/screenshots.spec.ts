// portal-runbook screenshots against the simulator. Few browser runs, each checked for much:
// a run gives the committed set's pixels although its secret's value differs; no value
// reaches any file; the secret made for the pictures is gone afterwards; the highlight lands on
// the control; --no-add adds nothing; a renamed control is a changed picture and reworded text;
// a frame kept ready off-screen is not waited for; guide.md is the committed one, and names a
// renamed control in today's words and among the differences.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { expect, test } from '../support/simulator-fixture.ts';
import { DOCS_CLOCK, screenshotsRun } from '../support/screenshots-run.ts';
import { deletedAfterInterrupt, interruptAfterAdd } from '../support/interrupt-after-add.ts';
import { saveSignIn } from '../support/saved-sign-in.ts';
import { secretsSnapshot } from '../support/tenant-snapshot.ts';

const APP = 'Puzzel Office 365 connector';
const COMMITTED_CURRENT = fileURLToPath(new URL('../../screenshots/guide/create-client-secret', import.meta.url));
/** The highlight's colour (runbooks/screenshots/highlight.ts). */
const INK = [0xc3, 0x00, 0x52];

test.describe('screenshots', () => {
  // The committed set was made by an earlier run, whose secret had another value: one more run
  // compared with it, pixel for pixel, is the "two runs, different secrets" check at the cost of one.
  // The welcome tour and a survey arrive on their own meanwhile: same pixels means neither was pictured.
  test.describe('with overlays arriving on their own', () => {
    test.use({ simulatorConfig: { latency: 40, jitter: 30, welcome: true, welcomeDelay: 700, surveyDelay: 1500 } });

    test('a run whose secret differs gives the committed pixels, no overlay in them, leaks nothing and leaves the tenant as it was', async ({ simulator, admin }) => {
      test.setTimeout(120_000);
      const before = await admin.secrets(APP);
      const run = await screenshotsRun(simulator, ['--baseline', COMMITTED_CURRENT]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain('nothing changed');

      const pictures = await run.pictures();
      expect(pictures).toEqual(['01-open-directory.png', '02-open-app-registrations.png', '03-open-app.png', '04-open-certificates-secrets.png', '05-click-new-client-secret.png', '06-type-description.png', '07-choose-expires.png', '08-add.png', '09-read-value.png']);
      for (const name of pictures) {
        const now = await run.pixels(name);
        const committed = PNG.sync.read(await readFile(join(COMMITTED_CURRENT, name)));
        expect([now.width, now.height], name).toEqual([committed.width, committed.height]);
        expect(Buffer.compare(now.data, committed.data), `${name} differs from the committed picture`).toBe(0);
        // The box is drawn on the control: its left edge, halfway down, is the highlight's colour.
        const sidecar = await run.sidecar(name);
        expect(sidecar.step.id).toBe(name.slice(3, -4));
        expect(sidecar.portalUrl).not.toMatch(/code=|state=[^…]|token|[1-9a-f]{8}-[0-9a-f]{4}-/);
        const box = sidecar.highlight!;
        expect(box, `${name} has a highlight`).toBeTruthy();
        // (4 px outside the control, kept 1 px inside the picture: the frame is 3 px wide)
        const x = Math.max(Math.round(box.x) - 4 + 1, 2);
        const y = Math.round(box.y + box.height / 2);
        const at = (now.width * y + x) << 2;
        expect([now.data[at], now.data[at + 1], now.data[at + 2]], `${name}: highlight at ${x},${y}`).toEqual(INK);
      }
      expect((await run.sidecar(pictures[8]!)).uiVariant.name).toBe('current');
      expect((await run.sidecar(pictures[8]!)).browser).toMatch(/^chromium \d+\./);

      // The value handed out is in no file the run wrote (pictures, sidecars, guide.md, review) nor its output.
      const state = await admin.state();
      expect(state.issuedValues).toHaveLength(1);
      expect(await run.leaks(state.issuedValues[0]!)).toEqual([]);
      // The secret made for the pictures was deleted and the tenant is as it was.
      const kinds = state.events.map((event) => event.kind);
      expect(kinds.filter((kind) => kind === 'secret-added')).toHaveLength(1);
      expect(kinds.filter((kind) => kind === 'secret-deleted')).toHaveLength(1);
      expect(await admin.secrets(APP)).toEqual(before);
      // guide.md: the committed one (today's words, the pictures under their sentences with alt
      // text, the differences by step: tests/screenshots/guide-markdown.spec.ts reads it closely).
      const guide = await run.file('set/guide.md');
      // (The run's folder is its working directory: its comment names the guide file from there.)
      expect(guide.replace(/from \S*guides\//, 'from guides/')).toBe(await readFile(join(COMMITTED_CURRENT, 'guide.md'), 'utf8'));
      expect(guide).toContain('1. Go to Microsoft Entra ID -> App registrations');
      expect(guide).toContain("Description 'Puzzel Office 365 Certificate', Expires set to 'Recommended: 180 days (6 months)', the 'Add' button highlighted](08-add.png)");
      // The survey came while the guide was walked (the shell answers the welcome tour as it opens).
      expect(run.stderr).toMatch(/dismissed the "How likely are you to recommend Microsoft Azure.*" overlay/);
    });
  });

  // The body framed, with the fresh frame the portal readies for the next React view laid out
  // off-screen and "Loading..." for good: a picture waits for what is in the window, not for it.
  test.describe('a renamed control, without adding; the blade framed, a pre-warmed frame off-screen', () => {
    test.use({ simulatorConfig: { latency: 40, jitter: 30, iframe: true, markup: { prewarm: 'offscreen' }, uiEdits: ['rename:New client secret=Add client secret'] } });

    test('--no-add stops at the pane and adds nothing; the renamed button is a changed picture (exit 8) and reworded text', async ({ simulator, admin }) => {
    test.setTimeout(120_000);
      const run = await screenshotsRun(simulator, ['--no-add', '--baseline', COMMITTED_CURRENT]);
      expect(run.code, run.stderr).toBe(8);
      const review = JSON.parse(await run.file('review/review.json'));
      const changed = review.steps.filter((step: { status: string }) => step.status !== 'unchanged').map((step: { step: string }) => step.step);
      expect(changed).toContain('click-new-client-secret');
      expect(changed).not.toContain('open-directory');
      expect(run.stderr).toMatch(/Changed: .*05-click-new-client-secret\.png/);
      expect(await run.file('review/diff/05-click-new-client-secret.png')).toBeTruthy();
      // The guide's sentence in today's words, listed in the summary.
      const guide = await run.file('set/guide.md');
      expect(guide).toContain('**Click on Add client secret**');
      expect(guide).toContain("The 'Puzzel Office 365 connector | Certificates & secrets' blade, the 'Add client secret' button highlighted](05-click-new-client-secret.png)");
      expect(guide).toContain("- **Step 1 (picture 5)** · The guide says *New client secret* on the blade's toolbar; the portal says *Add client secret*, and so does this page.");
      // No picture without words saying what it shows (none of the result: nothing was added).
      expect(guide.match(/!\[[^\]]{20,}\]\(\d\d-[a-z-]+\.png\)/g)).toHaveLength(8);
      expect(await run.file('review/summary.md')).toMatch(/"New client secret" → "Add client secret"/);
      // Nothing was added: no picture of the result, no secret, no value handed out.
      expect(await run.pictures()).not.toContain('09-read-value.png');
      expect(review.notCaptured).toEqual([{ id: 'read-value', why: 'after the pane: nothing is added with --no-add' }]);
      const state = await admin.state();
      expect(state.events.filter((event) => event.kind === 'secret-added')).toEqual([]);
      expect(state.issuedValues).toEqual([]);
    });
  });

  // Screenshots go through Add by default: Ctrl+C after it must not leave that secret behind.
  test.describe('Ctrl+C after Add', () => {
    // Add stays in flight long enough for the interrupt to come while the portal answers it.
    test.use({ simulatorConfig: { latency: 600, jitter: 0 } });

    test('exit 130, the secret made for the pictures deleted, and the user told in one line', async ({ simulator, admin }) => {
      test.setTimeout(120_000);
      const before = await secretsSnapshot(admin);
      const run = await interruptAfterAdd(simulator, admin, ['screenshots', '--out', 'set', '--report-dir', 'review', '--clock', DOCS_CLOCK], {
        cwd: test.info().outputPath(),
        // From a saved sign-in: what is tested here comes after it.
        env: { PORTAL_STATE_FILE: await saveSignIn(simulator) },
      });
      expect(run.code, run.stderr).toBe(130);
      expect(run.added).toHaveLength(1);
      const secretId = String(run.added[0]!.detail?.keyId);
      expect(run.deleted.map((event) => event.detail?.keyId)).toEqual([secretId]);
      expect(await secretsSnapshot(admin)).toBe(before);
      expect(run.stderr.split('\n')).toContain(deletedAfterInterrupt(await admin.app(APP), 'Puzzel Office 365 Certificate', secretId));
      // The value never reached the command's output, not even in the message about its deletion.
      for (const value of run.issuedValues) expect(`${run.stdout}${run.stderr}`).not.toContain(value);
    });
  });
});
