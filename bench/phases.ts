// The same few phases for the floor and the runbook, so each can be set beside the other: each
// step (and the time before it, between steps) falls in the phase of what it does.
import type { Timeline } from './timeline.ts';

export const PHASES = ['start-up', 'browser', 'totp', 'reach', 'fill', 'add', 'deliver', 'other', 'close'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  'start-up': 'Process start → first step (node, modules, Playwright)',
  browser: 'Start the browser',
  totp: 'Wait for a fresh authenticator code (inside the sign-in; runbook only)',
  reach: 'Sign in (without that wait), reach Certificates & secrets ("New client secret" showing)',
  fill: 'New client secret, type the description, choose Expires',
  add: 'Add → the value read from its row',
  deliver: 'Deliver and read back (runbook only)',
  other: 'Other steps',
  close: 'Close the browser, exit',
};

const PHASE_OF: [RegExp, Phase][] = [
  [/^Start the browser$/, 'browser'],
  [/^Sign in\b|^Find ".*" in App registrations$|^Open Certificates & secrets|^Open ".*" by its remembered Application ID$|^Open ".*" from the list, then Certificates & secrets$|^Show the client secrets$/, 'reach'],
  [/^Click "New client secret"$|^Type the description |^Choose Expires|^New client secret, /, 'fill'],
  [/^Click "Add"$|^Read the new secret from its row$|^Check the value|^Add, read /, 'add'],
  [/^Deliver to |^Read back /, 'deliver'],
  [/^Close the browser$/, 'close'],
];

export function phaseOf(partTitle: string): Phase {
  const title = partTitle.replace(/^\(between steps\) before /, '');
  return PHASE_OF.find(([pattern]) => pattern.test(title))?.[1] ?? 'other';
}

export type PhaseTimes = Record<Phase, number>;

export function phaseTimes(run: Timeline): PhaseTimes {
  const times = Object.fromEntries(PHASES.map((phase) => [phase, 0])) as PhaseTimes;
  times['start-up'] = run.startupMs;
  for (const part of run.parts) times[phaseOf(part.title)] += part.ms;
  times.close += run.tailMs;
  // The TOTP wait is inside the sign-in step: shown apart, so the sign-in itself can be compared.
  times.totp = run.totpWaitMs;
  times.reach -= run.totpWaitMs;
  return times;
}
