// Issue 27: every provider's entry file is its recipe's, checked against lib/recipes/index.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recipes } from '../../lib/recipes';

const dir = resolve(__dirname, '../../entrypoints');
/** Content scripts that are no provider's: the help articles and the Upstack dashboard. */
const NOT_PROVIDERS = ['docs', 'upstack'];
const contentScripts = readdirSync(dir)
  .filter((name) => name.endsWith('.content.ts'))
  .map((name) => name.slice(0, -'.content.ts'.length));

describe('provider entry files', () => {
  it.each(recipes.map((r) => [r.id, r] as const))(
    'entrypoints/%s.content.ts imports its recipe and runs the provider script',
    (id, recipe) => {
      const text = readFileSync(resolve(dir, `${id}.content.ts`), 'utf8');
      expect(text).toMatch(
        new RegExp(`import \\{ ${id} as recipe \\} from '\\.\\./lib/recipes/${id}';`),
      );
      expect(text).toContain("import { runProviderPage } from '../lib/engine/provider-script';");
      expect(text).toContain('main: (ctx) => runProviderPage(ctx, recipe)');
      // In the manifest with the recipe's matches, or (a provider added later) registered at
      // run time once its optional hosts are granted.
      expect(text).toContain(
        recipe.optional ? "registration: 'runtime'" : '...providerScriptOptions(recipe)',
      );
      // No other recipe is imported into a provider's script.
      expect(text.match(/from '\.\.\/lib\/recipes(?!\/pages')/g)?.length).toBe(1);
    },
  );

  it('has no provider entry file without a recipe', () => {
    const providers = contentScripts.filter((id) => !NOT_PROVIDERS.includes(id));
    expect(providers.sort()).toEqual(recipes.map((r) => r.id).sort());
  });
});

describe('provider marks', () => {
  const marks = readdirSync(resolve(__dirname, '../../assets/providers'));
  it('each recipe has its drawn mark, and each mark a recipe', () => {
    expect(marks.sort()).toEqual(recipes.map((r) => `${r.id}.svg`).sort());
  });
});
