// Which combinations this test run takes: MATRIX_SEED and MATRIX_COUNT (set by `npm run matrix`,
// or by playwright.config.ts once per run so every worker draws the same sample).
export interface MatrixSelection {
  seed: number;
  count: number;
  all: boolean;
}

/** Combinations drawn in `npm test`. */
export const DEFAULT_COUNT = 7;

export function matrixSelection(productSize: number): MatrixSelection {
  const seed = Number(process.env.MATRIX_SEED ?? 1);
  const all = process.env.MATRIX_ALL === '1';
  const count = all ? productSize : Number(process.env.MATRIX_COUNT ?? DEFAULT_COUNT);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`MATRIX_SEED must be a whole number ≥ 0 (got ${process.env.MATRIX_SEED})`);
  if (!Number.isInteger(count) || count < 1) throw new Error(`MATRIX_COUNT must be a whole number ≥ 1 (got ${process.env.MATRIX_COUNT})`);
  return { seed, count, all };
}
