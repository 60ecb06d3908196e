// The simulator (express, esbuild, lit-html) is loaded only by a command that runs it: a run
// against the real portal, or --help, does not pay for it.
import type { RunningSimulator } from '../simulator/index.ts';
import type { SimulatorOptions } from '../simulator/options.ts';

export type { RunningSimulator };

export async function startSimulatorLazily(options: Partial<SimulatorOptions>): Promise<RunningSimulator> {
  const { startSimulator } = await import('../simulator/index.ts');
  return startSimulator(options);
}
