// `npm run matrix`: the variant matrix on its own. `--seed N` replays a sample, `--count N` draws
// more, `--all` runs the whole product (long: see the count it prints).
import { spawn } from 'node:child_process';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { productSize } from '../tests/matrix/variants.ts';
import { DEFAULT_COUNT } from '../tests/matrix/selection.ts';

const flags = await yargs(hideBin(process.argv))
  .scriptName('npm run matrix --')
  .option('seed', { type: 'number', describe: 'Seed of the sample (printed by every run); default: a new one' })
  .option('count', { type: 'number', default: DEFAULT_COUNT, describe: 'How many combinations to draw' })
  .option('all', { type: 'boolean', default: false, describe: `Run every combination of the product (${productSize()})` })
  .option('workers', { type: 'number', default: 2, describe: 'Parallel workers' })
  .strict()
  .parseAsync();

const seed = flags.seed ?? Math.floor(Math.random() * 1_000_000);
process.stderr.write(
  flags.all ? `Variant matrix: all ${productSize()} combinations.\n` : `Variant matrix: seed ${seed}, ${flags.count} of ${productSize()} combinations (replay: npm run matrix -- --seed ${seed}).\n`,
);
const child = spawn('npx', ['playwright', 'test', 'tests/matrix', `--workers=${flags.workers}`], {
  stdio: 'inherit',
  env: { ...process.env, MATRIX_SEED: String(seed), MATRIX_COUNT: String(flags.count), MATRIX_ALL: flags.all ? '1' : '0' },
});
child.on('close', (code) => {
  process.exitCode = code ?? 1;
});
