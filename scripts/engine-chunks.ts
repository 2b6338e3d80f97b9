// The engine's chunks (wxt.config.ts builds guide.js as an ES module with chunks in guide/), made
// loadable where the engine runs. Chrome serves guide.js under a per-session URL
// (use_dynamic_url), but a module's relative imports resolve against its real URL, which the
// provider's page may not load. So guide.js imports a chunk through runtime.getURL, as the loader
// imports guide.js, and a chunk takes what it shares with guide.js from guide.js's own instance
// (left in the content script's isolated world under a symbol no page script can reach), never by
// importing guide.js a second time.
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const SHARED = 'Symbol.for("upstack-key-assist.engine-shared")';
/** The extension API in either browser (see lib/protocol/native-browser.ts). */
const GET_URL =
  '(globalThis.browser?.runtime?.id?globalThis.browser:globalThis.chrome).runtime.getURL';

/** `a as b, c` → [['a', 'b'], ['c', 'c']]: each local name and the name it is exported under. */
const names = (list: string) =>
  list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [local, exported = local] = part.split(/\s+as\s+/);
      return [local, exported] as const;
    });

export function engineChunks(entry: string): Plugin {
  return {
    name: 'upstack:engine-chunks',
    renderChunk(code, chunk) {
      const s = new MagicString(code);
      if (chunk.fileName === entry) {
        for (const found of code.matchAll(/\bimport\((['"])\.\/(guide\/[^'"]+)\1\)/g))
          s.overwrite(
            found.index,
            found.index + found[0].length,
            `import(${GET_URL}(${JSON.stringify(`/${found[2]}`)}))`,
          );
        const exported = /\nexport \{([^}]*)\};?\s*$/.exec(code);
        if (!exported) return null;
        const all = names(exported[1] ?? '');
        const shared = all.filter(([, name]) => name !== 'default');
        const main = all.find(([, name]) => name === 'default');
        // Its chunks' share, and its own default export (WXT's script definition) alone.
        s.overwrite(
          exported.index,
          exported.index + exported[0].length,
          `\nglobalThis[${SHARED}] = { ${shared.map(([local, name]) => `${name}: ${local}`).join(', ')} };` +
            (main ? `\nexport { ${main[0]} as default };\n` : '\n'),
        );
      } else {
        const imported = /import \{([^}]*)\} from ['"]\.\.\/guide\.js['"];?/.exec(code);
        if (!imported) return null;
        const taken = names(imported[1] ?? '').map(([name, local]) => `${name}: ${local}`);
        s.overwrite(
          imported.index,
          imported.index + imported[0].length,
          `const { ${taken.join(', ')} } = globalThis[${SHARED}];`,
        );
      }
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
