// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { guideInterest, type Interest, mayMatter, recipeInterest } from '../../lib/dom/changes';
import { klaviyo } from '../../lib/recipes/klaviyo';

/** The page's changes in one batch, as the guide's observer would get them. */
async function changes(work: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  work();
  await Promise.resolve();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

function interest(tracked: Element[] = []): Interest {
  const { words, selector } = recipeInterest(klaviyo);
  return {
    selector,
    text: (text) => words.some((w) => text.toLowerCase().includes(w)),
    tracked: () => tracked,
  };
}

describe('which page changes can matter to the guide', () => {
  it("collects the recipe's words and the elements its anchors name", () => {
    const { words, selector } = recipeInterest(klaviyo);
    expect(words).toEqual(expect.arrayContaining(['create private api key', 'settings', 'copy']));
    expect(words.some((w) => w.includes('{'))).toBe(false);
    expect(selector).toContain('a[href]');
    expect(selector).toContain('[type="submit"]');
  });

  it('a ticking counter or a new row of plain text does not matter', async () => {
    document.body.innerHTML = '<main><span id="clock">12:00:01</span><ul id="log"></ul></main>';
    const clock = document.getElementById('clock') as HTMLElement;
    expect(
      mayMatter(
        await changes(() => {
          (clock.firstChild as Text).data = '12:00:02';
        }),
        interest(),
      ),
    ).toBe(false);
    expect(
      mayMatter(
        await changes(() => {
          clock.textContent = '12:00:03';
        }),
        interest(),
      ),
    ).toBe(false);
    const row = () =>
      Object.assign(document.createElement('li'), { textContent: 'Order 1041 paid' });
    expect(
      mayMatter(await changes(() => document.getElementById('log')?.append(row())), interest()),
    ).toBe(false);
  });

  it('a control, a dialog, a web component or the words looked for do', async () => {
    document.body.innerHTML = '<main id="main"></main>';
    const main = document.getElementById('main') as HTMLElement;
    const add = (html: string) => changes(() => main.insertAdjacentHTML('beforeend', html));
    expect(mayMatter(await add('<button>Archive</button>'), interest())).toBe(true);
    expect(mayMatter(await add('<div role="dialog"><p>Hi</p></div>'), interest())).toBe(true);
    expect(mayMatter(await add('<sl-card>Later</sl-card>'), interest())).toBe(true);
    expect(mayMatter(await add('<p>Your private API key is shown once</p>'), interest())).toBe(
      true,
    );
    const text = document.createElement('span');
    main.append(text);
    expect(
      mayMatter(
        await changes(() => {
          text.textContent = 'Create Private API Key';
        }),
        interest(),
      ),
    ).toBe(true);
  });

  it('any change in or of what the guide points at matters', async () => {
    document.body.innerHTML = '<main><div><button id="target">Create</button></div></main>';
    const target = document.getElementById('target') as HTMLElement;
    expect(
      mayMatter(
        await changes(() => {
          target.textContent = 'Creating';
        }),
        interest([target]),
      ),
    ).toBe(true);
    expect(mayMatter(await changes(() => target.parentElement?.remove()), interest([target]))).toBe(
      true,
    );
  });

  it('a list row with the key name matters when the guide looks for a key of that name', async () => {
    document.body.innerHTML = '<main><table><tbody id="rows"></tbody></table></main>';
    const rows = document.getElementById('rows') as HTMLElement;
    const row = () =>
      changes(() => {
        rows.innerHTML = '<tr><td>UpstackData</td><td>pk_****c3d4</td></tr>';
      });
    const plain = guideInterest(
      klaviyo,
      () => false,
      () => [],
    );
    const named = guideInterest(
      klaviyo,
      () => false,
      () => [],
      ['UpstackData'],
    );
    expect(mayMatter(await row(), plain)).toBe(false);
    expect(mayMatter(await row(), named)).toBe(true);
  });
});
