// Errors as one plain sentence a person can act on: what was awaited and what stood in the way.
// Playwright's call log and terminal colour codes stay out (shown with PORTAL_RUNBOOK_DEBUG only).
import { RunbookError } from './errors.ts';

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

const VERBS: Record<string, string> = {
  click: 'click',
  fill: 'type into',
  pressSequentially: 'type into',
  check: 'tick',
  waitFor: 'see',
  innerText: 'read',
  inputValue: 'read',
  goto: 'open',
};

export function withoutEscapes(text: string): string {
  return text.replace(ANSI, '');
}

/** The error's message in plain words: no call log, no escape codes, Playwright timeouts explained. */
export function plainMessage(error: unknown): string {
  const raw = withoutEscapes(error instanceof Error ? error.message : String(error));
  const cut = raw.search(/\n\s*Call log:/);
  // A browser that died appends its own launch log ("Browser logs: …"): not the user's business.
  const text = (cut >= 0 ? raw.slice(0, cut) : raw).replace(/\n\s*Browser logs:[\s\S]*$/, '').trim();
  if (!(error instanceof RunbookError) && /Target page, context or browser has been closed|Browser has been closed|Browser closed\./.test(text)) {
    return 'The browser closed in the middle of the run (it crashed or was killed).';
  }
  const replaced = /^(?:\w+\.)?(?:goto|reload): Navigation to "([^"]+)" is interrupted by another navigation to "([^"]+)"/.exec(text);
  if (replaced) return `While ${place(replaced[1]!)} was opening, the portal went to ${place(replaced[2]!)} by itself (to sign in again, or a reload of its own).`;
  const log = cut >= 0 ? raw.slice(cut) : '';
  const timeout = /^(?:\w+\.)?(\w+): Timeout (\d+)ms exceeded\.?$/m.exec(text);
  if (!timeout) return text;
  const action = VERBS[timeout[1]!] ?? 'finish';
  const target = /waiting for (.+?)(?: to be (visible|hidden))?$/m.exec(log)?.[1]?.trim();
  const covering = /(<[^>]{1,120}>)[^\n]*intercepts pointer events/.exec(log)?.[1];
  const seconds = Math.round(Number(timeout[2]) / 1000);
  const what = target ? ` ${readable(target)}` : '';
  return `Waited ${seconds} s to ${action}${what}${covering ? `; ${covering} covered it` : ''}.`;
}

/** A page by its address without the query (codes and states stay out): origin, path and route. */
function place(url: string): string {
  try {
    const { origin, pathname, hash } = new URL(url);
    return `${origin}${pathname}${hash.split('?')[0]}`;
  } catch {
    return 'another page';
  }
}

/** A locator as a person would name it: its last role and name ("the button "Maybe later""). */
function readable(locator: string): string {
  if (locator.length <= 100) return locator;
  const named = [...locator.matchAll(/getBy(Role|Text|Label|Placeholder)\((?:'(\w+)', \{ name: )?([^)}]+?)(?: \})?\)/g)].at(-1);
  if (!named) return `${locator.slice(0, 97)}…`;
  const [, by, role, name] = named;
  return by === 'Role' ? `the ${role} ${name!.trim()}` : `the ${by!.toLowerCase()} ${name!.trim()}`;
}
