// The workflows users copy from examples/ci/ into .github/workflows/ (none is run here): each
// passes the schema of GitHub's workflow files (@action-validator/core, SchemaStore's schema), is
// set up as the README says (explicit permissions, no overlapping runs, a time limit, secrets only
// through the environment, named in its header) and keeps what the README promises of it.
import { expect, test } from '@playwright/test';
import {
  actionsUsed,
  allSteps,
  exampleWorkflowFiles,
  readWorkflow,
  runScript,
  runWithFakeNpx,
  schemaErrors,
  scripts,
  stepNamed,
} from '../support/ci-workflows.ts';

const EXPECTED = ['guide-canary.yml'];

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

    test('sets up as npm run setup does, and pins every action to a major version', () => {
      const workflow = readWorkflow(file);
      const setup = scripts(workflow).filter((script) => script.includes('npm ci'));
      expect(setup.length).toBeGreaterThan(0);
      for (const script of setup) expect(script).toContain('scripts/ensure-browser.ts');
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
    const drift = runWithFakeNpx(walk.run!, env, 6);
    expect(drift.code, drift.output).toBe(0);
    expect(drift.outputs['exit-code']).toBe('6');
    expect(drift.npxCalls).toEqual([['portal-runbook', 'verify-guide', '--guide', 'guides/create-client-secret.yaml', '--report-dir', 'reports/verify-guide', '--app', 'My app']]);
    const broken = runWithFakeNpx(walk.run!, { ...env, GUIDE_APP: '' }, 7);
    expect(broken.outputs['exit-code']).toBe('7');
    expect(broken.npxCalls[0]).not.toContain('--app');
    expect(allSteps(workflow).filter((step) => step.env?.EXIT_CODE === '${{ steps.walk.outputs.exit-code }}')).toHaveLength(1);
  });
});
