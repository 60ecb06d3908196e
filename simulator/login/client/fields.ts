// What the user typed, as the page's bindings saw it: values come from `input`/`change`
// events (Knockout's textInput), so a value set by script without events is not seen.
export class FieldModel {
  private readonly values = new Map<string, string>();
  private readonly inputs = new Map<string, HTMLInputElement>();

  constructor(root: ParentNode) {
    for (const input of root.querySelectorAll<HTMLInputElement>('input[data-field]')) {
      const name = input.dataset.field!;
      this.inputs.set(name, input);
      this.values.set(name, input.value); // the server's prefill (login_hint)
      const update = () => this.values.set(name, input.value);
      input.addEventListener('input', update);
      input.addEventListener('change', update);
    }
  }

  read(name: string): string {
    return this.values.get(name) ?? '';
  }

  input(name: string): HTMLInputElement | undefined {
    return this.inputs.get(name);
  }

  clear(name: string): void {
    const input = this.inputs.get(name);
    if (input) input.value = '';
    this.values.set(name, '');
  }
}
