// The guide file's shape (guides/README.md documents it for the docs team). Strict: a key the
// format does not know is an error, so a typo never passes silently as "nothing to check".
import { z } from 'zod';

/** What a reader does at a step; each is bound to page-object calls in step-actions.ts. */
export const ACTIONS = ['navigate', 'click', 'type', 'choose', 'add', 'read', 'delete'] as const;

/** What each action may act on (the runbook knows how to do exactly these). */
export const TARGETS: Record<(typeof ACTIONS)[number], readonly string[]> = {
  navigate: ['directory', 'app-registrations', 'app', 'certificates-secrets'],
  click: ['new-client-secret'],
  type: ['description'],
  choose: ['expires'],
  add: ['add-pane'],
  read: ['new-secret'],
  delete: ['secret'],
};

/** Where on the page a reader looks for a word (places.ts reads each through the page objects). */
export const PLACES = [
  'home',
  'directory-menu',
  'app-list',
  'app-menu',
  'app-menu-group',
  'app-menu-search',
  'blade-title',
  'breadcrumb',
  'toolbar',
  'section',
  'blade-text',
  'columns',
  'secret-row',
  'banner',
  'pane-title',
  'pane-field',
  'pane-choices',
  'pane-button',
  'row-button',
  'dialog-title',
  'dialog-button',
] as const;

/** What a step's documentation picture shows: the browser window, the blade, or the pane. */
export const CAPTURES = ['window', 'blade', 'pane'] as const;

export const wordSchema = z.strictObject({
  text: z.string().min(1),
  where: z.enum(PLACES),
  /** The menu group the word sits under (app-menu), e.g. Manage. */
  group: z.string().min(1).optional(),
  /** The kind of control the guide shows (pane-choices): radio buttons or a dropdown. */
  control: z.enum(['radio', 'dropdown']).optional(),
  /** The guide shows every word of this place: what the portal shows besides is a difference too. */
  complete: z.boolean().optional(),
  /** Shown only once the step's action has run for real (e.g. the banner after Add, with --create). */
  after: z.enum(['add']).optional(),
});

/**
 * One piece of the guide's text around its pictures (what a picture shows, the page it
 * transcribes), verbatim. `shows` ties it to the place of the portal it describes: guide.md keeps
 * it as the guide wrote it while the walk found no difference there, and writes it anew from what
 * the walk read there when it did.
 */
export const picturePartSchema = z.strictObject({
  text: z.string().min(1),
  shows: z.enum(PLACES).optional(),
  /** The pane's field the part is about (pane-field, pane-choices): e.g. Description, Expires. */
  field: z.string().min(1).optional(),
  /** The part starts a new paragraph (or heading, list), or a new line of the same one; else it goes on after the part before. */
  break: z.enum(['paragraph', 'line']).optional(),
});

export const stepSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case words joined by "-"'),
  says: z.string().min(1),
  /** The guide's numbered item ("1.", "2.") this step starts; the steps after it belong to it too. */
  item: z.number().int().positive().optional(),
  /** What the guide's picture of this step shows, as the guide describes it: one text, or parts tied to places. */
  picture: z.preprocess((given) => (typeof given === 'string' ? [{ text: given }] : given), z.array(picturePartSchema).min(1)).optional(),
  action: z.enum(ACTIONS),
  target: z.string().min(1),
  value: z.string().optional(),
  depends: z.array(z.string()).optional(),
  words: z.array(wordSchema).default([]),
  /** Documentation screenshots: what the picture of this step shows (portal-runbook screenshots). */
  capture: z.enum(CAPTURES).optional(),
});

export const guideSchema = z
  .strictObject({
    guide: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    title: z.string().min(1),
    source: z.string().optional(),
    /** The guide's words before its first numbered item. */
    intro: z.string().min(1).optional(),
    /** The guide's text after its last numbered item (here: the page its last picture showed), as parts. */
    closing: z.array(picturePartSchema).min(1).optional(),
    parameters: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), z.strictObject({ describe: z.string().optional(), default: z.string().optional() })).default({}),
    steps: z.array(stepSchema).min(1),
  })
  .superRefine((guide, ctx) => {
    const seen = new Set<string>();
    guide.steps.forEach((step, index) => {
      if (!TARGETS[step.action].includes(step.target)) {
        ctx.addIssue({ code: 'custom', path: ['steps', index, 'target'], message: `"${step.target}" is not something "${step.action}" can act on (${TARGETS[step.action].join(', ')})` });
      }
      if (seen.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: `the id "${step.id}" is used twice` });
      (step.depends ?? []).forEach((id, at) => {
        if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['steps', index, 'depends', at], message: `"${id}" is not an earlier step` });
      });
      seen.add(step.id);
    });
  });

export type Guide = z.infer<typeof guideSchema>;
export type GuideStep = z.infer<typeof stepSchema>;
export type GuideWord = z.infer<typeof wordSchema>;
export type PicturePart = z.infer<typeof picturePartSchema>;
export type Action = (typeof ACTIONS)[number];
export type Place = (typeof PLACES)[number];
export type Capture = (typeof CAPTURES)[number];
