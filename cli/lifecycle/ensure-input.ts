// ensure's checked input, one app's (--app) or one row's (--apps): a new secret's input, a stable
// description, and the days a secret must have left to cover it.
import { badInput } from '../../runbooks/errors.ts';
import { defaultDescription } from '../create-secret-input.ts';
import { newSecretInput } from '../new-secret-input.ts';
import type { EnsureFlags } from '../commands/ensure.ts';

export function minDaysFrom(value: unknown): number {
  const days = Number(value);
  if (typeof value !== 'number' || !Number.isInteger(days) || days < 1 || days > 730) {
    throw badInput(`--min-days: a whole number of days from 1 to 730 (got ${typeof value === 'number' && !Number.isNaN(value) ? value : 'something that is not a number'}).`);
  }
  return days;
}

/** ensure's checks on top of any new secret's: a stable description (one-app and per-app alike). */
export function ensureInput(flags: EnsureFlags, today: Date) {
  const minDays = minDaysFrom(flags['min-days']);
  return newSecretInput(flags, today, (request) => {
    if (request.description === defaultDescription(today)) throw badInput('--description: ensure needs a stable description (the default holds today\'s date, so no earlier secret would ever cover it).');
  }).then((input) => ({ ...input, minDays }));
}
