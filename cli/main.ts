// The `portal-runbook` command line: one module per command, registered from a list.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { simulatorCommand } from './commands/simulator.ts';
import { createSecretCommand } from './commands/create-secret.ts';
import { verifyGuideCommand } from './commands/verify-guide.ts';
import { screenshotsCommand } from './commands/screenshots.ts';
import { listSecretsCommand } from './commands/list-secrets.ts';
import { deleteSecretCommand } from './commands/delete-secret.ts';
import { rotateCommand } from './commands/rotate.ts';
import { ensureCommand } from './commands/ensure.ts';
import { loginCommand } from './commands/login.ts';
import { logoutCommand } from './commands/logout.ts';
import { refuseRepeatedFlags } from './repeated-flags.ts';

// bin/portal-runbook passes the arguments after "--" (see there); that "--" is not the user's.
const args = hideBin(process.argv);
if (args[0] === '--') args.shift();

/** A flag yargs refused: reported once, and no command handler runs after it. */
class UsageError extends Error {}

try {
  await yargs(args)
    .scriptName('portal-runbook')
    .command(createSecretCommand)
    .command(listSecretsCommand)
    .command(deleteSecretCommand)
    .command(rotateCommand)
    .command(ensureCommand)
    .command(simulatorCommand)
    .command(verifyGuideCommand)
    .command(screenshotsCommand)
    .command(loginCommand)
    .command(logoutCommand)
    .demandCommand(1, 'Name a command: login, create-secret, list-secrets, delete-secret, rotate, ensure, logout, verify-guide, screenshots or simulator.')
    .strict()
    .check(refuseRepeatedFlags, true)
    .exitProcess(false)
    .fail((message, error) => {
      if (error instanceof UsageError) throw error;
      process.stderr.write(`${error?.message ?? message}\n\nRun \`portal-runbook <command> --help\` for the flags.\n`);
      process.exitCode = 2;
      // With exitProcess(false) yargs would go on to run the command: stop here, nothing changed.
      throw new UsageError(message ?? error?.message);
    })
    .help()
    .version(false)
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .parseAsync();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
}

// A command that has finished has nothing left to do; only `simulator` goes on serving. Playwright
// leaves a retry timer of up to 500 ms behind a wait that the closed browser cut short, which held
// every run's exit back by about 0.4 s: leave once what was written has been flushed.
if (args[0] !== 'simulator') await exitOnceFlushed();

async function exitOnceFlushed(): Promise<never> {
  const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit();
}
