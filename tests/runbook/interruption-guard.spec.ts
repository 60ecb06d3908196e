// The guard's lookout against overlays the simulator's own layouts never cover the same way: a
// page of the portal's shape (signed-in shell, a survey) served under a portal URL, driven from the test.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { InterruptionGuard } from '../../runbooks/interruption-guard.ts';
import { RUNBOOK_DIALOGS } from '../../runbooks/runbook-dialogs.ts';
import { Overlays } from '../../pages/overlays.ts';
import { OwnDialogs } from '../../pages/own-dialogs.ts';
import { PortalShell } from '../../pages/portal-shell.ts';
import { SignInPage } from '../../pages/sign-in-page.ts';

const PORTAL = 'https://portal.example.test/';

const PAGE = `<!doctype html><html lang="en"><body>
  <header><button type="button" aria-label="Account menu, Alex Admin">AA</button></header>
  <main><h1>App registrations</h1></main>
  <section role="dialog" aria-label="How likely are you to recommend Microsoft Azure?" style="position:fixed;top:100px;left:100px;width:400px;height:200px;background:#fff;border:1px solid">
    <h2>How likely are you to recommend Microsoft Azure?</h2>
    <button type="button" onclick="this.closest('section').remove()">Not now</button>
  </section>
</body></html>`;

/** A layer over the whole page that is not a dialog (a loading veil): nothing under it takes a click. */
async function coverWithVeil(page: Page): Promise<void> {
  await page.evaluate(() => {
    const veil = document.createElement('div');
    veil.id = 'veil';
    veil.style.cssText = 'position:fixed;inset:0;z-index:10;background:rgba(255,255,255,.5)';
    document.body.append(veil);
  });
}

/** The page with its survey under a veil, the guard armed on it; returns the guard's notes. */
async function surveyUnderVeilWithGuard(page: Page): Promise<string[]> {
  await page.route(PORTAL, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.goto(PORTAL);
  await coverWithVeil(page);
  const notes: string[] = [];
  await guardOn(page, notes);
  return notes;
}

/** Resolves `read` once a locator of this process reads an element's text holding `text`; `stop` ends the listening. */
function textRead(page: Page, text: string): { read: Promise<void>; stop: () => void } {
  const locatorClass = Object.getPrototypeOf(page.locator('body')) as { innerText: (this: Locator, ...args: unknown[]) => Promise<string> };
  const innerText = locatorClass.innerText;
  let heard!: () => void;
  const read = new Promise<void>((resolve) => (heard = resolve));
  locatorClass.innerText = async function (this: Locator, ...args: unknown[]) {
    const read = await innerText.apply(this, args);
    if (read.includes(text)) heard();
    return read;
  };
  return { read, stop: () => (locatorClass.innerText = innerText) };
}

async function guardOn(page: Page, notes: string[], signIn: () => Promise<void> = () => Promise.reject(new Error('no sign-in in this test'))): Promise<InterruptionGuard> {
  const guard = new InterruptionGuard({
    page,
    shell: new PortalShell(page, PORTAL),
    signInPage: new SignInPage(page),
    signIn,
    steps: { run: (_title, body) => body(), note: (message) => notes.push(message) },
  });
  // As every run's session does.
  guard.register(...RUNBOOK_DIALOGS);
  await guard.arm();
  return guard;
}

test('an overlay left covered is dismissed once nothing lies over it, though it never went by itself', async ({ page }) => {
  const notes = await surveyUnderVeilWithGuard(page);
  const survey = page.getByRole('dialog', { name: /recommend Microsoft Azure/ });

  // The lookout tries the survey, cannot click it through the veil, and leaves it for later.
  const covered = 'the "How likely are you to recommend Microsoft Azure?" overlay cannot be clicked now (something lies over it): answering it once it can';
  await expect.poll(() => notes, { timeout: 15_000 }).toEqual([covered]);
  await expect(survey).toBeVisible();

  // The veil goes; the survey does not go by itself. The lookout answers it, unasked.
  await page.locator('#veil').evaluate((veil) => veil.remove());
  await expect(survey).toBeHidden({ timeout: 15_000 });
  await expect.poll(() => notes).toEqual([covered, 'dismissed the "How likely are you to recommend Microsoft Azure?" overlay']);
});

test('a second overlay coming over a covered one is answered at once, and then the first', async ({ page }) => {
  const notes = await surveyUnderVeilWithGuard(page);

  // Once the survey is left covered, a tour comes over the veil; answering it takes the veil away.
  await expect.poll(() => notes, { timeout: 15_000 }).toHaveLength(1);
  await page.evaluate(() => {
    const tour = document.createElement('section');
    tour.setAttribute('role', 'dialog');
    tour.setAttribute('aria-label', 'Welcome to Microsoft Azure');
    tour.style.cssText = 'position:fixed;top:400px;left:100px;z-index:20;background:#fff';
    tour.innerHTML = '<h2>Welcome to Microsoft Azure</h2><button type="button">Maybe later</button>';
    tour.querySelector('button')!.addEventListener('click', () => {
      tour.remove();
      document.getElementById('veil')?.remove();
    });
    document.body.append(tour);
  });
  await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 15_000 });
  await expect.poll(() => notes.filter((note) => note.startsWith('dismissed'))).toEqual([
    'dismissed the "Welcome to Microsoft Azure" overlay',
    'dismissed the "How likely are you to recommend Microsoft Azure?" overlay',
  ]);
});

