// The guide's sentences in today's words: where the walker found that the portal now names a
// control differently (and the step was still done, through the runbook's own control or the
// renamed one), the guide's word gives way to the portal's. Every rewording is listed, so a
// writer reviews it rather than discovers it.
import type { LoadedGuide } from '../guide/load-guide.ts';
import { stepDifferences } from '../guide/differences.ts';
import type { StepResult } from '../guide/verdict.ts';

export interface Rewording {
  step: string;
  guide: string;
  today: string;
  /** Why the walker trusts today's word: how the step was done, or how close the name is. */
  because: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The guide's words, as its sentences use them, that the portal shows differently today, with what it shows instead. */
export function rewordings(guide: LoadedGuide, results: StepResult[]): Rewording[] {
  const text = guideText(guide).toLowerCase();
  const found: Rewording[] = [];
  for (const result of results) {
    if (result.verdict !== 'drift') continue;
    for (const difference of stepDifferences(result)) {
      if (difference.kind !== 'missing' || !difference.today || !difference.because) continue;
      const { word } = difference.check;
      // A word the guide's text does not use (e.g. a menu item only its picture showed) changes no text.
      if (!text.includes(word.text.toLowerCase())) continue;
      if (!found.some((known) => known.guide === word.text)) found.push({ step: result.id, guide: word.text, today: difference.today, because: difference.because });
    }
  }
  return found;
}

/** The guide's sentences (its steps' `says`): the text today's words replace the guide's in. */
function guideText(guide: LoadedGuide): string {
  return guide.steps.map((step) => step.says).join('\n');
}

export function inTodaysWords(text: string, changes: Rewording[]): string {
  return changes.reduce((out, change) => out.replace(new RegExp(escape(change.guide), 'gi'), change.today), text);
}

/** Which sentences a step adds to the text: none when an earlier step already said them. */
export function sentencesOf(guide: LoadedGuide): Map<string, string | undefined> {
  const said: string[] = [];
  const own = new Map<string, string | undefined>();
  for (const step of guide.steps) {
    const repeated = said.some((earlier) => earlier.includes(step.says));
    own.set(step.id, repeated ? undefined : step.says);
    said.push(step.says);
  }
  return own;
}
