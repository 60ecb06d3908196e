// The sign-in texts that differ between the two UI variants (portal.md §2.1, §2.4, §12).
import type { UiVariant } from '../options.ts';

export interface SignInStrings {
  emailPlaceholder: string;
  emailAriaLabel: string;
  /** The way out of "Approve sign in request" (§2.4 lists both texts; we date them, see README). */
  approveEscapeLink: string;
  /** The method picker's TOTP tile (§2.4: older "... from my mobile app"). */
  verificationCodeTile: string;
}

const CURRENT: SignInStrings = {
  emailPlaceholder: 'Email or phone',
  emailAriaLabel: 'Enter your email or phone',
  approveEscapeLink: "I can't use my Microsoft Authenticator app right now",
  verificationCodeTile: 'Use a verification code',
};

const OLDER: SignInStrings = {
  emailPlaceholder: 'Email, phone, or Skype',
  emailAriaLabel: 'Enter your email, phone, or Skype.',
  approveEscapeLink: 'Sign in another way',
  verificationCodeTile: 'Use a verification code from my mobile app',
};

export function signInStrings(ui: UiVariant): SignInStrings {
  return ui === '2019' ? OLDER : CURRENT;
}

/** Texts the client shows; the same in both variants (§2.1–§2.3, [S]). */
export const MESSAGES = {
  usernameInvalid: 'Enter a valid email address, phone number, or Skype name.',
  usernameUnknown: 'This username may be incorrect. Make sure you typed it correctly. Otherwise, contact your admin.',
  passwordEmpty: 'Please enter your password.',
  /** Followed by the link "reset it now" and a period. */
  passwordWrongPrefix: "Your account or password is incorrect. If you don't remember your password, ",
  codeWrong: "You didn't enter the expected verification code. Please try again.",
} as const;

export const PASSWORD_RESET_URL = 'https://passwordreset.microsoftonline.com/';
export const MORE_INFO_URL = 'https://go.microsoft.com/fwlink/p/?LinkId=708614';
/** The "Enter code" description for the app's code (§2.3); a text message has its own. */
export const APP_CODE_DESCRIPTION = 'Enter the code displayed in the Microsoft Authenticator app on your mobile device';
/** The demo account's phone as the method picker masks it (§2.4). */
export const MASKED_PHONE = '+X XXXXXXXX12';
