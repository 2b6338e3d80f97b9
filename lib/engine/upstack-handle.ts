// How the Upstack loader (lib/engine/upstack-loader.ts) and the Upstack engine
// (entrypoints/upstack-engine.ts, lib/engine/upstack.ts) meet, as engine-handle.ts does for the
// provider pages: a web-accessible script imported into the loader's own isolated world, which
// leaves its entry point under a symbol no page script can reach.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HeldAnswer } from '../protocol/messages';

/** `held`: the loader's own answer to `held`, when that is what woke it (not asked again). */
export type UpstackEngine = (ctx: ContentScriptContext, held?: HeldAnswer) => Promise<void>;

const KEY = Symbol.for('upstack-key-assist.upstack-engine');

export function registerUpstackEngine(engine: UpstackEngine) {
  Reflect.set(globalThis, KEY, engine);
}

export async function loadUpstackEngine(): Promise<UpstackEngine> {
  if (!Reflect.has(globalThis, KEY))
    await import(/* @vite-ignore */ browser.runtime.getURL('/upstack-engine.js'));
  return Reflect.get(globalThis, KEY) as UpstackEngine;
}
