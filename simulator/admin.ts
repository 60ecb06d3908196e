// The admin API: for tests only. Not linked from the UI; the real portal has nothing like it,
// and the runbook never calls it.
import express, { type Router } from 'express';
import type { SimulatorContext } from './context.ts';
import { guestsOf } from './directories.ts';
import { newSecret, seedCredentials, type CredentialSeed } from './state.ts';
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
      // Every directory (the home tenant first, the same object as `tenant`) with its apps and secrets, and its guests.
      directories: context.directories.map((directory) => ({ ...directory, guests: directory === context.tenant ? [] : guestsOf(directory) })),
      events: context.events,
      issuedValues: context.issuedValues,
      signIns: Object.fromEntries(context.signIns),
      // Who has a live portal session (never the tokens).
      portalSessionUsers: [...context.portalSessions.values()].map((session) => session.username),
      // The directory each live portal session is in (tenant IDs, same order as portalSessionUsers).
      portalSessionDirectories: [...context.portalSessions.values()].map((session) => context.directoryOf(session.tenantId).tenantId),
      signInSessionCount: context.signInSessions.size,
      latencySpentMs: context.latencySpentMs,
      tokenRequests: context.tokenRequests,
    });
  });

  /**
   * Adds a secret to an app as if someone had added it (tests set up state here, never by clicking):
   * body `{ displayName?, startDateTime?, endDateTime?, createdAt? }` (ISO dates; defaults: now,
   * now + 180 days, now). Answers the record, value included.
   */
  router.post('/apps/:appId/secrets', (req, res) => {
    const app = context.appAnywhere(req.params.appId)?.app;
    if (!app) {
      res.status(404).json({ error: `no app ${req.params.appId}` });
      return;
    }
    const body = (req.body ?? {}) as { displayName?: string; startDateTime?: string; endDateTime?: string; createdAt?: string };
    const date = (text: string | undefined, fallback: Date) => (text === undefined ? fallback : new Date(text));
    const now = new Date();
    const secret = newSecret(body.displayName ?? 'added by a test', date(body.startDateTime, now), date(body.endDateTime, new Date(now.getTime() + 180 * 86_400_000)), date(body.createdAt, now));
    if ([secret.startDateTime, secret.endDateTime, secret.createdAt].some((text) => Number.isNaN(Date.parse(text)))) {
      res.status(400).json({ error: 'startDateTime, endDateTime and createdAt must be ISO dates' });
      return;
    }
    app.secrets.push(secret);
    context.issuedValues.push(secret.value);
    res.json(secret);
  });

  /** Removes a secret, as Delete in the portal does (deleted secrets leave the state). */
  router.delete('/apps/:appId/secrets/:keyId', (req, res) => {
    const app = context.appAnywhere(req.params.appId)?.app;
    const index = app?.secrets.findIndex((secret) => secret.keyId === req.params.keyId) ?? -1;
    if (!app || index < 0) {
      res.status(404).json({ error: `no secret ${req.params.keyId} on app ${req.params.appId}` });
      return;
    }
    app.secrets.splice(index, 1);
    res.json({ ok: true });
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

  /**
   * Gives one app (`app`: its display name or client ID, which must name one) many credentials:
   * `{ app, secrets, expired?, expiringSoon?, certificates? }` (see `seedCredentials`). Answers the app.
   */
  router.post('/seed-credentials', (req, res) => {
    const { app: nameOrId, ...seed } = (req.body ?? {}) as CredentialSeed & { app?: string };
    const matches = context.tenant.apps.filter((app) => app.displayName === nameOrId || app.appId === nameOrId);
    if (matches.length !== 1) {
      res.status(400).json({ error: `${matches.length} apps named ${String(nameOrId)}` });
      return;
    }
    try {
      seedCredentials(matches[0]!, seed);
      res.json({ ok: true, app: matches[0] });
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
