// The one walker: follows a guide's steps in order through the page objects (step-actions.ts),
// checks every word the guide names where the guide says it is (check-words.ts), and goes on
// past a drift. A step whose action cannot be done is broken; the steps that depend on it are
// skipped. Both entry points (verify-guide, the Playwright project `guide`) and the screenshot
// capture use it; `onStep` hooks let them add to each step.
import { join } from 'node:path';
import type { InterruptionGuard } from '../interruption-guard.ts';
import { plainMessage } from '../plain-error.ts';
import { RunbookError } from '../errors.ts';
import { checkWords, keptReadings, type StepWords } from './check-words.ts';
import { cropPlace } from './crop.ts';
import type { GuideStep } from './guide-schema.ts';
import type { LoadedGuide } from './load-guide.ts';
import { RENAMED_AT, similarity } from './similarity.ts';
import { bindingFor, type ActionBinding } from './step-actions.ts';
import { restoreWalk } from './walk-restore.ts';
import type { StepResult, WordCheck } from './verdict.ts';
import type { WalkContext } from './walk-context.ts';

export interface WalkOptions {
  guard: InterruptionGuard;
  /** Where cropped pictures go (a folder); none taken when undefined. */
  cropDir?: string;
  /** Called once a step has its result (e.g. to attach it to a Playwright test step). */
  onStep?: (result: StepResult) => Promise<void> | void;
  /**
   * Called once the step's words are checked, right before it acts (documentation screenshots
   * capture here, with the control about to be used on screen). `renamed` is the control's name
   * when the step goes through a renamed control.
   */
  beforeAct?: (moment: ActMoment) => Promise<void> | void;
}

export interface ActMoment {
  step: GuideStep;
  index: number;
  doneBy: NonNullable<StepResult['doneBy']>;
  renamed?: string;
}

class StepBroken extends Error {}

export async function walkGuide(guide: LoadedGuide, ctx: WalkContext, options: WalkOptions): Promise<StepResult[]> {
  const results: StepResult[] = [];
  const done: GuideStep[] = [];
  ctx.watch ??= (work) => options.guard.watch(work);
  for (const [index, step] of guide.steps.entries()) {
    const depends = step.depends ?? (index > 0 ? [guide.steps[index - 1]!.id] : []);
    const blocked = depends.map((id) => results.find((result) => result.id === id)).find((result) => result && (result.verdict === 'broken' || result.verdict === 'skipped'));
    const base = { id: step.id, line: guide.lines[step.id], says: step.says, action: step.action, target: step.target };
    let result: StepResult;
    if (blocked) {
      result = { ...base, verdict: 'skipped', words: notChecked(step), added: [], reason: `it depends on "${blocked.id}", which is ${blocked.verdict}`, durationMs: 0 };
    } else {
      const cropPath = options.cropDir ? join(options.cropDir, `${String(index + 1).padStart(2, '0')}-${step.id}.png`) : undefined;
      result = await ctx.steps.run(`Step ${index + 1} (${step.id}): ${step.action} ${step.target}`, () => walkStep(step, index, base, ctx, options, cropPath, [...done]));
    }
    results.push(result);
    if (result.verdict === 'match' || result.verdict === 'drift') done.push(step);
    await options.onStep?.(result);
  }
  return results;
}

