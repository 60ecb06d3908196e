// The guide's sentences in today's words: where the walker found that the portal now names a
// control differently (and the step was still done, through the runbook's own control or the
// renamed one), the guide's word gives way to the portal's. Every rewording is listed, so a
// writer reviews it rather than discovers it.
import type { LoadedGuide } from '../guide/load-guide.ts';
import { RENAMED_AT } from '../guide/similarity.ts';
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
  const text = guide.steps.map((step) => step.says).join('\n').toLowerCase();
  const found: Rewording[] = [];
  for (const result of results) {
    if (result.verdict !== 'drift') continue;
    result.words.forEach((check, index) => {
      if (check.status !== 'missing') return;
      const today = check.shown ?? check.candidates[0]?.text;
      const score = check.candidates.find((candidate) => candidate.text === today)?.score ?? 0;
      // Only a control the step used stands in for the guide's word (not, say, a banner it read).
      const doneThrough = index === 0 && (result.action === 'navigate' || result.action === 'click') && (result.doneBy === 'runbook' || result.doneBy === 'renamed');
      if (!today || (!doneThrough && score < RENAMED_AT)) return;
      // A word the guide's sentences do not use (e.g. a menu item only its picture showed) changes no text.
      if (!text.includes(check.word.text.toLowerCase())) return;
      const because = doneThrough ? `the step was done through "${today}"` : `the closest name there (similarity ${score})`;
      if (!found.some((known) => known.guide === check.word.text)) found.push({ step: result.id, guide: check.word.text, today, because });
    });
  }
  return found;
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
