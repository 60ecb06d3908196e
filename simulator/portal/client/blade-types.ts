// What the shell asks of each blade.
import type { TemplateResult } from 'lit-html';
import type { Route } from './router.ts';

export interface Blade {
  template(): TemplateResult;
  /** Takes a new route without being rebuilt (a menu change in the same menu blade). */
  accept?(route: Route): boolean;
}
