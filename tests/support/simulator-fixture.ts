// Fixtures: one simulator per worker (fast: low latency), reset before each test with the
// options that test asks for. Tests set up state through the admin API, never by clicking.
import { test as base } from '@playwright/test';
import { startSimulator, type RunningSimulator } from '../../simulator/index.ts';
import type { AdminConfigChange } from '../../simulator/admin.ts';
import { SimulatorAdmin } from './simulator-admin.ts';

export interface SimulatorFixtures {
  /** Options for this test's simulator (applied by a reset before the test). */
  simulatorConfig: AdminConfigChange;
  simulator: RunningSimulator;
  admin: SimulatorAdmin;
}

export const test = base.extend<Pick<SimulatorFixtures, 'simulatorConfig' | 'admin'>, { workerSimulator: RunningSimulator }>({
  workerSimulator: [
    async ({}, use) => {
      const simulator = await startSimulator({ port: 0, latency: 40, jitter: 30 });
      await use(simulator);
      await simulator.close();
    },
    { scope: 'worker' },
  ],
  simulatorConfig: [{ latency: 40, jitter: 30 }, { option: true }],
  admin: async ({ workerSimulator, simulatorConfig }, use) => {
    const admin = new SimulatorAdmin(workerSimulator.adminUrl);
    await admin.reset({ latency: 40, jitter: 30, ...simulatorConfig });
    await use(admin);
  },
}).extend<{ simulator: RunningSimulator }>({
  simulator: async ({ workerSimulator, admin }, use) => {
    void admin; // the reset happens before the test sees the simulator
    await use(workerSimulator);
  },
});

export { expect } from '@playwright/test';
