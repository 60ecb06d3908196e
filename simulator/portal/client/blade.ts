// Blade chrome (portal.md §3.1): breadcrumb, title with pin / more / close, an optional
// resource menu, and the FX command bar (`li[role=presentation] > div[role=button]`, §3.4).
import { html, nothing, type TemplateResult } from 'lit-html';
import { env } from './env.ts';
import { icons } from './icons.ts';
import { linkTo, navigate } from './nav.ts';

export interface Crumb {
  label: string;
  hash: string;
}

export interface Command {
  label: string;
  telemetry: string;
  icon?: TemplateResult;
  disabled?: boolean;
  onClick?: () => void;
}

export interface BladeFrame {
  title: string;
  subtitle?: string;
  breadcrumb: Crumb[];
  closeTo: string;
  menu?: TemplateResult | typeof nothing;
  body: TemplateResult;
  icon?: TemplateResult;
}

function activateOnKey(action: (() => void) | undefined) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action?.();
    }
  };
}

export function commandButton(command: Command): TemplateResult {
  const run = () => {
    if (!command.disabled) command.onClick?.();
  };
  return html`<li role="presentation" class="azc-toolbar-item azc-toolbarButton fxs-commandBar-item" title=${command.label}>
    <div class="fxs-portal-hover azc-toolbarButton-container ${command.disabled ? 'azc-disabled' : ''}" role="button" aria-label=${command.label}
      title=${command.label} tabindex="0" aria-disabled=${command.disabled ? 'true' : 'false'} @click=${run} @keydown=${activateOnKey(run)}>
      <div class="azc-toolbarButton-icon">${command.icon ?? nothing}</div>
      <div class="azc-toolbarButton-label fxs-commandBar-item-text" data-telemetryname=${`Command-${command.telemetry}`}>${command.label}</div>
    </div>
  </li>`;
}

/** A command bar's list of buttons: a `toolbar`, or a plain list (`--markup commandBar=plain`). */
export function toolbar(commands: Command[]): TemplateResult {
  const role = env().config.markup.commandBar === 'plain' ? nothing : 'toolbar';
  return html`<ul class="azc-toolbar" role=${role}>${commands.map(commandButton)}</ul>`;
}

export function commandBar(commands: Command[]): TemplateResult {
  return html`<div class="fxs-commandBar">${toolbar(commands)}</div>`;
}

export function loading(): TemplateResult {
  return html`<div class="fxs-blade-loading" role="progressbar" aria-label="Loading..."><span class="fxs-spinner"></span>Loading...</div>`;
}

/** The trail of links above a blade: a `navigation` named "Breadcrumb", or a plain list (`--markup breadcrumb=list`). */
export function breadcrumb(crumbs: Crumb[]): TemplateResult {
  const trail = html`<ol>
    ${crumbs.map(
      (crumb) => html`<li><a href=${crumb.hash} class="fxs-breadcrumb-link" @click=${linkTo(crumb.hash)}>${crumb.label}</a><span class="fxs-breadcrumb-sep" aria-hidden="true">${icons.chevronRight()}</span></li>`,
    )}
  </ol>`;
  if (env().config.markup.breadcrumb === 'list') return html`<div class="fxs-breadcrumb">${trail}</div>`;
  return html`<nav class="fxs-breadcrumb" aria-label="Breadcrumb">${trail}</nav>`;
}

export function bladeFrame(frame: BladeFrame): TemplateResult {
  const { title } = frame;
  return html`${breadcrumb(frame.breadcrumb)}
    <section class="fxs-blade ${frame.menu ? 'fxs-blade-hasmenu' : ''}" aria-label=${title}>
      <header class="fxs-blade-header">
        ${frame.icon ? html`<div class="fxs-blade-icon">${frame.icon}</div>` : nothing}
        <div class="fxs-blade-title">
          <div class="fxs-blade-title-row">
            <h1 class="fxs-blade-title-titleText">${title}</h1>
            <button type="button" class="fxs-icon-button" aria-label=${`Pin content '${title}' to dashboard`} title="Pin to dashboard">${icons.pin()}</button>
            <button type="button" class="fxs-icon-button" aria-label="More content actions" title="More">${icons.more()}</button>
          </div>
          ${frame.subtitle ? html`<div class="fxs-blade-title-subtitle">${frame.subtitle}</div>` : nothing}
        </div>
        <button type="button" class="fxs-icon-button fxs-blade-close" aria-label=${`Close content '${title}'`} title="Close" @click=${() => navigate(frame.closeTo)}>${icons.close()}</button>
      </header>
      <div class="fxs-blade-body">${frame.menu ?? nothing}<div class="fxs-blade-content">${frame.body}</div></div>
    </section>`;
}

/** A portal-style error blade body (unknown app, unknown route). */
export function errorBody(heading: string, message: string): TemplateResult {
  return html`<div class="fxs-error-blade">${icons.cloudError()}<h2>${heading}</h2><p>${message}</p></div>`;
}
