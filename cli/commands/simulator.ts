// `portal-runbook simulator`: serve the portal simulator until interrupted.
import type { CommandModule } from 'yargs';
import { startSimulatorLazily as startSimulator } from '../simulator-lazily.ts';
import { simulatorOptionsFrom, withSimulatorFlags, type SimulatorFlags } from '../simulator-flags.ts';

export const simulatorCommand: CommandModule<object, SimulatorFlags> = {
  command: 'simulator',
  describe: 'Serve the local portal simulator (sign-in + portal blades) until Ctrl+C',
  builder: (yargs) => withSimulatorFlags(yargs),
  handler: async (flags) => {
    const options = simulatorOptionsFrom(flags);
    const simulator = await startSimulator(options);
    const { account, accounts } = simulator;
    process.stdout.write(
      [
        `Portal simulator (${options.ui} portal${options.iframe ? ', React-view iframe' : ''}) is up.`,
        `  Portal:        ${simulator.portalUrl}`,
        `  Sign-in:       ${simulator.loginUrl}`,
        '  Demo account (exists only in the simulator):',
        `    PORTAL_USERNAME=${account.username}`,
        `    PORTAL_PASSWORD=${account.password}`,
        `    PORTAL_TOTP_SECRET=${account.totpSecret}`,
        '  For the "Enter code" prompt: `npm run --silent totp-code`, or add the secret to any authenticator app.',
        '  More users of the tenant (username, password, TOTP secret; PORTAL_TOTP_SECRET=… npm run --silent totp-code):',
        ...accounts.slice(1).map((other) => `    ${other.username}  ${other.password}  ${other.totpSecret}`),
        'Press Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await simulator.close();
  },
};
