// The example GitHub Actions workflows under examples/ci/, read for the tests: the schema
// validator's errors in words, the workflow as data, its steps and scripts by name, and the
// portal-runbook flags it uses beside those the commands declare.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import yargs, { type CommandModule } from 'yargs';
import { parse } from 'yaml';
import { createSecretCommand } from '../../cli/commands/create-secret.ts';
import { deleteSecretCommand } from '../../cli/commands/delete-secret.ts';
import { ensureCommand } from '../../cli/commands/ensure.ts';
import { listSecretsCommand } from '../../cli/commands/list-secrets.ts';
import { loginCommand } from '../../cli/commands/login.ts';
import { logoutCommand } from '../../cli/commands/logout.ts';
import { rotateCommand } from '../../cli/commands/rotate.ts';
import { screenshotsCommand } from '../../cli/commands/screenshots.ts';
import { verifyGuideCommand } from '../../cli/commands/verify-guide.ts';
import { projectPath } from '../../lib/project-path.ts';

export const CI_EXAMPLES_DIR = projectPath('examples', 'ci');

export interface WorkflowStep {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

export interface WorkflowJob {
  name?: string;
  needs?: string | string[];
  if?: string;
  'timeout-minutes'?: number;
  permissions?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown>; 'fail-fast'?: boolean };
  env?: Record<string, string>;
  steps: WorkflowStep[];
}

export interface Workflow {
  file: string;
  text: string;
  /** The comment lines the file starts with, without their `#`. */
  header: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  env?: Record<string, string>;
  jobs: Record<string, WorkflowJob>;
}

/** Every workflow file in examples/ci/. */
export function exampleWorkflowFiles(): string[] {
  return readdirSync(CI_EXAMPLES_DIR).filter((name) => /\.ya?ml$/.test(name)).sort();
}

/** One line per error the validator found, nested conditions included ("/jobs/a: … (detail)"). */
export function schemaErrors(text: string): string[] {
  const lines: string[] = [];
  const walk = (errors: ValidationError[], depth: number) => {
    for (const error of errors) {
      const where = 'path' in error ? error.path : 'location' in error && error.location ? `line ${error.location.line}:${error.location.column}` : '';
      lines.push(`${'  '.repeat(depth)}${where}: ${error.title}${error.detail ? ` (${error.detail})` : ''}`);
      if ('states' in error && error.states) for (const state of error.states) walk(state.errors, depth + 1);
    }
  };
  walk(validateWorkflow(text).errors, 0);
  return lines;
}

export function readWorkflow(file: string): Workflow {
  const text = readFileSync(projectPath('examples', 'ci', file), 'utf8');
  const data = parse(text) as Omit<Workflow, 'file' | 'text' | 'header'>;
  const lines = text.split('\n');
  const firstCode = lines.findIndex((line) => !line.startsWith('#'));
  const header = lines.slice(0, firstCode).map((line) => line.replace(/^# ?/, '')).join('\n');
  return { ...data, file, text, header };
}

export function allSteps(workflow: Workflow): WorkflowStep[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

/** The step with that name in any job; throws naming the file when there is none. */
export function stepNamed(workflow: Workflow, name: string): WorkflowStep {
  const step = allSteps(workflow).find((candidate) => candidate.name === name);
  if (!step) throw new Error(`${workflow.file}: no step named "${name}"`);
  return step;
}

/** Every `run:` script of the workflow, in order. */
export function scripts(workflow: Workflow): string[] {
  return allSteps(workflow).flatMap((step) => (step.run ? [step.run] : []));
}

/** Every `uses:` of the workflow (actions). */
export function actionsUsed(workflow: Workflow): string[] {
  return allSteps(workflow).flatMap((step) => (step.uses ? [step.uses] : []));
}

/** Runs a step's script in bash as the runner would (`bash -e`), with the environment given. */
export function runScript(script: string, env: Record<string, string>): { code: number; output: string } {
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  return { code: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

export interface FakeRun {
  code: number;
  output: string;
  /** The arguments each `npx` call got, one array per call. */
  npxCalls: string[][];
  /** What the script wrote to $GITHUB_OUTPUT, as name → value. */
  outputs: Record<string, string>;
}

/**
 * Runs a step's script with `npx` replaced by a stand-in that records its arguments and exits
 * with `npxExitCode`: the step's own logic (arguments, exit code kept) without the runbook.
 */
export function runWithFakeNpx(script: string, env: Record<string, string>, npxExitCode: number): FakeRun {
  const dir = mkdtempSync(join(tmpdir(), 'ci-example-'));
  try {
    const calls = join(dir, 'npx-calls.jsonl');
    const outputFile = join(dir, 'github-output');
    writeFileSync(outputFile, '');
    writeFileSync(
      join(dir, 'npx'),
      `#!/usr/bin/env node\nrequire('node:fs').appendFileSync(${JSON.stringify(calls)}, JSON.stringify(process.argv.slice(2)) + '\\n');\nprocess.exit(${npxExitCode});\n`,
      { mode: 0o755 },
    );
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      env: { PATH: `${dir}:${process.env.PATH ?? ''}`, GITHUB_OUTPUT: outputFile, ...env },
      encoding: 'utf8',
    });
    const npxCalls = existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as string[]) : [];
    const outputs = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]));
    return { code: result.status ?? 1, output: `${result.stdout}${result.stderr}`, npxCalls, outputs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const COMMANDS: Record<string, CommandModule<object, never>> = Object.fromEntries(
  [createSecretCommand, listSecretsCommand, deleteSecretCommand, rotateCommand, ensureCommand, verifyGuideCommand, screenshotsCommand, loginCommand, logoutCommand]
    .map((command) => [String(command.command), command as unknown as CommandModule<object, never>]),
);

/** The flags the command takes today (a boolean X also as --no-X), as its own builder declares them. */
export function commandFlags(name: string): Set<string> {
  const command = COMMANDS[name];
  if (!command || typeof command.builder !== 'function') throw new Error(`portal-runbook has no command ${name}`);
  const options = (command.builder(yargs([]) as never) as unknown as { getOptions(): { key: Record<string, unknown>; boolean: string[] } }).getOptions();
  return new Set([...Object.keys(options.key), ...options.boolean.map((flag) => `no-${flag}`)]);
}

/**
 * Each `npx portal-runbook <command>` a workflow runs, with the flags its script gives it: those
 * on the line itself and those gathered in a bash array (`args=(…)`, `args+=(…)`).
 */
export function runbookCalls(workflow: Workflow): { command: string; flags: string[] }[] {
  return scripts(workflow).flatMap((script) => {
    const lines = script.split('\n');
    const arrayFlags = lines.filter((line) => /\bargs\+?=\(/.test(line)).flatMap(flagsOf);
    return lines.flatMap((line) => {
      const call = /npx portal-runbook ([a-z-]+)/.exec(line);
      return call ? [{ command: call[1]!, flags: [...flagsOf(line), ...(line.includes('"${args[@]}"') ? arrayFlags : [])] }] : [];
    });
  });
}

function flagsOf(line: string): string[] {
  return [...line.matchAll(/(?:^|[\s(])--([a-z][a-z-]*)/g)].map((match) => match[1]!);
}
