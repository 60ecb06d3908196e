// Which portal the pictures show, as the walk found it: the Expires control (radios in 2019, a
// dropdown today), whether the secrets sit under a tab, and whether the blade or the pane's form
// is drawn in a frame of its own (React views).
import type { WalkContext } from '../guide/walk-context.ts';

export interface UiVariant {
  name: 'current' | '2019' | 'unknown';
  expires?: 'radios' | 'dropdown';
  bladeInFrame?: boolean;
  paneFormInFrame?: boolean;
}

export function uiVariant(ctx: WalkContext): UiVariant {
  const main = ctx.page.mainFrame();
  return {
    name: ctx.expires === 'radios' ? '2019' : ctx.expires === 'dropdown' ? 'current' : 'unknown',
    expires: ctx.expires,
    bladeInFrame: ctx.blade ? ctx.blade.scope !== main : undefined,
    paneFormInFrame: ctx.pane ? ctx.pane.formScope !== main : undefined,
  };
}
