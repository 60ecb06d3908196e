// Test helpers for calling the runbook directly: an in-memory destination and steps reported
// as Playwright test steps.
import { test } from '@playwright/test';
import type { PortalAccount } from '../../lib/account.ts';
import type { RunningSimulator } from '../../simulator/index.ts';
import type { CreateSecretOptions } from '../../runbooks/create-secret-runbook.ts';
import type { CreatedSecret } from '../../runbooks/created-secret.ts';
import type { SecretDestination } from '../../runbooks/delivery/destination.ts';
import type { Steps } from '../../runbooks/steps.ts';

export class MemoryDestination implements SecretDestination {
  readonly label = 'memory';
  delivered: CreatedSecret | undefined;
  /** The value it was handed, even when it then failed (to scan reports for it). */
  offered: string | undefined;
  withdrawn = false;

  /** `leak`: a careless destination whose error message quotes the value. */
  constructor(private readonly failOn?: 'deliver' | 'confirm' | 'leak') {}

  async preflight(): Promise<void> {}

  async deliver(secret: CreatedSecret): Promise<void> {
    this.offered = secret.value;
    if (this.failOn === 'deliver') throw new Error('memory destination: disk full (simulated)');
    if (this.failOn === 'leak') throw new Error(`memory destination: could not store ${secret.value}`);
    this.delivered = { ...secret };
  }

  async confirm(secret: CreatedSecret): Promise<void> {
    if (this.failOn === 'confirm' || this.delivered?.value !== secret.value) throw new Error('memory destination: read-back differs');
  }

  async withdraw(): Promise<void> {
    this.delivered = undefined;
    this.withdrawn = true;
  }
}

/** Each runbook step as a boxed test step; notes and titles are kept to scan for leaks. */
export class TestSteps implements Steps {
  readonly titles: string[] = [];
  readonly notes: string[] = [];
  /** Called after each step ends successfully (e.g. to interrupt right after Add). */
  after?: (title: string) => void;

  async run<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.titles.push(title);

    const result = await test.step(title, body, { box: true });

    this.after?.(title);
    return result;
  }

  /** Aborts `controller` as soon as the step titled `title` has ended (SIGINT at that moment). */
  interruptAfter(title: string, controller: AbortController): void {
    this.after = (ended) => {
      if (ended === title) controller.abort();
    };
  }

  note(message: string): void {
    this.notes.push(message);
  }
}

export function accountOf(simulator: RunningSimulator): PortalAccount {
  const { username, password, totpSecret } = simulator.account;
  return { portalUrl: simulator.portalUrl, username, password, totpSecret };
}

export function optionsFor(simulator: RunningSimulator, extra: Partial<CreateSecretOptions> = {}): CreateSecretOptions & { steps: TestSteps } {
  return {
    account: accountOf(simulator),
    destinations: [new MemoryDestination()],
    steps: new TestSteps(),
    headed: false,
    // The simulator forgets used codes on reset; a fresh memory per test keeps runs from waiting.
    totpMemory: new Map(),
    // One log per test, as the simulator forgets used codes at each test's reset.
    totpUseLogFile: test.info().outputPath('totp-periods.json'),
    // Each test starts with no remembered Application IDs (tests that want one run twice).
    knownAppsFile: test.info().outputPath('known-apps.json'),
    // The run record of this test's runs (never the developer's own).
    recordFile: test.info().outputPath('record.jsonl'),
    // One saved sign-in per test: a test's later runs are warm, as a user's are.
    stateFile: test.info().outputPath('auth', 'state.json'),
    ...extra,
  } as CreateSecretOptions & { steps: TestSteps };
}
