// `--apps FILE`: one row per app, in YAML or CSV, read before any browser starts. A row names the
// app (display name or Application ID) and may set the per-app options a command takes (the same
// names as its flags, without the dashes). Every refusal names the file, the line and the field.
//
// YAML: a list of rows, or `{ defaults: {…}, apps: [...] }`; a row is a mapping or just the app.
// CSV: a header row naming the columns (`app` first by habit), `#` comment lines, quoted fields.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { badInput } from '../errors.ts';

/** A value as the file wrote it: YAML keeps numbers and booleans, CSV gives text. */
export type FieldValue = string | number | boolean;

export interface AppRow {
  /** The line the row starts on (1-based), for messages. */
  line: number;
  fields: Record<string, FieldValue>;
}

export interface AppsFile {
  path: string;
  rows: AppRow[];
}

/** A place in the file, for a refusal: `apps.yaml line 7, field expires`. */
export function placeOf(path: string, line: number, field?: string): string {
  return `${path} line ${line}${field ? `, field ${field}` : ''}`;
}

/** Reads and checks the shape of the file; `columns` are the fields this command takes. */
export async function readAppsFile(path: string, columns: readonly string[]): Promise<AppsFile> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw badInput(`--apps: ${path} cannot be read (${error.code === 'ENOENT' ? 'no such file' : (error.code ?? error.message)}).`);
  });
  const rows = extname(path).toLowerCase() === '.csv' ? csvRows(path, text) : yamlRows(path, text);
  if (rows.length === 0) throw badInput(`--apps: ${path} names no app.`);
  for (const row of rows) checkFields(path, row, columns);
  return { path, rows };
}

function checkFields(path: string, row: AppRow, columns: readonly string[]): void {
  for (const [field, value] of Object.entries(row.fields)) {
    if (!columns.includes(field)) throw badInput(`--apps: ${placeOf(path, row.line, field)}: not a field of this command (it takes ${columns.join(', ')}).`);
    if (typeof value === 'string' && value.trim() === '') delete row.fields[field];
  }
  const app = row.fields.app;
  if (app === undefined || String(app).trim() === '') throw badInput(`--apps: ${placeOf(path, row.line, 'app')}: name the app (its display name or Application ID).`);
}

function csvRows(path: string, text: string): AppRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text, { columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()), info: true, comment: '#', skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    throw badInput(`--apps: ${path}${lines ? ` line ${lines}` : ''}: not CSV this tool can read (${message.replace(/^Invalid [^:]*: /, '')}).`);
  }
  return records.map(({ record, info }) => ({ line: info.lines, fields: { ...record } }));
}

function yamlRows(path: string, text: string): AppRow[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const [problem] = document.errors;
  if (problem) throw badInput(`--apps: ${placeOf(path, lineCounter.linePos(problem.pos[0]).line)}: not YAML this tool can read (${problem.message.split('\n')[0]}).`);
  const root = document.contents;
  let list: Node | null | undefined = root;
  let defaults: Record<string, FieldValue> = {};
  if (isMap(root)) {
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key === 'apps') list = pair.value as Node;
      else if (key === 'defaults') defaults = mappingFields(path, pair.value as Node, lineOf);
      else throw badInput(`--apps: ${placeOf(path, lineOf(pair.key as Node), key)}: the file holds \`apps:\` (a list of rows) and, if you like, \`defaults:\`.`);
    }
  }
  if (!isSeq(list)) throw badInput(`--apps: ${placeOf(path, lineOf(list))}: a list of apps, one row each (\`- app: My app\`), or \`apps:\` holding one.`);
  return list.items.map((item) => {
    const node = item as Node;
    const fields = isScalar(node) ? { app: scalarValue(path, node, lineOf, 'app') } : mappingFields(path, node, lineOf);
    return { line: lineOf(node), fields: { ...defaults, ...fields } };
  });
}

function mappingFields(path: string, node: Node | null, lineOf: (node: Node | null | undefined) => number): Record<string, FieldValue> {
  if (!isMap(node)) throw badInput(`--apps: ${placeOf(path, lineOf(node))}: a row is \`app: NAME\` with its options (a mapping), or just the app's name.`);
  const fields: Record<string, FieldValue> = {};
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value).trim().toLowerCase() : '';
    if (!key) throw badInput(`--apps: ${placeOf(path, lineOf(pair.key as Node))}: a field needs a name.`);
    fields[key] = scalarValue(path, pair.value as Node, lineOf, key);
  }
  return fields;
}

function scalarValue(path: string, node: Node | null, lineOf: (node: Node | null | undefined) => number, field: string): FieldValue {
  if (node === null || (isScalar(node) && node.value === null)) return '';
  if (!isScalar(node) || !['string', 'number', 'boolean'].includes(typeof node.value)) {
    throw badInput(`--apps: ${placeOf(path, lineOf(node), field)}: one value (text, a number, true or false).`);
  }
  return node.value as FieldValue;
}
