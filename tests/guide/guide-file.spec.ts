// The guide file: both shipped guides load; a malformed guide or an unknown action is bad input
// (exit 2) naming file:line:column and the field, before any browser starts.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadGuide, parseGuide } from '../../runbooks/guide/load-guide.ts';
import { cleanEnv, PROJECT_ROOT, runCli } from '../support/cli.ts';

const GOOD = `guide: tiny
title: Tiny
parameters:
  app: { default: My app }
steps:
  - id: open-directory
    says: Open it.
    action: navigate
    target: directory
    words:
      - { text: Microsoft Entra ID, where: home }
`;

test.describe('guide files', () => {
  test('the shipped guides load, with every step on its line and parameters filled in', async () => {
    const create = await loadGuide(join(PROJECT_ROOT, 'guides/create-client-secret.yaml'), { app: 'Other app' });
    expect(create.steps.map((step) => step.id)).toEqual([
      'open-directory', 'open-app-registrations', 'open-app', 'open-certificates-secrets', 'click-new-client-secret', 'type-description', 'choose-expires', 'add', 'read-value',
    ]);
    expect(create.steps[2]!.value).toBe('Other app');
    expect(create.steps.at(-1)!.words.find((w) => w.where === 'blade-title')!.text).toBe('Other app | Certificates & secrets');
    expect(create.steps[5]!.value).toBe('Puzzel Office 365 Certificate');
    expect(create.lines['open-directory']).toBeGreaterThan(10);
    // The guide's text besides its steps: the words before the list, its numbering, its
    // description of the pane (parts tied to places, {description} filled in) and its closing page.
    expect(create.intro).toBe('To create the client secret key, you need to,');
    expect(create.steps.map((step) => step.item ?? '')).toEqual([1, '', '', '', '', 2, '', '', 3]);
    const pane = create.steps.find((step) => step.id === 'add')!.picture!;
    expect(pane.map((part) => part.shows)).toEqual(['pane-title', 'pane-field', 'pane-choices', 'pane-button']);
    expect(pane[1]!.text).toBe("a 'Description' label above a text input field containing 'Puzzel Office 365 Certificate',");
    expect(create.closing!.map((part) => part.text)).toContain('### Client secrets');
    expect(create.closing!.at(-1)!.shows).toBe('app-menu');
    const remove = await loadGuide(join(PROJECT_ROOT, 'guides/delete-client-secret.yaml'));
    expect(remove.steps.at(-1)!.action).toBe('delete');
  });

  test('errors name the file, line, column and field', () => {
    const bad = (text: string) => {
      try {
        parseGuide(text, 'g.yaml');
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(bad(GOOD)).toBe('no error');
    expect(bad(GOOD.replace('action: navigate', 'action: hover'))).toBe(
      'g.yaml:8:13: steps[0].action: unknown action "hover"; a step\'s action is one of navigate, click, type, choose, add, read, delete',
    );
    expect(bad(GOOD.replace('target: directory', 'target: pane'))).toMatch(/^g\.yaml:9:13: steps\[0\]\.target: "pane" is not something "navigate" can act on/);
    expect(bad(GOOD.replace('where: home', 'where: sidebar'))).toMatch(/^g\.yaml:11:44: steps\[0\]\.words\[0\]\.where: /);
    expect(bad(GOOD.replace('    says: Open it.\n', ''))).toBe('g.yaml:6:5: steps[0].says: missing: every step needs it (guides/README.md)');
    expect(bad(GOOD.replace('Microsoft Entra ID', '"{tenant}"'))).toMatch(/^g\.yaml:11:17: \{tenant\} is not a parameter of this guide \(it has \{app\}\)/);
    expect(bad(GOOD.replace('    words:', '   words:'))).toMatch(/^g\.yaml:\d+:\d+: the guide is not valid YAML/);
    expect(bad(GOOD.replace('    says: Open it.', '    says: Open it.\n    sayz: typo'))).toMatch(/^g\.yaml:\d+:\d+: steps\[0\]: .*sayz/);
    const pictured = GOOD.replace('    action: navigate', '    picture:\n      - { text: A pane, shows: sidebar }\n    action: navigate');
    expect(bad(pictured)).toMatch(/^g\.yaml:9:32: steps\[0\]\.picture\[0\]\.shows: /);
    expect(bad(GOOD.replace('steps:', 'closing:\n  - { text: Done., break: yes }\nsteps:'))).toMatch(/^g\.yaml:6:\d+: closing\[0\]\.break: /);
  });

  test('verify-guide refuses a malformed guide and an unknown action with exit 2, before any browser or account', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guide-file-'));
    await writeFile(join(dir, 'unknown-action.yaml'), GOOD.replace('action: navigate', 'action: hover'));
    await writeFile(join(dir, 'malformed.yaml'), `${GOOD}  - id: [unclosed\n`);
    // No PORTAL_* variables at all: the guide is refused before the account is even looked for.
    const unknown = await runCli(['verify-guide', '--guide', 'unknown-action.yaml'], { cwd: dir, env: cleanEnv() });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('error: unknown-action.yaml:8:13: steps[0].action: unknown action "hover"');
    const malformed = await runCli(['verify-guide', '--guide', 'malformed.yaml'], { cwd: dir, env: cleanEnv() });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/error: malformed\.yaml:1[23]:\d+: the guide is not valid YAML/);
    expect(malformed.stdout).toBe('');
  });
});
