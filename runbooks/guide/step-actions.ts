// Each guide action bound to the page objects, once: brought up (`ready`), checked for the
// runbook's own control (`available`), done the runbook's way (`perform`), or done through a
// renamed control in the same place (`performNamed`). The walker decides which; nothing here
// knows about verdicts.
import { AddClientSecretPane } from '../../pages/add-client-secret-pane.ts';
import { AppRegistrationsBlade } from '../../pages/app-registrations-blade.ts';
import { ApplicationBlade, CERTIFICATES_SECRETS } from '../../pages/application-blade.ts';
import { CertificatesSecretsBlade } from '../../pages/certificates-secrets-blade.ts';
import { commandButtons } from '../../pages/command-bar.ts';
import { APP_REGISTRATIONS, EntraIdBlade } from '../../pages/entra-id-blade.ts';
import { expandGroup, findResourceMenu, menuPlace, openMenuItem } from '../../pages/menu.ts';
import { DeleteConfirmation } from '../../pages/delete-confirmation.ts';
import { NewSecretRow } from '../../pages/new-secret-row.ts';
import { exactly, firstOf, gone } from '../../pages/race.ts';
import { RunbookError } from '../errors.ts';
import type { GuideStep } from './guide-schema.ts';
import type { WalkContext } from './walk-context.ts';

export interface ActionBinding {
  ready?(ctx: WalkContext, step: GuideStep): Promise<void>;
  available(ctx: WalkContext, step: GuideStep): Promise<boolean>;
  /** Does the step; type and choose return what the field shows once done (the result's `entered`). */
  perform(ctx: WalkContext, step: GuideStep): Promise<string | void>;
  performNamed?(ctx: WalkContext, step: GuideStep, name: string): Promise<void>;
  /** The name of the control the runbook's way uses, as the portal shows it (for the report). */
  controlName?(ctx: WalkContext, step: GuideStep): Promise<string | undefined>;
  /**
   * The control the step is about to use, as the reader sees it (documentation screenshots draw
   * a box around it); `renamed` when the step goes through a renamed control.
   */
  control?(ctx: WalkContext, step: GuideStep, renamed?: string): Promise<Locator | undefined>;
}

type Locator = import('playwright').Locator;

const TIMEOUT = 45_000;
const ENTRA = /^(Microsoft Entra ID|Azure Active Directory)$/;

async function visible(locator: import('playwright').Locator): Promise<boolean> {
  return (await locator.filter({ visible: true }).count()) > 0;
}

async function menuScope(ctx: WalkContext) {
  return (await findResourceMenu(ctx.page, "The blade's menu", TIMEOUT)).scope;
}

function needBlade(ctx: WalkContext): CertificatesSecretsBlade {
  if (!ctx.blade) throw new Error('Certificates & secrets is not open');
  return ctx.blade;
}

function needApp(ctx: WalkContext) {
  if (!ctx.app) throw new Error('The app is not known: no step opened it');
  return ctx.app;
}

function needPane(ctx: WalkContext): AddClientSecretPane {
  if (!ctx.pane) throw new Error('The "Add a client secret" pane is not open');
  return ctx.pane;
}

async function listShown(ctx: WalkContext): Promise<void> {
  ctx.list = await AppRegistrationsBlade.find(ctx.page);
}

function entraService(ctx: WalkContext) {
  return ctx.page.getByRole('link', { name: ENTRA }).or(ctx.page.getByRole('button', { name: ENTRA }));
}

const openDirectory: ActionBinding = {
  ready: async (ctx) => {
    await ctx.shell.showing({ home: ctx.shell.homeServices });
  },
  available: (ctx) => visible(entraService(ctx)),
  control: async (ctx, _step, renamed) => (renamed ? ctx.page.getByRole('link', { name: exactly(renamed) }) : entraService(ctx)),
  controlName: async (ctx) => (await entraService(ctx).filter({ visible: true }).first().innerText()).replace(/\s+/g, ' ').trim(),
  perform: async (ctx) => {
    await ctx.shell.openEntraId();
    await firstOf({ left: gone(ctx.shell.homeServices) }, { timeout: TIMEOUT });
  },
  performNamed: async (ctx, _step, name) => {
    await ctx.page.getByRole('link', { name: exactly(name) }).filter({ visible: true }).first().click();
    await firstOf({ left: gone(ctx.shell.homeServices) }, { timeout: TIMEOUT });
  },
};

