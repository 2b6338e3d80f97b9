// Where a key could leak, and how tests look for it: the encodings it could take, every file
// below a folder, and everything the pages and the service worker print or throw in any world
// (the page's, the content scripts' isolated one, the worker's).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, Page, Request, Worker } from '@playwright/test';

/** The forms a secret could be written in: plain, UTF-16, and base64 at each byte alignment. */
export function encodings(secret: string): { form: string; bytes: Buffer }[] {
  const forms = [
    { form: 'plain', bytes: Buffer.from(secret, 'utf8') },
    { form: 'UTF-16', bytes: Buffer.from(secret, 'utf16le') },
  ];
  const length = Buffer.byteLength(secret);
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), Buffer.from(secret)]).toString('base64');
    // Only the characters that depend on the secret's bytes alone.
    const core = encoded.slice(Math.ceil((8 * shift) / 6), Math.floor((8 * (shift + length)) / 6));
    forms.push({ form: `base64+${shift}`, bytes: Buffer.from(core) });
    forms.push({
      form: `base64url+${shift}`,
      bytes: Buffer.from(core.replaceAll('+', '-').replaceAll('/', '_')),
    });
  }
  return forms;
}

export interface Finding {
  file: string;
  form: string;
  count: number;
}

function count(haystack: Buffer, needle: Buffer): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

function* files(dir: string): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // the folder does not exist (no test output) or vanished while we read
  }
  for (const name of names) {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) yield* files(path);
    else if (stat?.isFile()) yield path;
  }
}

/** Every file below `dir` read as bytes, searched for every secret in every encoding. */
export function scanFolder(dir: string, secrets: string[]): Finding[] {
  const needles = secrets.flatMap(encodings);
  const findings: Finding[] = [];
  for (const path of files(dir)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      continue;
    }
    for (const { form, bytes: needle } of needles) {
      const n = count(bytes, needle);
      if (n) findings.push({ file: relative(dir, path), form, count: n });
    }
  }
  return findings;
}

/** True when `text` holds any secret in any encoding. */
export function mentions(text: string, secrets: string[]): boolean {
  const bytes = Buffer.from(text);
  return secrets.flatMap(encodings).some(({ bytes: needle }) => bytes.includes(needle));
}

export interface Watch {
  /** Console messages, uncaught errors and browser log entries, from every page and world. */
  output: string[];
  /** Uncaught errors only (any world). */
  errors: string[];
  requests: Request[];
  /** Also watch a (restarted) service worker. */
  worker(worker: Worker): void;
}

/** Starts collecting from every page of `context`, present and future, and its service worker. */
export async function watch(context: BrowserContext, background: Worker): Promise<Watch> {
  const output: string[] = [];
  const errors: string[] = [];
  const requests: Request[] = [];
  const pending: Promise<unknown>[] = [];
  const page = (p: Page) => {
    p.on('console', (m) => output.push(m.text()));
    // The CDP Runtime domain reports every execution context, the content scripts' included.
    const attach = context.newCDPSession(p).then(async (cdp) => {
      cdp.on('Runtime.consoleAPICalled', (e) => output.push(JSON.stringify(e.args)));
      cdp.on('Runtime.exceptionThrown', (e) => {
        const text = JSON.stringify(e.exceptionDetails);
        output.push(text);
        errors.push(text);
      });
      cdp.on('Log.entryAdded', (e) => output.push(`${e.entry.text} ${e.entry.url ?? ''}`));
      await Promise.all([cdp.send('Runtime.enable'), cdp.send('Log.enable')]);
    });
    pending.push(attach.catch(() => {}));
  };
  const worker = (w: Worker) => w.on('console', (m) => output.push(m.text()));
  context.pages().forEach(page);
  context.on('page', page);
  context.on('request', (r) => requests.push(r));
  worker(background);
  await Promise.all(pending);
  return { output, errors, requests, worker };
}