test('an overlay that goes while it is answered, another in its place: the note names the one clicked', async ({ page }) => {
  // The tour's button has no size yet when the lookout names it; then another hand dismisses the
  // tour and a survey takes its place in the pile. The survey is what gets clicked, and named.
  const tour = `<section role="dialog" aria-label="Welcome to Microsoft Azure" style="position:fixed;top:100px;left:100px;background:#fff">
    <h2>Welcome to Microsoft Azure</h2><button type="button" style="width:0;height:0;padding:0;border:0;overflow:hidden">Maybe later</button></section>`;
  await page.route(PORTAL, (route) => route.fulfill({ contentType: 'text/html', body: PAGE.replace(/<section[\s\S]*<\/section>/, tour) }));
  await page.goto(PORTAL);
  const notes: string[] = [];
  // The moment the lookout has read the tour's name (its heading's text), the test hears of it.
  const tourNamed = textRead(page, 'Welcome');
  try {
    await guardOn(page, notes);
    await tourNamed.read;
  } finally {
    tourNamed.stop();
  }
  await page.evaluate((survey) => {
    document.querySelector('section')!.remove();
    document.body.insertAdjacentHTML('beforeend', survey);
  }, PAGE.match(/<section[\s\S]*<\/section>/)![0]);
  await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 15_000 });
  // (The note follows the click once the lookout has seen the survey go.)
  await expect.poll(() => notes).toEqual(['dismissed the "How likely are you to recommend Microsoft Azure?" overlay']);
});

test('a welcome tour whose way out is "Cancel" is dismissed; the Add pane\'s own Cancel is never an overlay', async ({ page }) => {
  const welcome = `<section role="alertdialog" aria-labelledby="w" style="position:fixed;top:100px;left:100px;background:#fff">
    <h2 id="w">Welcome to Microsoft Azure</h2><button type="button">Get started</button>
    <button type="button" onclick="this.closest('section').remove()">Cancel</button></section>`;
  const addPane = `<section role="dialog" aria-label="Add a client secret"><h2>Add a client secret</h2>
    <label>Description <input></label><button type="button">Add</button><button type="button">Cancel</button></section>`;
  await page.route(PORTAL, (route) => route.fulfill({ contentType: 'text/html', body: PAGE.replace(/<section[\s\S]*<\/section>/, addPane + welcome) }));
  await page.goto(PORTAL);
  const notes: string[] = [];
  const guard = await guardOn(page, notes);
  await expect(page.getByRole('alertdialog')).toHaveCount(0, { timeout: 15_000 });
  await expect.poll(() => notes).toEqual(['dismissed the "Welcome to Microsoft Azure" overlay']);
  await expect(page.getByRole('dialog', { name: 'Add a client secret' })).toBeVisible();
  await expect(guard.overlays.any.filter({ visible: true })).toHaveCount(0);
});

