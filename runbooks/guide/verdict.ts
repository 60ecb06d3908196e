// What the walker finds at each step, and the run's verdict. The JSON report is this shape
// (guides/README.md documents it).
import type { Candidate } from './similarity.ts';
import type { GuideWord } from './guide-schema.ts';

export type WordStatus =
  /** Shown where the guide says, in the guide's words. */
  | 'match'
  /** Not shown where the guide says (candidates say what is there instead). */
  | 'missing'
  /** Shown, but in another kind of control (a section heading is now a tab; radios are a dropdown). */
  | 'changed'
  /** Shown, but under another menu group than the guide says. */
  | 'moved'
  /** Not looked for: the step did not run far enough (broken, skipped, or needs --create). */
  | 'not-checked';

export interface WordCheck {
  word: GuideWord;
  status: WordStatus;
  /** What the portal shows in that place instead (the best candidate, or the changed control). */
  shown?: string;
  candidates: Candidate[];
  note?: string;
}

export type StepVerdict = 'match' | 'drift' | 'broken' | 'skipped' | 'not-run';

export interface StepResult {
  id: string;
  line: number | undefined;
  says: string;
  action: string;
  target: string;
  verdict: StepVerdict;
  words: WordCheck[];
  /** Words the portal shows in a place the guide shows completely, that the guide does not name. */
  added: { where: string; text: string }[];
  /** How the step was done: the guide's own control, the runbook's way, or a renamed control. */
  doneBy?: 'guide' | 'runbook' | 'renamed';
  /** Why the step is broken, skipped or not run. */
  reason?: string;
  /** A cropped, masked screenshot of the place, for drift and break (file name in the report folder). */
  crop?: string;
  durationMs: number;
}

export type RunVerdict = 'match' | 'drift' | 'broken';

export function runVerdict(steps: StepResult[]): RunVerdict {
  if (steps.some((step) => step.verdict === 'broken')) return 'broken';
  if (steps.some((step) => step.verdict === 'drift')) return 'drift';
  return 'match';
}

export const VERDICT_EXIT: Record<RunVerdict, number> = { match: 0, drift: 6, broken: 7 };
