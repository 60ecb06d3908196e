// Asking the person at the terminal before something that cannot be undone.
import { createInterface } from 'node:readline/promises';

/** True when stdin is a terminal a person can answer at. */
export function canAsk(): boolean {
  return process.stdin.isTTY === true;
}

/** Asks a yes/no question on stderr; only "y" or "yes" is yes. */
export async function askYesNo(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}