const openAppRegistrations: ActionBinding = {
  // The menu as a person reads it: its Manage group opened when it renders collapsed.
  ready: async (ctx) => {
    await expandGroup(await menuScope(ctx), APP_REGISTRATIONS.group);
  },
  available: async (ctx) => visible(menuPlace(await menuScope(ctx), APP_REGISTRATIONS)),
  control: async (ctx, _step, renamed) => menuPlace(await menuScope(ctx), { ...APP_REGISTRATIONS, item: renamed ?? APP_REGISTRATIONS.item }),
  perform: async (ctx) => {
    await new EntraIdBlade(ctx.page).openAppRegistrations();
    await listShown(ctx);
  },
  performNamed: async (ctx, _step, name) => {
    await openMenuItem(ctx.page, { ...APP_REGISTRATIONS, item: name }, `The "${name}" menu item`);
    await listShown(ctx);
  },
};

const openApp: ActionBinding = {
  ready: async (ctx, step) => {
    ctx.list ??= await AppRegistrationsBlade.find(ctx.page);
    ctx.app = await ctx.list.findApp({ kind: 'name', displayName: step.value ?? '' });
  },
  available: async (ctx) => ctx.app !== undefined,
  control: async (ctx) => (ctx.list && ctx.app ? ctx.list.rows.filter({ hasText: ctx.app.appId }).getByRole('link', { name: exactly(ctx.app.displayName) }) : undefined),
  perform: async (ctx) => {
    await ctx.list!.openApp(ctx.app!);
    await firstOf({ left: gone(ctx.list!.filterBox) }, { timeout: TIMEOUT });
  },
};

async function bladeShown(ctx: WalkContext): Promise<void> {
  ctx.blade = await CertificatesSecretsBlade.find(ctx.page);
}

const openCertificatesSecrets: ActionBinding = {
  ready: async (ctx) => {
    await expandGroup(await menuScope(ctx), CERTIFICATES_SECRETS.group);
  },
  available: async (ctx) => visible(menuPlace(await menuScope(ctx), CERTIFICATES_SECRETS)),
  control: async (ctx, _step, renamed) => menuPlace(await menuScope(ctx), { ...CERTIFICATES_SECRETS, item: renamed ?? CERTIFICATES_SECRETS.item }),
  perform: async (ctx) => {
    await new ApplicationBlade(ctx.page).openCertificatesSecrets();
    await bladeShown(ctx);
  },
  performNamed: async (ctx, _step, name) => {
    await openMenuItem(ctx.page, { ...CERTIFICATES_SECRETS, item: name }, `The "${name}" menu item`);
    await bladeShown(ctx);
  },
};

const clickNewClientSecret: ActionBinding = {
  ready: async (ctx) => {
    ctx.blade ??= await CertificatesSecretsBlade.find(ctx.page);
    const blade = ctx.blade;
    const layout = await firstOf({ tabs: blade.clientSecretsTab, sections: blade.clientSecretsHeading }, { timeout: TIMEOUT });
    if (layout === 'tabs') await blade.clientSecretsTab.filter({ visible: true }).first().click();
    // Settled: the secrets as listed (also the "before" of a --create run).
    ctx.before = await blade.secrets();
  },
  available: (ctx) => visible(needBlade(ctx).newClientSecret),
  control: async (ctx, _step, renamed) => {
    const blade = needBlade(ctx);
    return renamed ? commandButtons(blade.scope, exactly(renamed)) : blade.newClientSecret;
  },
  perform: async (ctx) => {
    await needBlade(ctx).openNewClientSecret();
    ctx.pane = await AddClientSecretPane.find(ctx.page);
  },
  performNamed: async (ctx, _step, name) => {
    const blade = needBlade(ctx);
    await commandButtons(blade.scope, exactly(name)).filter({ visible: true }).first().click();
    ctx.pane = await AddClientSecretPane.find(ctx.page);
  },
};

const typeDescription: ActionBinding = {
  ready: async (ctx) => {
    await needPane(ctx).waitUntilOpen();
  },
  available: (ctx) => visible(needPane(ctx).description),
  control: async (ctx) => needPane(ctx).description,
  perform: async (ctx, step) => {
    const pane = needPane(ctx);
    ctx.description = step.value ?? '';
    await pane.setDescription(ctx.description);
    return pane.description.inputValue();
  },
};

