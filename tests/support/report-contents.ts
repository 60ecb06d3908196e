// What Playwright's report files hold, as text a leak scan can search: a blob report is a zip, the
// HTML report embeds one (base64) in index.html, and attachment bodies inside them are base64 too.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const EMBEDDED_ZIP = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/g;
const BASE64_FIELD = /"(?:base64|body)"\s*:\s*"([A-Za-z0-9+/=]+)"/g;

/** The entries of a zip file (stored or deflated; no zip64, which a report does not need). */
export function zipEntries(zip: Buffer): { name: string; bytes: Buffer }[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_DIRECTORY) end -= 1;
  if (end < 0) throw new Error('not a zip file');
  const entries: { name: string; bytes: Buffer }[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let index = 0; index < zip.readUInt16LE(end + 10); index += 1) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('a damaged zip directory');
    const [method, size, nameLength] = [zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28)];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    entries.push({ name, bytes: method === 8 ? inflateRawSync(data) : data });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** A report file's text, with what it packs unpacked: zips, embedded zips, base64 bodies. */
function unpacked(name: string, bytes: Buffer): string[] {
  if (name.endsWith('.zip')) return zipEntries(bytes).flatMap((entry) => unpacked(`${name}/${entry.name}`, entry.bytes));
  const text = bytes.toString('utf8');
  const packed = [...text.matchAll(EMBEDDED_ZIP)].flatMap((match) => unpacked(`${name}#embedded.zip`, Buffer.from(match[1]!, 'base64')));
  const bodies = [...text.matchAll(BASE64_FIELD)].map((match) => Buffer.from(match[1]!, 'base64').toString('utf8'));
  return [text, ...packed, ...bodies];
}

async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return [];
  if (info.isFile()) return [path];
  return (await Promise.all((await readdir(path)).map((name) => filesUnder(join(path, name))))).flat();
}

/** The report files under `roots` (and what they pack) that hold any of `values`. */
export async function reportsHolding(values: readonly string[], roots: readonly string[]): Promise<string[]> {
  const hits: string[] = [];
  for (const file of (await Promise.all(roots.map(filesUnder))).flat()) {
    const texts = unpacked(file, await readFile(file));
    if (texts.some((text) => values.some((value) => text.includes(value)))) hits.push(file);
  }
  return hits;
}
