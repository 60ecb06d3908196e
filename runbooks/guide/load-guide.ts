// Reads a guide file: YAML with line numbers (yaml's LineCounter), checked against the schema,
// parameters filled in. Anything wrong is bad input (exit 2) naming file:line:column and the
// field, before any browser starts.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { badInput } from '../errors.ts';
import { ACTIONS, guideSchema, type Guide, type PicturePart } from './guide-schema.ts';

export interface LoadedGuide extends Guide {
  /** The file it came from, as given. */
  file: string;
  /** Line of each step in the file, by step id. */
  lines: Record<string, number>;
}

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

export async function loadGuide(file: string, values: Record<string, string | undefined> = {}): Promise<LoadedGuide> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw badInput(`Cannot read the guide ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  return parseGuide(text, file, values);
}

export function parseGuide(text: string, file: string, values: Record<string, string | undefined> = {}): LoadedGuide {
  const shown = relative(process.cwd(), file) || file;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `${shown}:${line}:${col}`;
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw badInput(`${where(error.pos[0])}: the guide is not valid YAML: ${error.message.split('\n')[0]}`);
  }
  const parsed = guideSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    throw badInput(`${where(offsetOf(doc, path))}: ${fieldName(path)}: ${explain(issue.message, path, doc)}`);
  }
  const guide = parsed.data;
  const lines: Record<string, number> = {};
  guide.steps.forEach((step, index) => (lines[step.id] = lineCounter.linePos(offsetOf(doc, ['steps', index])).line));
  const filled = fillParameters(guide, values, (path) => where(offsetOf(doc, path)));
  return { ...filled, file, lines };
}

/** Where a field is, or the nearest enclosing node that exists (a missing key: its mapping). */
function offsetOf(doc: Document, path: (string | number)[]): number {
  for (let length = path.length; length >= 0; length -= 1) {
    const node = doc.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

function fieldName(path: (string | number)[]): string {
  if (path.length === 0) return 'the guide';
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

function explain(message: string, path: (string | number)[], doc: Document): string {
  if (path.at(-1) === 'action') {
    const given = doc.getIn(path);
    return `unknown action ${JSON.stringify(given)}; a step's action is one of ${ACTIONS.join(', ')}`;
  }
  if (doc.getIn(path) === undefined && /received undefined/.test(message)) return 'missing: every step needs it (guides/README.md)';
  return message;
}

/** {name} in words and values becomes the run's value (or the guide's default). */
function fillParameters(guide: Guide, values: Record<string, string | undefined>, where: (path: (string | number)[]) => string): Guide {
  const value = (name: string, path: (string | number)[]): string => {
    const given = values[name] ?? guide.parameters[name]?.default;
    if (given === undefined) {
      const known = Object.keys(guide.parameters);
      throw badInput(`${where(path)}: {${name}} is not a parameter of this guide${known.length ? ` (it has ${known.map((k) => `{${k}}`).join(', ')})` : ''}, or it has no value: pass --${name}`);
    }
    return given;
  };
  const fill = (text: string, path: (string | number)[]) => text.replace(PLACEHOLDER, (_, name: string) => value(name, path));
  const parts = (list: PicturePart[], path: (string | number)[]) => list.map((part, at) => ({ ...part, text: fill(part.text, [...path, at, 'text']) }));
  return {
    ...guide,
    closing: guide.closing && parts(guide.closing, ['closing']),
    steps: guide.steps.map((step, index) => ({
      ...step,
      picture: step.picture && parts(step.picture, ['steps', index, 'picture']),
      value: step.value === undefined ? undefined : fill(step.value, ['steps', index, 'value']),
      words: step.words.map((word, at) => ({ ...word, text: fill(word.text, ['steps', index, 'words', at, 'text']) })),
    })),
  };
}
