// A matrix of renderings: named dimensions of choices, their product indexed in mixed radix, and a
// seeded sample of it, so a failure replays by seed. Shared by the create-secret matrix and the
// guide matrix (verify-guide, screenshots); each says what its choices are.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { AdminConfigChange } from '../../simulator/admin.ts';

export interface Choice {
  name: string;
  config: AdminConfigChange;
  args?: string[];
  /** The command runs with --apps FILE: the matrix's own app first, then these, in one file. */
  moreApps?: readonly string[];
}

export type Dimensions = Record<string, readonly Choice[]>;

export type CombinationOf<D extends Dimensions> = { index: number } & { [K in keyof D]: D[K][number] };

export function productOf(dimensions: Dimensions): number {
  return Object.values(dimensions).reduce((size, values) => size * values.length, 1);
}

/** The combination at `index` of the full product (mixed radix, dimensions in order). */
export function combinationIn<D extends Dimensions>(dimensions: D, index: number): CombinationOf<D> {
  let rest = index;
  const combination: Record<string, unknown> = { index };
  for (const name of Object.keys(dimensions).reverse()) {
    const values = dimensions[name]!;
    combination[name] = values[rest % values.length]!;
    rest = Math.floor(rest / values.length);
  }
  return combination as CombinationOf<D>;
}

/** `count` distinct combinations drawn with `seed`; the same seed draws the same ones. */
export function sampleOf<D extends Dimensions>(dimensions: D, seed: number, count: number): CombinationOf<D>[] {
  const size = productOf(dimensions);
  const rng = xoroshiro128plus(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(count, size)) picked.add(uniformInt(rng, 0, size - 1));
  return [...picked].map((index) => combinationIn(dimensions, index));
}

function choicesOf<D extends Dimensions>(dimensions: D, combination: CombinationOf<D>): Choice[] {
  return Object.keys(dimensions).map((name) => combination[name] as Choice);
}

export function describeIn<D extends Dimensions>(dimensions: D, combination: CombinationOf<D>): string {
  return choicesOf(dimensions, combination).map((choice) => choice.name).join(' · ');
}

/** The simulator configuration of a combination: the dimensions' settings merged, markup merged, faults joined. */
export function configIn<D extends Dimensions>(dimensions: D, combination: CombinationOf<D>): AdminConfigChange {
  const config: AdminConfigChange = {};
  const faults: string[] = [];
  for (const choice of choicesOf(dimensions, combination)) {
    const { faults: more, markup, ...rest } = choice.config;
    Object.assign(config, rest);
    if (markup) config.markup = { ...config.markup, ...markup };
    faults.push(...(more ?? []));
  }
  return { ...config, faults };
}

export function argsIn<D extends Dimensions>(dimensions: D, combination: CombinationOf<D>): string[] {
  return choicesOf(dimensions, combination).flatMap((choice) => choice.args ?? []);
}
