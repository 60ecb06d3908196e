// The admin API: for tests only. Not linked from the UI; the real portal has nothing like it,
// and the runbook never calls it.
import express, { type Router } from 'express';
import type { SimulatorContext } from './context.ts';
import { DEFAULT_SIMULATOR_OPTIONS, parseFaults, parseRegionalFormat, parseUiEdits, type MarkupVariants, type SimulatorOptions } from './options.ts';

export interface AdminConfigChange extends Partial<Omit<SimulatorOptions, 'faults' | 'port' | 'markup' | 'surveyDelay' | 'calloutDelay' | 'uiEdits'>> {
  /** Milliseconds before the NPS survey; null turns it off (JSON has no undefined). */
  surveyDelay?: number | null;
  /** Milliseconds before the teaching callout inside a framed view; null turns it off. */
  calloutDelay?: number | null;
  /** Changes some of the markup variants; the rest keep their value. */
  markup?: Partial<MarkupVariants>;
  /** Replaces the active faults, e.g. ["add-fail-once", "policy-max-days=30"]. */
  faults?: string[];
  /** Replaces the UI edits, e.g. ["rename:New client secret=Add client secret"]. */
  uiEdits?: string[];
}

export function createAdminRouter(context: SimulatorContext): Router {
  const router = express.Router();
  router.use(express.json());

  router.get('/state', (_req, res) => {
    res.json({
      options: context.options,
      origins: context.origins,
      account: context.account,
      accounts: context.accounts,
      tenant: context.tenant,
      events: context.events,
      issuedValues: context.issuedValues,
      signIns: Object.fromEntries(context.signIns),
      // Who has a live portal session (never the tokens).
      portalSessionUsers: [...context.portalSessions.values()].map((session) => session.username),
      signInSessionCount: context.signInSessions.size,
      latencySpentMs: context.latencySpentMs,
    });
  });

  router.post('/reset', (req, res) => {
    const change = (req.body ?? {}) as AdminConfigChange;
    const base: SimulatorOptions = { ...DEFAULT_SIMULATOR_OPTIONS, port: context.options.port };
    try {
      context.reset(applyChange(base, change));
      res.json({ ok: true, options: context.options });
    } catch (error) {
      res.status(400).json({ error: (error as Error).message });
    }
  });

  router.post('/config', (req, res) => {
    try {
      const change = (req.body ?? {}) as AdminConfigChange;
      context.options = applyChange(context.options, change);
      if (change.faults !== undefined) context.armFaults();
      res.json({ ok: true, options: context.options });
    } catch (error) {
      res.status(400).json({ error: (error as Error).message });
    }
  });

  /** Ends all sessions now, as an expired sign-in would. */
  router.post('/expire-sessions', (_req, res) => {
    context.expireAllSessions();
    res.json({ ok: true });
  });

  return router;
}

function applyChange(options: SimulatorOptions, change: AdminConfigChange): SimulatorOptions {
  const { faults, markup, surveyDelay, calloutDelay, uiEdits, ...rest } = change;
  return {
    ...options,
    ...rest,
    regionalFormat: rest.regionalFormat === undefined ? options.regionalFormat : parseRegionalFormat(rest.regionalFormat),
    surveyDelay: surveyDelay === undefined ? options.surveyDelay : (surveyDelay ?? undefined),
    calloutDelay: calloutDelay === undefined ? options.calloutDelay : (calloutDelay ?? undefined),
    faults: faults === undefined ? options.faults : parseFaults(faults),
    markup: { ...options.markup, ...markup },
    uiEdits: uiEdits === undefined ? options.uiEdits : parseUiEdits(uiEdits),
  };
}