const chooseExpires: ActionBinding = {
  ready: async (ctx) => {
    ctx.expires = await needPane(ctx).expiresControl();
  },
  available: async () => true,
  control: async (ctx, step) => {
    const pane = needPane(ctx);
    if (ctx.expires !== 'radios') return pane.expiresDropdown;
    // The radio the guide chooses, with its label (the radio alone is a small circle).
    const choice = step.value ?? '';
    return pane.formScope.getByRole('radio', { name: choice, exact: true }).or(pane.formScope.getByText(choice, { exact: true }));
  },
  /** The guide's choice when the portal offers it; otherwise the portal's own default stays. */
  perform: async (ctx, step) => {
    const pane = needPane(ctx);
    const control = ctx.expires ?? (await pane.expiresControl());
    if (control === 'radios') {
      const offered = await pane.offeredExpiries(control);
      if (step.value && offered.includes(step.value)) await pane.chooseExpiry(control, step.value);
      return pane.checkedExpiry();
    }
    if (!(await visible(pane.expiresOptions))) await pane.openExpires();
    const offered = await pane.offeredExpiries(control);
    const shown = await pane.expiresShown();
    const pick = step.value && offered.includes(step.value) ? step.value : offered.find((option) => shown.includes(option)) ?? offered[0]!;
    await pane.chooseExpiry(control, pick);
    return pick;
  },
};

const addOrCancel: ActionBinding = {
  available: (ctx) => visible(ctx.create ? needPane(ctx).addButton : needPane(ctx).cancelButton),
  // The guide says "click on Add": that is the control shown, also when the run cancels.
  control: async (ctx) => needPane(ctx).addButton,
  perform: async (ctx) => {
    const pane = needPane(ctx);
    if (!ctx.create) {
      ctx.steps.note('Cancel: nothing is added (run with --create to add and check the result)');
      await pane.cancel();
      return;
    }
    const blade = needBlade(ctx);
    const before = ctx.before ?? [];
    const newRow = new NewSecretRow(blade, before, await blade.hasSecretIds());
    ctx.added.aboutToAdd({ session: ctx.session, app: needApp(ctx), description: ctx.description ?? '', before, blade });
    const adding = pane.add(ctx.shell, newRow.locator);
    await (ctx.watch ? ctx.watch(adding) : adding);
    ctx.newRow = newRow.locator;
    ctx.newSecretRow = newRow;
  },
};

const readNewSecret: ActionBinding = {
  available: async () => true,
  control: async (ctx) => ctx.newRow,
  perform: async (ctx) => {
    if (!ctx.create || !ctx.newSecretRow) return;
    const reading = ctx.newSecretRow.read();
    const row = await (ctx.watch ? ctx.watch(reading) : reading).catch((error: Error) => {
      throw error instanceof RunbookError ? error : new RunbookError('other', error.message);
    });
    ctx.added.identified(row);
  },
};

const deleteSecret: ActionBinding = {
  ready: async (ctx, step) => {
    const blade = (ctx.blade ??= await CertificatesSecretsBlade.find(ctx.page));
    await blade.selectClientSecrets();
    const listed = await blade.secrets();
    const description = step.value ?? '';
    ctx.deleting = listed.find((row) => row.description === description) ?? listed.find((row) => row.description.includes(description));
    const row = blade.rows.filter({ hasText: exactly(description) }).or(blade.rows.filter({ hasText: description })).first();
    ctx.newRow = row;
    await row.getByRole('button', { name: /delete/i }).first().click();
  },
  available: async (ctx) => new DeleteConfirmation(needBlade(ctx).scope).showing(),
  perform: async (ctx) => {
    await new DeleteConfirmation(needBlade(ctx).scope).answer(ctx.create ? 'confirm' : 'decline');
    if (!ctx.create) return;
    await firstOf({ deleted: gone(ctx.newRow!) }, { timeout: TIMEOUT });
    // A secret this run added, deleted by the guide itself: the run's cleanup has nothing left to do for it.
    if (ctx.deleting) ctx.added.deletedByTheRun(ctx.deleting);
  },
};

export const BINDINGS: Record<string, ActionBinding> = {
  'navigate:directory': openDirectory,
  'navigate:app-registrations': openAppRegistrations,
  'navigate:app': openApp,
  'navigate:certificates-secrets': openCertificatesSecrets,
  'click:new-client-secret': clickNewClientSecret,
  'type:description': typeDescription,
  'choose:expires': chooseExpires,
  'add:add-pane': addOrCancel,
  'read:new-secret': readNewSecret,
  'delete:secret': deleteSecret,
};

export function bindingFor(step: GuideStep): ActionBinding {
  const binding = BINDINGS[`${step.action}:${step.target}`];
  if (!binding) throw new RunbookError('bad-input', `No action "${step.action}" on "${step.target}"`);
  return binding;
}
