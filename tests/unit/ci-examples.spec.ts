// The workflows users copy from examples/ci/ into .github/workflows/ (none is run here): each
// passes the schema of GitHub's workflow files (@action-validator/core, SchemaStore's schema), is
// set up as the README says (explicit permissions, no overlapping runs, a time limit, secrets only
// through the environment, named in its header) and keeps what the README promises of it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  actionsUsed,
  allSteps,
  commandFlags,
  exampleWorkflowFiles,
  readWorkflow,
  runbookCalls,
  runScript,
  runWithFakeNpx,
  schemaErrors,
  scripts,
  stepNamed,
} from '../support/ci-workflows.ts';

const EXPECTED = ['docs-pictures.yml', 'guide-canary.yml', 'secret-rotation.yml'];

/**
 * A step that runs the runbook once, with `npx` standing in and ending with `code`: the step itself
 * succeeds, calls exactly `argv`, and hands `code` on as its `exit-code` output for the verdict step.
 */
function expectExitCodeKept(script: string, env: Record<string, string>, code: number, argv: string[]): void {
  const run = runWithFakeNpx(script, env, code);
  expect(run.code, run.output).toBe(0);
  expect(run.outputs['exit-code']).toBe(String(code));
  expect(run.npxCalls).toEqual([argv]);
}

test('examples/ci/ holds the ready workflows', () => {
  expect(exampleWorkflowFiles()).toEqual([...EXPECTED].sort());
});