test('a pane the runbook opens is never dismissed once registered, though it offers Cancel; unregistered, it would be', async ({ page }) => {
  await page.route(PORTAL, (route) => route.fulfill({ contentType: 'text/html', body: PAGE.replace(/<section[\s\S]*<\/section>/, '') }));
  await page.goto(PORTAL);
  const notes: string[] = [];
  const guard = await guardOn(page, notes);
  guard.register({ what: 'the description editor', shows: /Edit the secret's description/ });
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', `<section role="dialog" aria-label="Edit the secret's description"><h2>Edit the secret's description</h2>
      <button type="button">Save</button><button type="button" onclick="this.closest('section').remove()">Cancel</button></section>`);
    // An overlay after it: once the lookout has answered this one, it has looked at the pane too.
    document.body.insertAdjacentHTML('beforeend', `<section role="dialog" aria-label="Survey"><h2>Survey</h2>
      <button type="button" onclick="this.closest('section').remove()">Not now</button></section>`);
  });
  await expect.poll(() => notes).toEqual(['dismissed the "Survey" overlay']);
  const pane = page.getByRole('dialog', { name: "Edit the secret's description" });
  await expect(pane).toBeVisible();
  // Without the registration it is a dialog with a way out, like any overlay.
  await expect(new Overlays(page, new OwnDialogs()).any.filter({ visible: true })).toHaveCount(1);
});

test("a callout drawn inside a blade's frame, over the control a step clicks, is dismissed while the step waits for it", async ({ page }) => {
  const BLADE = 'https://sandbox.example.test/blade';
  await page.route(BLADE, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><body><button type="button" onclick="document.title='clicked'">New client secret</button>
        <section role="dialog" aria-label="Try the new experience" style="position:fixed;inset:0;background:#fff">
          <h2>Try the new experience</h2><button type="button" onclick="this.closest('section').remove()">Got it</button></section></body></html>`,
    }),
  );
  await page.route(PORTAL, (route) => route.fulfill({ contentType: 'text/html', body: PAGE.replace(/<section[\s\S]*<\/section>/, `<iframe src="${BLADE}" title="blade"></iframe>`) }));
  await page.goto(PORTAL);
  const notes: string[] = [];
  const guard = await guardOn(page, notes);
  const blade = page.frameLocator('iframe[title=blade]');
  // Within its own timeout: the step is not failed and run again (that would cost the click's whole timeout).
  await guard.protect('Click "New client secret"', () => blade.getByRole('button', { name: 'New client secret' }).click({ timeout: 10_000 }));
  await expect.poll(() => page.frames()[1]!.title()).toBe('clicked');
  expect(notes).toEqual(['dismissed the "Try the new experience" overlay inside the blade']);
});

