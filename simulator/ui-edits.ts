// UI edits: the simulator renames, removes or moves a control or menu item, so tests can show
// that verify-guide tells a renamed control (drift) from a missing one (broken). Not the
// runbook's business: the real portal makes such edits on its own schedule.
export type UiEdit =
  /** Every control, text or menu item showing exactly `from` shows `to` instead. */
  | { kind: 'rename'; from: string; to: string }
  /** The control or menu item showing exactly `name` is gone. */
  | { kind: 'remove'; name: string }
  /** The menu item `name` moves to the group `to` ("" or "top": out of any group). */
  | { kind: 'move'; name: string; to: string };

const EDIT = /^(rename|remove|move):(.+)$/;

/**
 * Parses `rename:New client secret=Add client secret,remove:Cancel,move:Certificates & secrets=top`.
 * Commas separate edits only where the next edit begins, so names may hold commas.
 */
export function parseUiEdits(list: string | readonly string[] | undefined): UiEdit[] {
  const entries = (Array.isArray(list) ? list : [String(list ?? '')])
    .flatMap((entry: string) => entry.split(/,(?=\s*(?:rename|remove|move):)/))
    .map((entry: string) => entry.trim())
    .filter(Boolean);
  return entries.map((entry) => {
    const match = EDIT.exec(entry);
    const bad = () => new Error(`--ui-edits: "${entry}" is not rename:OLD=NEW, remove:NAME or move:NAME=GROUP`);
    if (!match) throw bad();
    const [, kind, rest] = match as unknown as [string, UiEdit['kind'], string];
    if (kind === 'remove') return { kind, name: rest.trim() };
    const at = rest.indexOf('=');
    if (at <= 0) throw bad();
    const [left, right] = [rest.slice(0, at).trim(), rest.slice(at + 1).trim()];
    if (kind === 'rename') {
      if (!right) throw bad();
      return { kind, from: left, to: right };
    }
    return { kind, name: left, to: right === 'top' ? '' : right };
  });
}
