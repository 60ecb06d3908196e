// verify-guide against the simulator, one CLI run per verdict: the 2019 portal matches the
// guide, today's portal differs in exactly the known ways (also framed, slow and greeted by the
// welcome dialog), a renamed control is drift, a removed one breaks its step and skips the rest;
// the results keep what the steps read and chose (what guide.md is written from).
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { differences } from '../../runbooks/guide/reports.ts';
import { differencesForReader } from '../../runbooks/screenshots/guide-markdown.ts';
import { expect, test } from '../support/simulator-fixture.ts';
import { CURRENT_DIFFERENCES, CURRENT_DRIFTING_STEPS } from '../support/guide-drift.ts';
import { differenceLines, verifyGuideRun } from '../support/verify-guide-run.ts';


test.describe('verify-guide', () => {
  test.describe('2019 portal', () => {
    test.use({ simulatorConfig: { ui: '2019', latency: 40, jitter: 30 } });

    test('the shipped guide matches at every step: exit 0, four reports, no picture', async ({ simulator }) => {
      const run = await verifyGuideRun(simulator);
      expect(run.code, run.stderr).toBe(0);
      const report = await run.report();
      expect(report.verdict).toBe('match');
      expect(report.steps.map((step) => step.verdict)).toEqual(Array(9).fill('match'));
      expect(differenceLines(report)).toEqual([]);
      // Default run: nothing was created; what shows only after Add (the banner, the new secret's row) is left unchecked.
      const unchecked = report.steps.flatMap((step) => step.words.filter((w) => w.status === 'not-checked').map((w) => w.word.where));
      expect(unchecked).toEqual(['banner', 'secret-row', 'secret-row']);
      const junit = await run.file('report.junit.xml');
      expect(junit.match(/<testcase /g)).toHaveLength(9);
      expect(junit).not.toContain('<failure');
      expect(await run.file('report.md')).toContain('**Verdict: match** (exit 0)');
      expect(await run.file('report.html')).toContain('Verdict: match');
    });
  });

  test.describe('2019 portal with a renamed control', () => {
    test.use({ simulatorConfig: { ui: '2019', latency: 40, jitter: 30, uiEdits: ['rename:New client secret=Add client secret'] } });

    test('is drift with the new name ranked first, and the walk goes on through it (exit 6)', async ({ simulator }) => {
      const run = await verifyGuideRun(simulator);
      expect(run.code, run.stderr).toBe(6);
      const report = await run.report();
      expect(differenceLines(report)).toEqual(['click-new-client-secret: New client secret → Add client secret']);
      const step = report.steps.find((s) => s.id === 'click-new-client-secret')!;
      expect(step.verdict).toBe('drift');
      expect(step.doneBy).toBe('renamed');
      expect(step.words[0]!.candidates[0]).toEqual({ text: 'Add client secret', score: expect.any(Number) });
      expect(step.words[0]!.candidates[0]!.score).toBeGreaterThan(0.8);
      expect(report.steps.filter((s) => s.verdict === 'match')).toHaveLength(8);
      expect((await stat(join(run.reportDir, step.crop!))).size).toBeGreaterThan(1000);
      expect(await run.file('report.md')).toContain('guide: *New client secret* (toolbar); portal: *Add client secret* (0.82)');
      expect(await run.file('report.junit.xml')).toContain('<failure type="drift" message="guide: New client secret (toolbar); portal: Add client secret (0.82)');
    });
  });

  test.describe('2019 portal with a removed control', () => {
    test.use({ simulatorConfig: { ui: '2019', latency: 40, jitter: 30, uiEdits: ['remove:New client secret'] } });

    test('breaks its step and skips the steps that depend on it (exit 7)', async ({ simulator }) => {
      const run = await verifyGuideRun(simulator);
      expect(run.code, run.stderr).toBe(7);
      const report = await run.report();
      expect(report.verdict).toBe('broken');
      expect(report.steps.map((step) => [step.id, step.verdict])).toEqual([
        ['open-directory', 'match'],
        ['open-app-registrations', 'match'],
        ['open-app', 'match'],
        ['open-certificates-secrets', 'match'],
        ['click-new-client-secret', 'broken'],
        ['type-description', 'skipped'],
        ['choose-expires', 'skipped'],
        ['add', 'skipped'],
        ['read-value', 'skipped'],
      ]);
      const broken = report.steps[4]!;
      expect(broken.reason).toContain('"New client secret" is not in the toolbar');
      expect(broken.crop).toBeTruthy();
      expect((await run.file('report.junit.xml')).match(/<skipped /g)).toHaveLength(4);
    });
  });

  test.describe("today's portal", () => {
    test.use({ simulatorConfig: { ui: 'current', latency: 40, jitter: 30 } });

    test('names each real difference and nothing else (exit 6)', async ({ simulator }) => {
      const run = await verifyGuideRun(simulator);
      expect(run.code, run.stderr).toBe(6);
      const report = await run.report();
      expect(differenceLines(report)).toEqual(CURRENT_DIFFERENCES);
      const expires = report.steps.find((s) => s.id === 'choose-expires')!;
      expect(expires.words.find((w) => w.word.text === 'Never')!.note).toBe('the portal offers a dropdown, not radio buttons');
      expect(report.steps.find((s) => s.id === 'open-directory')!.doneBy).toBe('runbook');
      expect(report.steps.filter((s) => s.verdict === 'drift').map((s) => s.id)).toEqual(CURRENT_DRIFTING_STEPS);
      expect(await run.file('report.md')).toContain('guide: *Azure Active Directory* (home); portal: *Microsoft Entra ID*');
      // What the steps read and chose, kept in the results: what guide.md describes the pictures from.
      expect(expires.entered).toBe('Recommended: 180 days (6 months)');
      const choices = expires.seen!.find((s) => s.where === 'pane-choices')!;
      expect([choices.control, choices.words.map((w) => w.text)]).toEqual(['dropdown', ['Recommended: 180 days (6 months)', '90 days (3 months)', '365 days (12 months)', '545 days (18 months)', '730 days (24 months)', 'Custom']]);
      expect(report.steps.flatMap((s) => s.seen ?? []).map((s) => s.where)).not.toContain('home');
      // The same results written for a docs reader (guide.md's list): a sentence exactly where the report has a difference.
      for (const step of report.steps) expect(differencesForReader(step, []).length > 0, step.id).toBe(differences(step).length > 0);
    });
  });

  // The menus as the FX list view draws them, with no navigation landmark (portal.md §3.4 records
  // the items' markup, no landmark), command bars without a toolbar role, the breadcrumb a plain
  // list: the walker of 2026-12-06 ended at step 2 with exit 7 here, the menu on screen.
  test.describe("today's portal, its menus with no landmark and collapsed, command bars with no toolbar role, framed and slow", () => {
    test.use({
      simulatorConfig: { ui: 'current', iframe: true, paneFrame: true, listFrame: true, markup: { menu: 'list', commandBar: 'plain', breadcrumb: 'list', manageGroup: 'collapsed' }, latency: 200, jitter: 150 },
    });

    test('gives the same verdicts: no false broken, no false drift', async ({ simulator }) => {
      test.setTimeout(120_000);
      const run = await verifyGuideRun(simulator, [], { signedIn: true });
      expect(run.code, run.stderr).toBe(6);
      const report = await run.report();
      expect(differenceLines(report)).toEqual(CURRENT_DIFFERENCES);
      expect(report.steps.filter((s) => s.verdict === 'drift').map((s) => s.id)).toEqual(CURRENT_DRIFTING_STEPS);
    });
  });
});
