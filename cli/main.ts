// The `portal-runbook` command line: one module per command, registered from a list.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { simulatorCommand } from './commands/simulator.ts';
import { createSecretCommand } from './commands/create-secret.ts';

// bin/portal-runbook passes the arguments after "--" (see there); that "--" is not the user's.
const args = hideBin(process.argv);
if (args[0] === '--') args.shift();

await yargs(args)
  .scriptName('portal-runbook')
  .command(createSecretCommand)
  .command(simulatorCommand)
  .demandCommand(1, 'Name a command: create-secret or simulator.')
  .strict()
  .exitProcess(false)
  .fail((message, error, cli) => {
    process.stderr.write(`${error?.message ?? message}\n\nRun \`portal-runbook <command> --help\` for the flags.\n`);
    void cli;
    process.exitCode = 2;
  })
  .help()
  .version(false)
  .wrap(Math.min(110, process.stdout.columns ?? 110))
  .parseAsync();