test("a callout inside a blade's frame that something lies over counts as showing (no picture is taken), and is dismissed once it can be", async ({ page }) => {
  const BLADE = 'https://sandbox.example.test/blade';
  await page.route(BLADE, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><body>
        <section role="dialog" aria-label="Try the new search" style="position:fixed;top:0;left:0;width:300px;height:150px;background:#fff">
          <h2>Try the new search</h2><button type="button" onclick="this.closest('section').remove()">Got it</button></section>
        <div id="veil" style="position:fixed;inset:0;z-index:10;background:rgba(255,255,255,.5)"></div></body></html>`,
    }),
  );
  await page.route(PORTAL, (route) => route.fulfill({ contentType: 'text/html', body: PAGE.replace(/<section[\s\S]*<\/section>/, `<iframe src="${BLADE}" title="blade"></iframe>`) }));
  await page.goto(PORTAL);
  const notes: string[] = [];
  const guard = await guardOn(page, notes);
  await expect.poll(() => guard.overlayShowing()).toBe(true);
  const covered = 'the "Try the new search" overlay cannot be clicked now (something lies over it): answering it once it can';
  await expect.poll(() => notes).toEqual([covered]);
  await page.frameLocator('iframe[title=blade]').locator('#veil').evaluate((veil) => veil.remove());
  await expect.poll(() => guard.overlayShowing()).toBe(false);
  // The click that removes it returns after the callout is gone: its note may follow a moment later.
  await expect.poll(() => notes).toEqual([covered, 'dismissed the "Try the new search" overlay inside the blade']);
});

// A session that ends shows no sign-in view when the sign-in cookie is still good: the portal goes
// to the sign-in origin, which posts straight back to the portal's /signin-oidc, which lands on
// the portal again. A step that failed on the way must start again on the portal, not on the way.
test.describe('the portal going through sign-in by itself', () => {
  const LOGIN = 'https://login.example.test/authorize';
  const HANDOVER = `<!doctype html><html><body><form method="post" action="${PORTAL}signin-oidc"><input type="hidden" name="code" value="x"></form>
    <script>document.forms[0].submit()</script></body></html>`;

  /** The portal at `#view/A`, a sign-in origin that hands straight back, and the guard armed. */
  async function portalWithSilentSignIn(page: Page): Promise<{ guard: InterruptionGuard; notes: string[] }> {
    await page.route(`${PORTAL}signin-oidc`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><script>location.replace('${PORTAL}#view/A')</script>` }),
    );
    await page.route(PORTAL, (route) => route.fulfill({ contentType: 'text/html', body: PAGE.replace(/<section[\s\S]*<\/section>/, '') }));
    await page.route(LOGIN, (route) => route.fulfill({ contentType: 'text/html', body: HANDOVER }));
    await page.goto(`${PORTAL}#view/A`);
    const notes: string[] = [];
    return { guard: await guardOn(page, notes), notes };
  }

  test('a step that failed while the portal was still drawn starts again once the portal is back', async ({ page }) => {
    const { guard, notes } = await portalWithSilentSignIn(page);
    // The order a matrix run met: the guard looked while the portal was still drawn, and the
    // portal left for sign-in right after (its next page load then raced the hand-over).
    const settle = guard.settle.bind(guard);
    let leaving: Promise<unknown> | undefined;
    const leaveOnce = () => (leaving ??= Promise.all([page.waitForURL(LOGIN, { waitUntil: 'commit' }), page.evaluate((url) => void (location.href = url), LOGIN)]));
    guard.settle = async () => {
      const answered = await settle();
      await leaveOnce();
      return answered;
    };
    const startedOn: string[] = [];
    const found = await guard.protect('Find the app', async () => {
      startedOn.push(page.url());
      if (startedOn.length === 1) throw new Error('the list went away');
      return 'found';
    });
    expect(found).toBe('found');
    expect(startedOn).toEqual([`${PORTAL}#view/A`, `${PORTAL}#view/A`]);
    expect(notes).toEqual(['the portal went to sign in again (its session ended)', 'resuming "Find the app" after the interruption']);
  });

  test("the guard's own sign-in, over several pages of the sign-in origin, is not taken for the portal leaving again", async ({ page }) => {
    const KMSI = 'https://login.example.test/kmsi';
    await portalWithSilentSignIn(page);
    await page.route(LOGIN, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><body><main><div>Stay signed in?</div></main></body></html>' }));
    await page.route(KMSI, (route) => route.fulfill({ contentType: 'text/html', body: HANDOVER }));
    const notes: string[] = [];
    // Its "Yes" posts to the sign-in origin, which hands over to the portal (soak seed 947011 run 54 said "went to sign in again" there).
    const guard = await guardOn(page, notes, async () => {
      await page.goto(KMSI);
      await page.waitForURL(`${PORTAL}#view/A`);
    });
    await page.evaluate((url) => void (location.href = url), LOGIN);
    await expect.poll(() => notes.length > 1 && !guard.answeringNow).toBe(true);
    expect(notes).toEqual(['the portal went to sign in again (its session ended)', 'the portal asked to sign in again (the session ended): signing in']);
    expect(guard.interruptions).toBe(2);
  });

  test("a page load of the step's that the portal replaced with its own is an interruption; other failures are not", async ({ page }) => {
    const { guard } = await portalWithSilentSignIn(page);
    // The words Playwright used when a matrix run's page load met the hand-over.
    const replaced = new Error('page.goto: Navigation to "https://portal.example.test/#view/B" is interrupted by another navigation to "https://portal.example.test/signin-oidc"');
    expect(await guard.interrupted(replaced, guard.interruptions)).toBe(true);
    expect(await guard.interrupted(new Error('App registrations did not open within 60 s'), guard.interruptions)).toBe(false);
  });
});

// A delete confirmation worded otherwise than any the runbook knows (its texts are [NF], §13.11),
// with Cancel: the guard must leave it to the runbook's delete. The survey after it in the page is
// answered, so the lookout has looked at both, in document order.
test('a delete confirmation in other words, with Cancel, is left alone; the survey beside it is answered', async ({ page }) => {
  const confirmation = `<section role="alertdialog" aria-label="Delete the client secret?" style="position:fixed;top:0;left:0;width:300px;height:120px;background:#fff">
    <h2>Delete the client secret?</h2><button type="button">Delete</button><button type="button" onclick="this.closest('section').remove()">Cancel</button></section>`;
  await page.route(PORTAL, (route) => route.fulfill({ contentType: 'text/html', body: PAGE.replace('<section', `${confirmation}<section`) }));
  await page.goto(PORTAL);
  const notes: string[] = [];
  await guardOn(page, notes);
  await expect.poll(() => notes).toEqual(['dismissed the "How likely are you to recommend Microsoft Azure?" overlay']);
  await expect(page.getByRole('alertdialog', { name: 'Delete the client secret?' })).toBeVisible();
});
