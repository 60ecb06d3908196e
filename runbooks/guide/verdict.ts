// What the walker finds at each step, and the run's verdict. The JSON report is this shape
// (guides/README.md documents it).
import type { Candidate } from './similarity.ts';
import type { SeenWord } from '../../pages/visible-words.ts';
import type { GuideWord, Place } from './guide-schema.ts';

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
  /** The kind of control the portal offers the choices in, when it is not the one the guide shows. */
  control?: 'radio' | 'dropdown';
}

/** What a step read at one place it checked: the portal's words there, in the portal's order. */
export interface PlaceSeen {
  where: Place;
  words: SeenWord[];
  /** The kind of control a choice is made with (pane-choices). */
  control?: 'radio' | 'dropdown';
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
  /**
   * What the step read at the places it checked (not Home or the app list: those hold the
   * tenant's own names). guide.md describes the guide's pictures in today's words from these.
   */
  seen?: PlaceSeen[];
  /** What the step typed or chose, as the portal shows it once done (type, choose). */
  entered?: string;
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
