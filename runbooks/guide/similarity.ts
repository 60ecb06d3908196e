// Ranks what the portal shows against a word the guide names: Levenshtein distance (the
// fastest-levenshtein package) turned into a similarity from 0 to 1, case and spacing ignored.
import { distance } from 'fastest-levenshtein';

export interface Candidate {
  text: string;
  /** 1 = the same words, 0 = nothing in common. */
  score: number;
}

function normal(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function sameWords(a: string, b: string): boolean {
  return normal(a) === normal(b);
}

export function similarity(a: string, b: string): number {
  const [x, y] = [normal(a), normal(b)];
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1;
  return Math.round((1 - distance(x, y) / longest) * 100) / 100;
}

/** The closest candidates first (at most `limit`), duplicates removed. */
export function rank(word: string, seen: readonly string[], limit = 3): Candidate[] {
  const unique = [...new Set(seen.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean))];
  return unique
    .map((text) => ({ text, score: similarity(word, text) }))
    .sort((a, b) => b.score - a.score || a.text.localeCompare(b.text))
    .slice(0, limit);
}

/** Close enough to be the same control renamed ("New client secret" → "Add client secret"). */
export const RENAMED_AT = 0.5;
