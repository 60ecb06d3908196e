// Blades the simulator does not model (anything off the guide's path), and the error blade
// for routes the portal does not know.
import { html, type TemplateResult } from 'lit-html';
import { bladeFrame, errorBody } from './blade.ts';
import type { Blade } from './blade-types.ts';
import { hashes } from './router.ts';

export class GenericBlade implements Blade {
  constructor(private readonly title: string) {}

  template(): TemplateResult {
    return bladeFrame({
      title: this.title,
      breadcrumb: [{ label: 'Home', hash: hashes.home }],
      closeTo: hashes.home,
      body: html`<div class="fxs-blade-pad"><p class="fxs-muted">No items to display.</p></div>`,
    });
  }
}

export class NotFoundBlade implements Blade {
  template(): TemplateResult {
    return bladeFrame({
      title: 'Dashboard not found',
      breadcrumb: [{ label: 'Home', hash: hashes.home }],
      closeTo: hashes.home,
      body: errorBody('Dashboard not found', 'The dashboard or blade you requested could not be found. It may have been deleted, or the link may be incorrect.'),
    });
  }
}