async function walkStep(step: GuideStep, index: number, base: Omit<StepResult, 'verdict' | 'words' | 'added' | 'durationMs'>, ctx: WalkContext, options: WalkOptions, cropPath: string | undefined, done: GuideStep[]): Promise<StepResult> {
  const started = performance.now();
  const binding = bindingFor(step);
  let words: StepWords | undefined;
  let doneBy: StepResult['doneBy'];
  let entered: string | undefined;
  let crop: string | undefined;
  const takeCrop = async (problemPlace?: string) => {
    if (!cropPath || crop) return;
    const region = problemPlace ? words?.readings.get(problemPlace as never)?.region : undefined;
    if (await cropPlace(ctx, region, cropPath)) crop = cropPath;
  };
  try {
    await options.guard.protect(`Step ${step.id}`, async () => {
      crop = undefined;
      await binding.ready?.(ctx, step);
      words = await checkWords(ctx, step);
      const problem = words.checks.find((check) => check.status !== 'match' && check.status !== 'not-checked');
      if (problem || words.added.length > 0) await takeCrop(problem?.word.where ?? words.added[0]!.where);
      // The step's first word is the control it acts on (guides/README.md).
      const target = words.checks[0];
      if (!target || target.status === 'match' || target.status === 'not-checked' || target.status === 'moved') {
        if (!(await binding.available(ctx, step))) throw new StepBroken(`the portal shows no control the runbook can ${step.action} here`);
        doneBy = target && target.status === 'moved' ? 'runbook' : 'guide';
        await options.beforeAct?.({ step, index, doneBy });
        entered = (await binding.perform(ctx, step)) ?? undefined;
        return;
      }
      if (await binding.available(ctx, step)) {
        doneBy = 'runbook';
        await showRunbookControl(ctx, step, binding, target);
        await options.beforeAct?.({ step, index, doneBy });
        entered = (await binding.perform(ctx, step)) ?? undefined;
        return;
      }
      const renamed = target.candidates[0];
      if (binding.performNamed && renamed && renamed.score >= RENAMED_AT) {
        doneBy = 'renamed';
        await options.beforeAct?.({ step, index, doneBy, renamed: renamed.text });
        await binding.performNamed(ctx, step, renamed.text);
        return;
      }
      throw new StepBroken(`"${target.word.text}" is not in the ${target.word.where.replace(/-/g, ' ')} and nothing there can stand in for it${target.candidates.length ? ` (closest: "${target.candidates[0]!.text}", ${target.candidates[0]!.score})` : ''}`);
    }, () => restoreWalk(ctx, done, step));
  } catch (error) {
    if (error instanceof RunbookError && error.kind !== 'other') throw error;
    // Without its browser (it crashed or was killed) no later step can be walked: the run ends, and
    // what it added is deleted from a new one.
    if (ctx.page.isClosed()) throw error;
    await takeCrop(words?.checks[0]?.word.where);
    const reason = error instanceof StepBroken ? error.message : plainMessage(ctx.redactor.scrubError(error));
    return { ...base, verdict: 'broken', words: words?.checks ?? notChecked(step), added: words?.added ?? [], reason, crop, durationMs: performance.now() - started };
  }
  const checks = words!.checks;
  const drift = checks.some((check) => check.status !== 'match' && check.status !== 'not-checked') || words!.added.length > 0;
  const unreadNote = words!.unread.length ? `the ${words!.unread.map((place) => place.replace(/-/g, ' ')).join(' and the ')} could not be read, so the words there were not checked` : undefined;
  const createNote = step.action === 'read' && !ctx.create ? 'nothing was added (default run): only what shows without a new secret was checked' : undefined;
  const reason = [unreadNote, createNote].filter(Boolean).join('; ') || undefined;
  const seen = keptReadings(words!.readings);
  return {
    ...base, verdict: drift ? 'drift' : 'match', words: checks, added: words!.added, doneBy, reason, crop: drift ? crop : undefined,
    ...(seen.length ? { seen } : {}), ...(entered !== undefined ? { entered } : {}), durationMs: performance.now() - started,
  };
}

/** What the runbook acts on stands in for the guide's word: it is what the portal shows there now. */
async function showRunbookControl(ctx: WalkContext, step: GuideStep, binding: ActionBinding, target: WordCheck): Promise<void> {
  const name = await binding.controlName?.(ctx, step).catch(() => undefined);
  if (!name) return;
  target.candidates = [{ text: name, score: similarity(target.word.text, name) }, ...target.candidates.filter((c) => c.text !== name)].slice(0, 3);
  target.shown = name;
  target.note = "the runbook's way: the control it knows by that name";
}

function notChecked(step: GuideStep) {
  return step.words.map((word) => ({ word, status: 'not-checked' as const, candidates: [] }));
}
