// The sign-in page's script (bundled by esbuild at server start): wires form f1's views.
import type { AuthMethodId } from '../protocol.ts';
import { postStep } from './api.ts';
import { FieldModel } from './fields.ts';
import { PageView } from './page-view.ts';
import { SignInController } from './sign-in-controller.ts';

const form = document.forms.namedItem('f1')!;
const page = new PageView(form);
const controller = new SignInController(form, page, new FieldModel(form), postStep);

function run(action: string, element: HTMLElement): void {
  switch (action) {
    case 'back': controller.back(); break;
    case 'choose-method': controller.chooseMethod(); break;
    case 'use-password': controller.usePassword(); break;
    case 'cancel-method': controller.cancelMethod(); break;
    case 'begin-auth': void controller.beginAuth(element.dataset.value as AuthMethodId); break;
    case 'kmsi-no': void controller.answerStaySignedIn(false); break;
    case 'ask-later': void controller.askLater(); break;
    default: break; // 'noop': links the simulator does not follow
  }
}

// A submit only counts from the view showing now: a script that clicks the hidden email
// view's Next (the first `input[type=submit]` in the DOM) submits nothing, as on the real page.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (page.contains(event.submitter)) void controller.submitCurrent();
});

form.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key === 'Enter' && target instanceof HTMLInputElement && target.dataset.field && page.contains(target)) {
    event.preventDefault();
    void controller.submitCurrent();
  }
  const actionable = target.closest<HTMLElement>('[role=button][data-action]');
  if (actionable && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    run(actionable.dataset.action!, actionable);
  }
});

document.addEventListener('click', (event) => {
  const actionable = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
  if (!actionable) return;
  event.preventDefault();
  run(actionable.dataset.action!, actionable);
});

page.show('username');
