// Each new picture against the baseline's picture of the same name: the share of pixels that
// differ (pixelmatch), and a diff image when any do. A picture of another size counts as wholly
// changed; one the baseline lacks is new.
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export type ImageStatus = 'unchanged' | 'changed' | 'new';

export interface Comparison {
  status: ImageStatus;
  /** Changed pixels / all pixels (0–1); 1 when the sizes differ or the baseline has none. */
  ratio: number;
  diff?: Buffer;
}

export function compareImages(before: Buffer | undefined, after: Buffer, threshold: number): Comparison {
  if (!before) return { status: 'new', ratio: 1 };
  const a = PNG.sync.read(before);
  const b = PNG.sync.read(after);
  if (a.width !== b.width || a.height !== b.height) return { status: 'changed', ratio: 1 };
  const diff = new PNG({ width: a.width, height: a.height });
  const count = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 });
  const ratio = count / (a.width * a.height);
  return { status: ratio > threshold ? 'changed' : 'unchanged', ratio: Number(ratio.toFixed(6)), diff: count > 0 ? PNG.sync.write(diff) : undefined };
}
