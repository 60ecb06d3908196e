// The titles create-secret prints for its steps, in one place: the runbook runs its steps under
// them (named after the guide's clicks), and the soak waits for them on stderr to press Ctrl+C or
// kill the browser at a drawn step (scripts/soak/plan.ts).
export const STEP_TITLES = {
  startBrowser: 'Start the browser',
  signIn: (username: string) => `Sign in as ${username}`,
  openByMenus: 'Open Certificates & secrets by the menus',
  openByDeepLink: 'Open Certificates & secrets by deep link',
  openByRememberedId: (displayName: string) => `Open "${displayName}" by its remembered Application ID`,
  findInList: (displayName: string) => `Find "${displayName}" in App registrations`,
  openFromList: (displayName: string) => `Open "${displayName}" from the list, then Certificates & secrets`,
  showSecrets: 'Show the client secrets',
  newClientSecret: 'Click "New client secret"',
  typeDescription: (description: string) => `Type the description "${description}"`,
  chooseExpires: (expires: string) => `Choose Expires: ${expires}`,
  add: 'Click "Add"',
  readNewRow: 'Read the new secret from its row',
  check: 'Check the value, description and end date',
  deliver: (destination: string) => `Deliver to ${destination}`,
  readBack: (destination: string) => `Read back ${destination}`,
} as const;

/** The words a title made from a run's own words (an account, a description) always starts with. */
export function titlePrefix(title: (words: string) => string): string {
  const marker = '\u0000';
  return title(marker).split(marker)[0]!;
}
