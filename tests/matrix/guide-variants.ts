// The guide matrix: verify-guide and screenshots across the portal renderings the reference
// allows (era × frames × markup × overlays × timing × session end × regional format), sampled by the same seed as the
// create-secret matrix. The renderings are the create-secret matrix's own; only the era (no
// months-worded era: its drift list is its own) and the command are the guide's.
import { combinationIn, productOf, sampleOf, type Choice, type CombinationOf } from './draw.ts';
import { DIMENSIONS } from './variants.ts';

export const GUIDE_DIMENSIONS = {
  command: [
    { name: 'verify-guide', config: {}, args: ['verify-guide'] },
    { name: 'verify-guide --create', config: {}, args: ['verify-guide', '--create'] },
    { name: 'screenshots', config: {}, args: ['screenshots'] },
  ],
  era: [
    { name: '2019', config: { ui: '2019' } },
    { name: 'current', config: { ui: 'current' } },
  ],
  frames: DIMENSIONS.frames,
  markup: DIMENSIONS.markup,
  overlays: DIMENSIONS.overlays,
  timing: DIMENSIONS.timing,
  sessionEnd: DIMENSIONS.sessionEnd,
  // The regional formats (verify-guide and screenshots take no --date-order: they check no end date against a request).
  dates: DIMENSIONS.dates.filter((choice) => !('args' in choice)),
} as const satisfies Record<string, readonly Choice[]>;

export type GuideCombination = CombinationOf<typeof GUIDE_DIMENSIONS>;

/** Combinations drawn in `npm test` (each is one whole command run). */
export const GUIDE_DEFAULT_COUNT = 4;

export const guideProductSize = (): number => productOf(GUIDE_DIMENSIONS);
export const guideCombinationAt = (index: number): GuideCombination => combinationIn(GUIDE_DIMENSIONS, index);
export const guideSample = (seed: number, count: number): GuideCombination[] => sampleOf(GUIDE_DIMENSIONS, seed, count);
