// Where a step starts, brought back after an interruption that reloaded the portal (its session
// ended and the guard signed in again; the portal redrew a blade's frame). A reload keeps the
// portal's address, so navigation steps survive it; what the steps since the last navigation did
// on the page does not (the pane opened, the description typed, the expiry chosen, the value shown
// once). Those are done again, the runbook's way, so the walk goes on with the same verdicts. A
// secret Add created whose value the reload hid is deleted first: it can be handed to no one.
import { RunbookError } from '../errors.ts';
import type { GuideStep } from './guide-schema.ts';
import { bindingFor } from './step-actions.ts';
import type { WalkContext } from './walk-context.ts';

/** Steps whose effect is in the portal's address (it survives a reload). */
const SURVIVES_RELOAD = new Set(['navigate']);

/** Surfaces found in a frame that is gone are found again where the step needs them. */
export function forgetDetachedSurfaces(ctx: WalkContext): void {
  if (ctx.list && ctx.list.scope.isDetached()) ctx.list = undefined;
  if (ctx.blade && ctx.blade.scope.isDetached()) ctx.blade = undefined;
  if (ctx.pane && ctx.pane.formScope.isDetached()) ctx.pane = undefined;
}

async function shows(locator: import('playwright').Locator): Promise<boolean> {
  return (await locator.filter({ visible: true }).count().catch(() => 0)) > 0;
}

/** Whether what the steps since the last navigation did is still on the page. */
async function stillShown(ctx: WalkContext, since: GuideStep[]): Promise<boolean> {
  const added = since.some((step) => step.action === 'add');
  if (added && ctx.create) return !ctx.added.pending || (ctx.newRow !== undefined && (await shows(ctx.newRow)) && !(await ctx.newRow.first().innerText().catch(() => '*')).includes('*'));
  if (since.some((step) => step.action === 'click' || step.action === 'type' || step.action === 'choose') && !added) return ctx.pane !== undefined && (await shows(ctx.pane.description));
  return true;
}

/**
 * Brings the page back to where `step` starts, given the steps done before it. Nothing is done
 * when the page still shows their effect (an overlay was answered, no reload). An Add cut short
 * (its step is the one interrupted) may have created a secret all the same: it is deleted first.
 */
export async function restoreWalk(ctx: WalkContext, done: GuideStep[], step: GuideStep): Promise<void> {
  forgetDetachedSurfaces(ctx);
  const lastNavigation = done.map((each) => SURVIVES_RELOAD.has(each.action)).lastIndexOf(true);
  const since = done.slice(lastNavigation + 1);
  const addCutShort = step.action === 'add' && ctx.create && ctx.added.pending;
  if (since.length === 0) return;
  const shown = await stillShown(ctx, since);
  if (addCutShort && !shown) await deleteUnreadSecret(ctx);
  if (shown) return;
  ctx.steps.note(`the page was drawn anew: doing ${since.map((each) => `"${each.id}"`).join(', ')} again`);
  if (!addCutShort && since.some((each) => each.action === 'add') && ctx.create) await deleteUnreadSecret(ctx);
  ctx.pane = undefined;
  ctx.newRow = undefined;
  ctx.newSecretRow = undefined;
  for (const each of since) {
    const binding = bindingFor(each);
    await binding.ready?.(ctx, each);
    await binding.perform(ctx, each);
  }
}

/** A secret Add created whose value the page no longer shows: deleted (the run's one way), as no one can be handed it. */
async function deleteUnreadSecret(ctx: WalkContext): Promise<void> {
  const removal = await ctx.added.removeAll('its value was hidden when the portal drew the page anew', { reopenFirst: true });
  if (removal.failure !== undefined) throw ctx.added.report(new RunbookError('other', 'The portal drew the page anew after Add, hiding the new value.'), removal);
  forgetDetachedSurfaces(ctx);
}
