// Matches the requested expiry to what the pane's Expires control offers, in the portal's own
// words. No silent substitution: what is not offered stops the run before Add.
import type { AddClientSecretPane, ExpiresControl } from '../pages/add-client-secret-pane.ts';
import type { PortalDates } from '../pages/portal-dates.ts';
import { RunbookError } from './errors.ts';
import type { ExpiryRequest } from './expiry.ts';

export interface ExpiryChoice {
  /** The option chosen, as the portal words it ("Recommended: 180 days (6 months)", "In 1 year", "Custom"). */
  option: string;
  /** Everything the control offered. */
  offered: string[];
  /** Custom only: the dates typed (YYYY-MM-DD). */
  start?: string;
  end?: string;
}

/** The offered option that is exactly the request, or undefined. */
export function matchOption(request: ExpiryRequest, offered: readonly string[]): string | undefined {
  const pattern = optionPattern(request);
  return offered.find((option) => pattern.test(option.trim()));
}

function optionPattern(request: ExpiryRequest): RegExp {
  switch (request.kind) {
    case 'days':
      return new RegExp(`^(Recommended:\\s*)?${request.days} days\\b`);
    case 'months':
      // "6 months" alone, as the 2021–22 portal words it: "180 days (6 months)" is another length.
      return new RegExp(`^(Recommended:\\s*)?${request.months} months$`);
    case 'years':
      return new RegExp(`^In ${request.years} years?$`);
    case 'date':
      return /^Custom$/;
  }
}

export function notOffered(asked: string, offered: readonly string[]): RunbookError {
  const flags = offered.map(expiresFlagFor).filter((flag): flag is string => flag !== undefined);
  const advice = flags.length > 0 ? `ask for one of those with --expires ${orList(flags)}` : '--expires can choose none of those';
  return new RunbookError(
    'bad-input',
    `The portal does not offer ${asked} for a client secret here; it offers: ${offered.map((o) => `"${o}"`).join(', ')}. Nothing was added: ${advice}.`,
  );
}

/** The --expires value that chooses an option the portal offers ("In 1 year" → 1y), if any. */
export function expiresFlagFor(option: string): string | undefined {
  const text = option.trim();
  const days = /^(?:Recommended:\s*)?(\d+) days\b/.exec(text);
  if (days) return `${days[1]}d`;
  const months = /^(?:Recommended:\s*)?(\d+) months$/.exec(text);
  if (months) return `${months[1]}m`;
  const years = /^In ([12]) years?$/.exec(text);
  if (years) return `${years[1]}y`;
  if (text === 'Custom') return 'an end date YYYY-MM-DD';
  return undefined; // "Never": gone since April 2021, and refused by --expires
}

function orList(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;
}

function asked(request: ExpiryRequest): string {
  switch (request.kind) {
    case 'days':
      return `"${request.days} days"`;
    case 'months':
      return `"${request.months} months"`;
    case 'years':
      return `"In ${request.years} year${request.years === 2 ? 's' : ''}"`;
    case 'date':
      return `a custom end date (${request.end})`;
  }
}

/**
 * Sets the pane's Expires to the request, or throws bad-input listing what the portal offers.
 * `today` (YYYY-MM-DD) is Custom's Start. The page's dates are learned from (`dates`): Custom's
 * Start is filled in with today, which tells how the page writes dates; when nothing on the page
 * has told that yet, Custom is looked at before a preset is chosen (a read of the open pane, no setting).
 */
export async function chooseExpiry(pane: AddClientSecretPane, request: ExpiryRequest, today: string, dates: PortalDates): Promise<ExpiryChoice> {
  const control: ExpiresControl = await pane.expiresControl();
  if (control === 'dropdown') await pane.openExpires();
  const offered = await pane.offeredExpiries(control);
  const option = matchOption(request, offered);
  if (!option) throw notOffered(asked(request), offered);
  const custom = offered.find((offer) => offer.trim() === 'Custom');
  if (request.kind !== 'date' && dates.needsEvidence && control === 'dropdown' && custom) {
    await pane.chooseExpiry(control, custom);
    await learnFromStart(pane, dates, today);
  }
  await pane.chooseExpiry(control, option);
  if (request.kind !== 'date') return { option, offered };
  await learnFromStart(pane, dates, today);
  await pane.setCustomDates(today, request.end, dates);
  return { option, offered, start: today, end: request.end };
}

async function learnFromStart(pane: AddClientSecretPane, dates: PortalDates, today: string): Promise<void> {
  const prefill = await pane.startPrefill();
  if (prefill) dates.sawToday(prefill, today, 'the Custom Start box');
}
