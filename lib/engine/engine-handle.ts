// How the loader (lib/engine/loader.ts) and the engine (entrypoints/guide.ts) meet: the engine is a
// web-accessible script that the loader imports into its own isolated world, where it leaves
// its entry point under a symbol no page script can reach.
import { browser } from 'wxt/browser';
import type { Engine } from './guide';

const KEY = Symbol.for('upstack-key-assist.engine');

export function registerEngine(engine: Engine) {
  Reflect.set(globalThis, KEY, engine);
}

export async function loadEngine(): Promise<Engine> {
  if (!Reflect.has(globalThis, KEY))
    await import(/* @vite-ignore */ browser.runtime.getURL('/guide.js'));
  return Reflect.get(globalThis, KEY) as Engine;
}
