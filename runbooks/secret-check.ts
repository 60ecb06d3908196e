// Checks the new row before its value leaves the blade: the value is a value (not the Secret ID,
// the real shape, agrees with the hint), and the description and end date are what was asked.
import type { SecretRow } from '../pages/certificates-secrets-blade.ts';
import { readingsOf, type PortalDates } from '../pages/portal-dates.ts';
import { GUID_SHAPE, SECRET_VALUE_SHAPE } from './created-secret.ts';
import { RunbookError } from './errors.ts';

function daysBetween(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

/**
 * Throws (never with the value in the message) when the row is not the secret that was asked for.
 * The end date is read as the page writes dates (`dates`), never by the day that was asked for.
 */
export function checkNewRow(row: SecretRow, expected: { description: string; endDate: string }, dates: PortalDates): { hint: string; expires: string } {
  if (row.value.includes('*')) throw new RunbookError('other', 'The new row shows a masked value: the portal no longer shows it, so it cannot be handed over.');
  if (row.value === row.secretId || GUID_SHAPE.test(row.value)) {
    throw new RunbookError('other', 'The Value column holds a GUID (the Secret ID?), not a client secret value.');
  }
  if (!SECRET_VALUE_SHAPE.test(row.value)) {
    throw new RunbookError('other', `The Value column does not hold a client secret value (${row.value.length} characters, not the xxx0Q~… shape).`);
  }
  if (row.secretId && !GUID_SHAPE.test(row.secretId)) {
    throw new RunbookError('other', `The Secret ID column holds "${row.secretId.slice(0, 8)}…", not a GUID.`);
  }
  if (row.description !== expected.description.trim()) {
    throw new RunbookError('other', `The new row's description is "${row.description}", not "${expected.description}".`);
  }
  const expires = dates.read(row.expires, "the new secret's end date");
  // The portal shows the end date in the browser's time zone: a day either way is the same instant.
  if (daysBetween(expires, expected.endDate) > 1) {
    // A date that reads two ways was read as something on the page or --date-order said: say which, in case that was wrong.
    const how = new Set(readingsOf(row.expires).map((r) => r.iso)).size > 1 ? ` (it shows ${row.expires}, read ${dates.settledOrder?.replace('-', ' ')} as ${dates.settledBy} says)` : '';
    throw new RunbookError('portal-refused', `The portal set the new secret to expire on ${expires}, not ${expected.endDate} as asked${how}.`);
  }
  return { hint: row.value.slice(0, 3), expires };
}