for (const file of EXPECTED) {
  test.describe(file, () => {
    test('passes the workflow schema validator', () => {
      expect(schemaErrors(readWorkflow(file).text), `${file}: the validator's errors`).toEqual([]);
    });

    test('has explicit permissions, a concurrency group and a time limit on every job', () => {
      const workflow = readWorkflow(file);
      expect(workflow.permissions, 'permissions: at the top, minimal and explicit').toBeDefined();
      expect(Object.values(workflow.permissions ?? {})).not.toContain('write-all');
      expect(workflow.concurrency?.group).toBeTruthy();
      for (const [name, job] of Object.entries(workflow.jobs)) {
        expect(job['timeout-minutes'], `job ${name}: timeout-minutes`).toBeGreaterThan(0);
      }
    });

    test('names in its header every secret and variable it reads, and how to adopt it', () => {
      const workflow = readWorkflow(file);
      const read = [...workflow.text.matchAll(/\b(?:secrets|vars)\.([A-Z][A-Z0-9_]*)/g)].map((match) => match[1]);
      expect(read.length).toBeGreaterThan(0);
      for (const name of new Set(read)) expect(workflow.header, `${file}'s header names ${name}`).toContain(name);
      expect(workflow.header).toContain(`cp examples/ci/${file} .github/workflows/`);
    });

    test('hands secrets to steps only through the environment, never into a script', () => {
      for (const script of scripts(readWorkflow(file))) expect(script).not.toMatch(/\$\{\{\s*secrets\./);
    });

    test('gives portal-runbook only flags its commands take (or that arrive with issue 23)', () => {
      const calls = runbookCalls(readWorkflow(file));
      expect(calls.length).toBeGreaterThan(0);
      const unknown = calls.flatMap(({ command, flags }) => flags.filter((flag) => !commandFlags(command).has(flag)).map((flag) => `${command} --${flag}`));
      expect(unknown, `${file}: flags no command declares`).toEqual([]);
    });

    test('sets up as npm run setup does, and pins every action to a major version', () => {
      const workflow = readWorkflow(file);
      for (const [name, job] of Object.entries(workflow.jobs)) {
        const runs = job.steps.map((step) => step.run ?? '');
        const drives = runs.findIndex((run) => /npx (portal-runbook|playwright test) /.test(run));
        const setup = runs.findIndex((run) => run.includes('npm ci') && run.includes('scripts/ensure-browser.ts'));
        expect(runs.some((run) => run.includes('npm ci')), `job ${name} installs with npm ci`).toBe(true);
        expect(drives === -1 || (setup !== -1 && setup < drives), `job ${name} installs a browser before it drives one`).toBe(true);
      }
      for (const action of actionsUsed(workflow)) expect(action).toMatch(/^[\w.-]+\/[\w./-]+@v\d+$/);
    });
  });
}

test.describe('guide-canary.yml', () => {
  const DECIDE = 'Drift fails only when asked; broken always fails';

  test('runs verify-guide nightly and on demand, its Markdown report to the job summary', () => {
    const workflow = readWorkflow('guide-canary.yml');
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const summary = stepNamed(workflow, 'Markdown report to the job summary');
    expect(summary.if).toBe('always()');
    expect(summary.run).toMatch(/cat "\$REPORT_DIR\/report\.md" >> "\$GITHUB_STEP_SUMMARY"/);
  });

  test('gives the JUnit report to a test reporter and uploads crops and failure reports always', () => {
    const workflow = readWorkflow('guide-canary.yml');
    const junit = stepNamed(workflow, 'JUnit report to the checks');
    expect(junit.uses).toBe('mikepenz/action-junit-report@v5');
    expect(junit.with?.report_paths).toBe('reports/verify-guide/report.junit.xml');
    expect(workflow.permissions?.checks).toBe('write');
    const upload = stepNamed(workflow, 'Upload the reports, crops and failure reports');
    expect(upload.uses).toBe('actions/upload-artifact@v4');
    expect(upload.if).toBe('always()');
    expect(String(upload.with?.path)).toContain('reports/verify-guide/');
    expect(String(upload.with?.path)).toContain('reports/failures/');
    expect(workflow.jobs['verify-guide']?.env?.PORTAL_REPORT_DIR).toBe('reports/failures');
  });

  test('tells exit 6 (drift) from 7 (broken): drift fails only when asked, broken always', () => {
    const decide = stepNamed(readWorkflow('guide-canary.yml'), DECIDE);
    expect(decide.if).toBe('always()');
    const verdict = (env: Record<string, string>) => runScript(decide.run!, env).code;
    expect(verdict({ EXIT_CODE: '0' })).toBe(0);
    expect(verdict({ EXIT_CODE: '6' })).toBe(0);
    expect(verdict({ EXIT_CODE: '6', FAIL_ON_DRIFT: 'true' })).toBe(1);
    expect(verdict({ EXIT_CODE: '6', FAIL_ON_DRIFT: 'true', DRIFT_CHOICE: 'warn' })).toBe(0);
    expect(verdict({ EXIT_CODE: '6', DRIFT_CHOICE: 'fail' })).toBe(1);
    expect(verdict({ EXIT_CODE: '7' })).toBe(1);
    expect(verdict({ EXIT_CODE: '7', DRIFT_CHOICE: 'warn' })).toBe(1);
    expect(verdict({ EXIT_CODE: '3' })).toBe(1);
    expect(verdict({ EXIT_CODE: '' })).toBe(1);
    expect(runScript(decide.run!, { EXIT_CODE: '6' }).output).toContain('::warning title=Guide drift::');
    expect(runScript(decide.run!, { EXIT_CODE: '7' }).output).toContain('::error title=Guide broken::');
  });

  test('the walk runs verify-guide with the report folder and keeps its exit code for the verdict', () => {
    const workflow = readWorkflow('guide-canary.yml');
    const walk = stepNamed(workflow, 'Walk the guide through the portal');
    expect(walk.id).toBe('walk');
    const env = { GUIDE_FILE: 'guides/create-client-secret.yaml', REPORT_DIR: 'reports/verify-guide', GUIDE_APP: 'My app' };
    expectExitCodeKept(walk.run!, env, 6, ['portal-runbook', 'verify-guide', '--guide', 'guides/create-client-secret.yaml', '--report-dir', 'reports/verify-guide', '--app', 'My app']);
    const broken = runWithFakeNpx(walk.run!, { ...env, GUIDE_APP: '' }, 7);
    expect(broken.outputs['exit-code']).toBe('7');
    expect(broken.npxCalls[0]).not.toContain('--app');
    expect(allSteps(workflow).filter((step) => step.env?.EXIT_CODE === '${{ steps.walk.outputs.exit-code }}')).toHaveLength(1);
  });
});

test.describe('secret-rotation.yml', () => {
  const SIGN_IN_ONLY = ['PORTAL_PASSWORD', 'PORTAL_TOTP_SECRET'];

  test('runs ensure --apps on a schedule, values only through each app\'s --to-command, the record kept', () => {
    const workflow = readWorkflow('secret-rotation.yml');
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const ensure = stepNamed(workflow, "Renew what is about to expire, each value to its app's command");
    expect(ensure.run).toMatch(/^npx portal-runbook ensure --apps "\$APPS_FILE" .*--record run-record\/record\.jsonl$/);
    // --json is a destination (it would print the values); stdout is where ::add-mask:: goes.
    expect(ensure.run).not.toContain('--json');
    expect(ensure.run).not.toMatch(/>|\|/);
    expect(ensure.env?.GH_TOKEN).toBe('${{ secrets.SECRETS_ADMIN_TOKEN }}');
    expect(workflow.header).toContain('to-command: gh secret set');
    const record = stepNamed(workflow, 'Keep the run record and any failure report');
    expect(record.if).toBe('always()');
    expect(record.uses).toBe('actions/upload-artifact@v4');
    expect(String(record.with?.path)).toContain('run-record/');
  });

  test('only the sign-in job gets the password and authenticator secret; only delivering steps the token', () => {
    const workflow = readWorkflow('secret-rotation.yml');
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const names = [...Object.keys(job.env ?? {}), ...job.steps.flatMap((step) => Object.keys(step.env ?? {}))];
      for (const secret of SIGN_IN_ONLY) expect(names.includes(secret), `job ${name} gets ${secret}`).toBe(name === 'sign-in');
    }
    expect(Object.keys(workflow.env ?? {})).not.toContain('GH_TOKEN');
    const withToken = allSteps(workflow).filter((step) => step.env?.GH_TOKEN).map((step) => step.name);
    expect(withToken).toEqual(["Renew what is about to expire, each value to its app's command", "Renew this shard's apps (the fleet project)"]);
    expect(stepNamed(workflow, 'Sign in once for every job after this one').run).toBe('npx portal-runbook login');
  });

  test('hands the saved sign-in over encrypted, for a day at most, and signs out and deletes it at the end', () => {
    const workflow = readWorkflow('secret-rotation.yml');
    const upload = stepNamed(workflow, 'Hand the saved sign-in to the later jobs');
    expect(upload.with).toMatchObject({ name: 'saved-sign-in', path: 'saved-sign-in.enc', 'retention-days': 1 });
    const signOut = workflow.jobs['sign-out'];
    expect(signOut?.if).toBe("${{ always() && needs.sign-in.result == 'success' }}");
    expect(signOut?.needs).toEqual(['sign-in', 'ensure', 'rotate-shard']);
    expect(signOut?.permissions).toEqual({ contents: 'read', actions: 'write' });
    expect(stepNamed(workflow, 'Sign out in the portal').run).toBe('npx portal-runbook logout');
    const remove = stepNamed(workflow, "Delete the saved sign-in's artefact");
    expect(remove).toMatchObject({ if: 'always()', uses: 'geekyeggo/delete-artifact@v5', with: { name: 'saved-sign-in' } });
  });

  test('the saved sign-in survives the encrypt and restore scripts, 0600, and no plain copy is left', () => {
    const workflow = readWorkflow('secret-rotation.yml');
    const encrypt = stepNamed(workflow, 'Encrypt the saved sign-in for the hand-over').run!;
    const restore = stepNamed(workflow, 'Restore the saved sign-in').run!;
    const dir = mkdtempSync(join(tmpdir(), 'ci-sign-in-'));
    try {
      const env = { PORTAL_STATE_FILE: '.auth/portal-state.json', SIGN_IN_STATE_KEY: 'a long random passphrase', HOME: dir };
      const state = '{"version":1,"portalUrl":"https://portal.azure.com","storageState":{"cookies":[]}}\n';
      mkdirSync(join(dir, '.auth'));
      writeFileSync(join(dir, '.auth', 'portal-state.json'), state, { mode: 0o600 });
      expect(runScript(`cd "${dir}" && ${encrypt}`, env).code).toBe(0);
      expect(existsSync(join(dir, '.auth', 'portal-state.json'))).toBe(false);
      expect(readFileSync(join(dir, 'saved-sign-in.enc')).toString('latin1')).not.toContain('portalUrl');
      rmSync(join(dir, '.auth'), { recursive: true });
      expect(runScript(`cd "${dir}" && ${restore}`, env).code).toBe(0);
      expect(readFileSync(join(dir, '.auth', 'portal-state.json'), 'utf8')).toBe(state);
      expect(statSync(join(dir, '.auth', 'portal-state.json')).mode & 0o777).toBe(0o600);
      expect(existsSync(join(dir, 'saved-sign-in.enc'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the sharded variant: the fleet project per shard, blob reports per shard, merged into HTML and JUnit', () => {
    const workflow = readWorkflow('secret-rotation.yml');
    const shards = workflow.jobs['rotate-shard'];
    expect(shards?.strategy?.matrix?.shard).toEqual([1, 2, 3]);
    expect(shards?.strategy?.['fail-fast']).toBe(false);
    const run = stepNamed(workflow, "Renew this shard's apps (the fleet project)");
    expect(run.run).toContain('npx playwright test --project=fleet --shard=${{ matrix.shard }}/${{ strategy.job-total }}');
    expect(run.env?.PORTAL_APPS_FILE).toBe('${{ env.APPS_FILE }}');
    const blob = stepNamed(workflow, "Upload this shard's blob report");
    expect(blob).toMatchObject({ if: 'always()', with: { name: 'blob-report-${{ matrix.shard }}', path: 'blob-report/' } });
    expect(workflow.jobs['merge-reports']?.needs).toBe('rotate-shard');
    const merge = stepNamed(workflow, 'Merge the shards\' reports into one HTML and one JUnit report');
    expect(merge.run).toBe('npx playwright merge-reports --reporter html,junit ./all-blob-reports');
    const download = allSteps(workflow).find((step) => step.with?.pattern === 'blob-report-*');
    expect(download?.with).toMatchObject({ path: 'all-blob-reports', 'merge-multiple': true });
  });

  test('one of the two variants runs: the single ensure job or the shards', () => {
    const workflow = readWorkflow('secret-rotation.yml');
    const sharded = "inputs.sharded || vars.ROTATION_SHARDED == 'true'";
    expect(workflow.jobs.ensure?.if).toBe(`\${{ !(${sharded}) }}`);
    expect(workflow.jobs['rotate-shard']?.if).toBe(`\${{ ${sharded} }}`);
  });
});

test.describe('docs-pictures.yml', () => {
  const TAKE = "Take the guide's pictures";
  const OPEN_PR = 'Open a pull request with the changed pictures and guide.md';

  test('runs screenshots on a schedule or on demand, into the committed set, keeping its exit code', () => {
    const workflow = readWorkflow('docs-pictures.yml');
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const take = stepNamed(workflow, TAKE);
    expect(take.id).toBe('pictures');
    const env = { GUIDE_FILE: 'guides/create-client-secret.yaml', PICTURES_DIR: 'screenshots/guide/create-client-secret', REVIEW_DIR: 'reports/screenshots' };
    expectExitCodeKept(take.run!, env, 8, ['portal-runbook', 'screenshots', '--guide', 'guides/create-client-secret.yaml', '--out', 'screenshots/guide/create-client-secret', '--report-dir', 'reports/screenshots']);
    const noAdd = runWithFakeNpx(take.run!, { ...env, GUIDE_APP: 'My app', PICTURES_NO_ADD: 'true' }, 0);
    expect(noAdd.npxCalls[0]?.slice(-3)).toEqual(['--app', 'My app', '--no-add']);
  });

  test('opens a pull request with the pictures folder (pictures, sidecars, guide.md) only when pictures changed', () => {
    const workflow = readWorkflow('docs-pictures.yml');
    const pr = stepNamed(workflow, OPEN_PR);
    expect(pr.uses).toBe('peter-evans/create-pull-request@v7');
    expect(pr.if).toBe("steps.pictures.outputs.exit-code == '8'");
    expect(pr.with).toMatchObject({ 'add-paths': '${{ env.PICTURES_DIR }}', branch: 'docs/guide-pictures', 'body-path': '${{ runner.temp }}/pull-request.md' });
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(stepNamed(workflow, "Write the pull request's description").run).toContain('cat "$REVIEW_DIR/summary.md"');
  });

  test('uploads the review page with the pictures it shows, also when the run failed', () => {
    const workflow = readWorkflow('docs-pictures.yml');
    const upload = stepNamed(workflow, 'Upload the review page');
    expect(upload.uses).toBe('actions/upload-artifact@v4');
    expect(upload.if).toBe('always()');
    const paths = String(upload.with?.path).trim().split('\n');
    expect(paths).toEqual(['reports/screenshots/', '${{ env.PICTURES_DIR }}', 'reports/failures/']);
    expect(workflow.jobs.screenshots?.env?.REVIEW_DIR).toBe('reports/screenshots');
  });

  test('exit 0 and 8 pass (8 is the pull request), 7 and anything else fail', () => {
    const decide = stepNamed(readWorkflow('docs-pictures.yml'), 'Changed pictures become a pull request; a broken walk fails');
    expect(decide.if).toBe('always()');
    const verdict = (code: string) => runScript(decide.run!, { EXIT_CODE: code }).code;
    expect([verdict('0'), verdict('8'), verdict('7'), verdict('3'), verdict('')]).toEqual([0, 0, 1, 1, 1]);
  });
});
