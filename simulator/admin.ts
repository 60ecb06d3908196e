// The admin API: for tests only. Not linked from the UI; the real portal has nothing like it,
// and the runbook never calls it.
import express, { type Router } from 'express';
import type { SimulatorContext } from './context.ts';
import { DEFAULT_SIMULATOR_OPTIONS, parseFaults, type MarkupVariants, type SimulatorOptions } from './options.ts';

export interface AdminConfigChange extends Partial<Omit<SimulatorOptions, 'faults' | 'port' | 'markup'>> {
  /** Changes some of the markup variants; the rest keep their value. */
  markup?: Partial<MarkupVariants>;
  /** Replaces the active faults, e.g. ["add-fail-once", "policy-max-days=30"]. */
  faults?: string[];
}

export function createAdminRouter(context: SimulatorContext): Router {
  const router = express.Router();
  router.use(express.json());

  router.get('/state', (_req, res) => {
    res.json({
      options: context.options,
      origins: context.origins,
      account: context.account,
      tenant: context.tenant,
      events: context.events,
    });
  });

  router.post('/reset', (req, res) => {
    const change = (req.body ?? {}) as AdminConfigChange;
    const base: SimulatorOptions = { ...DEFAULT_SIMULATOR_OPTIONS, port: context.options.port };
    context.reset(applyChange(base, change));
    res.json({ ok: true, options: context.options });
  });

  router.post('/config', (req, res) => {
    try {
      context.options = applyChange(context.options, (req.body ?? {}) as AdminConfigChange);
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
  const { faults, markup, ...rest } = change;
  return {
    ...options,
    ...rest,
    faults: faults === undefined ? options.faults : parseFaults(faults),
    markup: { ...options.markup, ...markup },
  };
}
