// A flag that takes one value, given twice (`--expires 180d --expires 1y`), reaches a command as a
// list. Which one the user meant is a guess, so the run is refused, naming the flag.
import type { Arguments } from 'yargs';

/** What yargs hands a check as its second argument (it says "aliases"; it passes the options). */
interface DeclaredOptions {
  array?: string[];
}

/** A yargs check: true, or the error naming the first single-value flag given more than once. */
export function refuseRepeatedFlags(argv: Arguments, declared: unknown): true | Error {
  const lists = new Set((declared as DeclaredOptions).array ?? []);
  for (const [key, value] of Object.entries(argv)) {
    if (!Array.isArray(value) || key === '_' || lists.has(key)) continue;
    // yargs also files each kebab-case flag under its camelCase name: report the flag as typed.
    const kebab = key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    if (kebab !== key && kebab in argv) continue;
    return new Error(`--${kebab} was given ${value.length} times (${value.map(String).join(', ')}); give it once.`);
  }
  return true;
}
