// What each view's buttons do: validate, post the step, show the next view or the error.
import { ENDPOINTS, type AuthMethodId, type StepAnswer, type ViewName } from '../protocol.ts';
import { APP_CODE_DESCRIPTION, MASKED_PHONE, MESSAGES, PASSWORD_RESET_URL } from '../strings.ts';
import type { FieldModel } from './fields.ts';
import type { PageView } from './page-view.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{7,}$/;
const SESSION_TIMED_OUT = 'Your session has timed out. Please close your browser and sign in again.';

export class SignInController {
  private busy = false;
  /** The MFA view the method picker was opened from (its Cancel goes back there). */
  private mfaView: ViewName = 'enterCode';

  constructor(
    private readonly form: HTMLFormElement,
    private readonly page: PageView,
    private readonly fields: FieldModel,
    private readonly post: (endpoint: string, body: Record<string, unknown>) => Promise<StepAnswer>,
  ) {}

  private get flowToken(): string {
    return (this.form.elements.namedItem('flowToken') as HTMLInputElement).value;
  }

  /** Runs one server step with the progress dots on and the buttons disabled. */
  private async step(endpoint: string, body: Record<string, unknown>): Promise<StepAnswer | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.page.setBusy(true);
    try {
      return await this.post(endpoint, { ...body, flowToken: this.flowToken });
    } finally {
      this.busy = false;
      this.page.setBusy(false);
    }
  }

  /** The primary button (or Enter) of the view showing now. */
  async submitCurrent(): Promise<void> {
    switch (this.page.current) {
      case 'username': return this.submitUsername();
      case 'password': return this.submitPassword();
      case 'enterCode': return this.submitCode();
      case 'staySignedIn': return this.answerStaySignedIn(true);
      case 'actionRequired': window.location.assign('/common/ProofUp'); return;
      default: return;
    }
  }

  async submitUsername(): Promise<void> {
    const username = this.fields.read('username').trim();
    if (!EMAIL.test(username) && !PHONE.test(username)) {
      this.page.setError('username', MESSAGES.usernameInvalid);
      this.fields.input('username')?.focus();
      return;
    }
    const answer = await this.step(ENDPOINTS.getCredentialType, { username, isOtherIdpSupported: true });
    if (!answer) return;
    if (answer.error) {
      this.page.setError('username', answer.error === 'unknown-username' ? MESSAGES.usernameUnknown : SESSION_TIMED_OUT);
      this.fields.input('username')?.focus();
      return;
    }
    this.page.setError('username', null);
    this.page.setError('password', null);
    this.fields.clear('password');
    this.page.setUpn(username);
    this.follow(answer);
  }

  async submitPassword(): Promise<void> {
    const passwd = this.fields.read('password');
    if (!passwd) {
      this.page.setError('password', MESSAGES.passwordEmpty);
      return;
    }
    const answer = await this.step(ENDPOINTS.login, { passwd });
    if (!answer) return;
    if (answer.error) {
      this.fields.clear('password');
      this.page.setError('password', answer.error === 'wrong-password' ? wrongPasswordMessage() : SESSION_TIMED_OUT);
      this.fields.input('password')?.focus();
      return;
    }
    this.follow(answer);
  }

  async submitCode(): Promise<void> {
    const otc = this.fields.read('code').trim();
    const answer = await this.step(ENDPOINTS.processAuth, { AuthMethodId: 'PhoneAppOTP', Method: 'ProcessAuth', AdditionalAuthData: otc });
    if (!answer) return;
    if (answer.error) {
      this.fields.clear('code');
      this.page.setError('code', answer.error === 'wrong-code' ? MESSAGES.codeWrong : SESSION_TIMED_OUT);
      this.fields.input('code')?.focus();
      return;
    }
    this.follow(answer);
  }

  async answerStaySignedIn(yes: boolean): Promise<void> {
    const dontShowAgain = this.form.querySelector<HTMLInputElement>('#KmsiCheckboxField')?.checked ?? false;
    const answer = await this.step(ENDPOINTS.kmsi, { LoginOptions: yes ? 1 : 3, DontShowAgain: dontShowAgain });
    if (answer) this.follow(answer);
  }

  async askLater(): Promise<void> {
    const answer = await this.step(ENDPOINTS.askLater, {});
    if (answer) this.follow(answer);
  }

  async beginAuth(method: AuthMethodId): Promise<void> {
    const answer = await this.step(ENDPOINTS.beginAuth, { AuthMethodId: method, Method: 'BeginAuth' });
    if (answer) this.follow(answer);
  }

  chooseMethod(): void {
    if (this.busy) return;
    this.mfaView = this.page.current;
    this.page.show('verifyIdentity');
  }

  cancelMethod(): void {
    if (!this.busy) this.page.show(this.mfaView);
  }

  /** "Use your password instead" (passwordless-first): the password view, for the username given. */
  usePassword(): void {
    if (!this.busy) this.page.show('password');
  }

  back(): void {
    if (this.busy) return;
    this.page.setError('password', null);
    this.page.show('username');
  }

  /** Shows the view the server named, or finishes: f1 posts to the hand-over page. */
  private follow(answer: StepAnswer): void {
    if (answer.next === 'done') {
      this.busy = true;
      this.page.setBusy(true);
      this.form.submit();
      return;
    }
    if (!answer.next) return;
    if (answer.next === 'approveRequest' || answer.next === 'passwordless') this.page.setText('[data-entropy]', String(answer.entropy ?? ''));
    if (answer.next === 'enterCode') {
      this.fields.clear('code');
      this.page.setError('code', null);
      this.page.setText(
        '[data-code-description]',
        answer.authMethodId === 'OneWaySMS'
          ? `We texted your phone ${MASKED_PHONE}. Please enter the code to sign in.`
          : APP_CODE_DESCRIPTION,
      );
    }
    this.page.show(answer.next);
  }
}

function wrongPasswordMessage(): Node {
  const message = document.createDocumentFragment();
  const link = document.createElement('a');
  link.id = 'idA_IL_ForgotPassword0';
  link.href = PASSWORD_RESET_URL;
  link.textContent = 'reset it now';
  message.append(MESSAGES.passwordWrongPrefix, link, '.');
  return message;
}
