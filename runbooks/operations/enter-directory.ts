// Puts the portal into the directory --tenant names, by the portal's own means, and proves it is
// there before anything is touched: a deep link that names the directory (`#@<domain or tenant
// ID>/…`, portal.md §1), which signs in to it (silently while the sign-in session lives); if the
// portal is not in it afterwards (a link that landed on Home, or a portal that kept its directory),
// Portal settings → Directories + subscriptions → "Switch". Proof: the Microsoft Entra ID
// Overview's "Tenant ID" and the account button's "under <Tenant> (<domain>) tenant". An account
// that may not enter it (AADSTS50020 / AADSTS90002 on the sign-in page, or no such row to switch
// to) is refused, with nothing done.
import { AccountMenu } from '../../pages/account-menu.ts';
import { DIRECTORIES_ROUTE, DirectoriesBlade } from '../../pages/directories-blade.ts';
import { ENTRA_OVERVIEW_ROUTE, EntraIdBlade } from '../../pages/entra-id-blade.ts';
import { visibleText, waitForState } from '../../pages/race.ts';
import { addressOf, isDirectory, parseDirectoryName, type DirectoryName } from '../directory-name.ts';
import { RunbookError } from '../errors.ts';
import type { PortalRun } from '../portal-run.ts';
import type { PortalSession } from '../portal-session.ts';

const LANDING_TIMEOUT = 60_000;
/** Home drawn while the address still names the Overview: the Overview this long more, else it was a landing on Home (§1). */
const HOME_GRACE = 15_000;

/** The directory the portal showed it is in. */
export interface EnteredDirectory {
  tenantId: string;
  /** As the account button names it. */
  name?: string;
  domain?: string;
}

type Landing = { kind: 'shown'; shown: EnteredDirectory } | { kind: 'refused'; message: string } | { kind: 'home' };

/** The sign-in service's own words for a refusal: from its AADSTS code on, one line. */
function serviceWords(text: string): string {
  const from = text.search(/AADSTS\d+/);
  return (from < 0 ? text : text.slice(from)).replace(/\s+/g, ' ').trim().slice(0, 300);
}

function refusal(run: PortalRun, tenant: string, why: string): RunbookError {
  return new RunbookError('directory-refused', `${run.account.username} cannot enter the directory ${tenant}: ${why}. Nothing was changed.`);
}

/** The directory the portal shows now: its Entra ID Overview's Tenant ID, and the account button's words. */
async function shownDirectory(session: PortalSession, timeout?: number): Promise<EnteredDirectory> {
  const tenantId = await new EntraIdBlade(session.page).tenantId(timeout);
  const current = await new AccountMenu(session.page).currentDirectory();
  return { tenantId, name: current?.name, domain: current?.domain };
}

/** Opens the Entra ID Overview in the directory the address names, and says where that landed. */
async function byDeepLink(session: PortalSession, name: DirectoryName): Promise<Landing> {
  const { page, shell, signInPage } = session;
  await shell.open(`@${addressOf(name)}/${ENTRA_OVERVIEW_ROUTE}`);
  const shown = shownDirectory(session, LANDING_TIMEOUT).then((found): Landing => ({ kind: 'shown', shown: found }));
  shown.catch(() => undefined);
  const refused = waitForState(signInPage.errorPageText.first(), 'visible', LANDING_TIMEOUT).then(async (): Promise<Landing> => {
    return { kind: 'refused', message: serviceWords(await visibleText(page.locator('body'))) };
  });
  const home = waitForState(shell.homeServices.first(), 'visible', LANDING_TIMEOUT).then(async (): Promise<Landing> => {
    // Home drawn on the way to the blade is not a landing: the Overview gets a grace to come.
    if (!shell.routeStillOpen('ActiveDirectoryMenuBlade')) return { kind: 'home' };
    return shownDirectory(session, HOME_GRACE).then(
      (found): Landing => ({ kind: 'shown', shown: found }),
      (): Landing => ({ kind: 'home' }),
    );
  });
  return Promise.any([shown, refused, home]).catch(() => {
    throw new Error(`The Microsoft Entra ID Overview did not open within ${LANDING_TIMEOUT / 1000} s`);
  });
}

/** Portal settings → Directories + subscriptions → the directory's "Switch"; undefined when it is not listed. */
async function bySwitch(session: PortalSession, name: DirectoryName): Promise<EnteredDirectory | { notListed: string[] }> {
  const { shell } = session;
  shell.directory = undefined;
  await shell.open(DIRECTORIES_ROUTE);
  const blade = new DirectoriesBlade(session.page);
  const row = await blade.findRow(addressOf(name));
  if (!row) return { notListed: await blade.listed() };
  // The portal may be in it already (the link entered it but drew Home): then there is nothing to switch.
  if (!(await blade.isCurrent(row))) {
    await blade.switchTo(row);
    await shell.showing({ ready: shell.ready });
  }
  await shell.open(ENTRA_OVERVIEW_ROUTE);
  return shownDirectory(session);
}

/**
 * Enters the directory `tenant` names (a tenant ID or domain) and returns what the portal showed;
 * at once when the run is already there. From then on the run's routes name it.
 */
export async function enterDirectory(run: PortalRun, tenant: string): Promise<EnteredDirectory> {
  const name = parseDirectoryName(tenant);
  const already = run.directory;
  if (already && isDirectory(name, already)) return already;
  const session = await run.signIn();
  const title = `Enter the directory ${tenant}`;
  // A refusal is said after the step, not thrown inside it: the guard would take its error page
  // for a sign-in to answer.
  const outcome = await run.steps.run(title, () =>
    session.guard.protect(title, () =>
      session.guard.crossing(async (): Promise<EnteredDirectory | { refused: string }> => {
        const landing = await byDeepLink(session, name);
        if (landing.kind === 'refused') return { refused: `the sign-in service refused it ("${landing.message}")` };
        if (landing.kind === 'shown' && isDirectory(name, landing.shown)) return landing.shown;
        run.steps.note(landing.kind === 'home' ? 'the link naming the directory landed on Home: switching in Portal settings' : 'the portal stayed in another directory: switching in Portal settings');
        const switched = await bySwitch(session, name);
        if ('notListed' in switched) return { refused: `it is not among the directories Portal settings → Directories + subscriptions lists for the account (${switched.notListed.join('; ') || 'none'})` };
        if (!isDirectory(name, switched)) return { refused: `after "Switch" the portal shows the directory ${switched.tenantId}${switched.domain ? ` (${switched.domain})` : ''}` };
        return switched;
      }),
    ),
  ).catch((error: unknown) => {
    // A sign-in the guard had to answer on the way (the sign-in session had ended) may end on the refusal page.
    if (error instanceof RunbookError && error.kind === 'sign-in' && /AADSTS(50020|90002)\b/.test(error.message)) return { refused: `the sign-in service refused it ("${serviceWords(error.message)}")` };
    throw error;
  });
  if ('refused' in outcome) throw refusal(run, tenant, outcome.refused);
  const entered = outcome;
  session.shell.directory = addressOf(name);
  await run.enteredDirectory(entered);
  return entered;
}
