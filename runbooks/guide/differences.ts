// The differences a step's result holds, once: every word the portal shows otherwise than the
// guide (missing, changed, moved) and what it shows besides in a place the guide shows whole.
// verify-guide's reports (reports.ts) and the screenshots' guide.md both write these, each for
// its reader; neither compares anything itself.
import { RENAMED_AT } from './similarity.ts';
import type { StepResult, WordCheck } from './verdict.ts';

export type Difference =
  /** Not shown where the guide says; `today` is the portal's word that stands in for it, if one does. */
  | { kind: 'missing'; check: WordCheck; today?: string; because?: string }
  | { kind: 'changed'; check: WordCheck }
  | { kind: 'moved'; check: WordCheck }
  /** Shown in a place the guide shows completely, and not in the guide. */
  | { kind: 'added'; where: string; texts: string[] };

/**
 * The portal's word that stands in for a missing one: the control the step was done through
 * (the runbook's own, or the renamed one), or a name at least RENAMED_AT similar. None when the
 * word is simply gone.
 */
export function standIn(step: StepResult, check: WordCheck, index: number): { today: string; because: string } | undefined {
  if (check.status !== 'missing') return undefined;
  const today = check.shown ?? check.candidates[0]?.text;
  if (!today) return undefined;
  const score = check.candidates.find((candidate) => candidate.text === today)?.score ?? 0;
  // Only a control the step used stands in by use (not, say, a banner it read).
  const doneThrough = index === 0 && (step.action === 'navigate' || step.action === 'click') && (step.doneBy === 'runbook' || step.doneBy === 'renamed');
  if (doneThrough) return { today, because: `the step was done through "${today}"` };
  if (score >= RENAMED_AT) return { today, because: `the closest name there (similarity ${score})` };
  return undefined;
}

export function stepDifferences(step: StepResult): Difference[] {
  const found: Difference[] = [];
  step.words.forEach((check, index) => {
    if (check.status === 'missing') found.push({ kind: 'missing', check, ...standIn(step, check, index) });
    if (check.status === 'changed') found.push({ kind: 'changed', check });
    if (check.status === 'moved') found.push({ kind: 'moved', check });
  });
  const places = [...new Set(step.added.map((a) => a.where))];
  for (const where of places) found.push({ kind: 'added', where, texts: step.added.filter((a) => a.where === where).map((a) => a.text) });
  return found;
}
