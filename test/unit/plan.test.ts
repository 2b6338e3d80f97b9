import { describe, expect, it } from 'vitest';
import {
  checklist,
  currentStep,
  holds,
  pathStart,
  plan,
  samePage,
  upstackStep,
} from '../../lib/engine/plan';
import { recipeById } from '../../lib/recipes';
import { type Anchor, Recipe } from '../../lib/recipes/schema';
import { upstackGuide, upstackSteps } from '../../lib/recipes/upstack';

const klaviyo = recipeById('klaviyo')!;
const nothing = () => false;
const stepId = (href: string, isPresent: (a: unknown) => boolean = nothing) =>
  plan(klaviyo, href, isPresent, { keyName: 'UpstackData' }).step?.id;

describe('Klaviyo steps from the page', () => {
  it.each([
    ['https://www.klaviyo.com/login', 'sign-in'],
    ['https://www.klaviyo.com/dashboard', 'settings'],
    ['https://www.klaviyo.com/settings/account', 'api-keys-tab'],
    ['https://www.klaviyo.com/settings/account/api-keys', 'create'],
    ['https://www.klaviyo.com/account#api-keys-tab', 'create'],
    ['https://www.klaviyo.com/create-private-api-key', 'name-and-create'],
    ['https://www.klaviyo.com/create-private-api-key?scopes=a:read', 'name-and-create'],
  ])('%s → %s', (href, id) => {
    expect(stepId(href)).toBe(id);
  });

  it('moves to the copy step when the key is shown', () => {
    expect(stepId('https://www.klaviyo.com/create-private-api-key', () => true)).toBe('copy');
  });

  it('resolves the key name into the prefill and watches for the key only where it shows', () => {
    const p = plan(klaviyo, 'https://www.klaviyo.com/create-private-api-key', nothing, {
      keyName: 'Shop',
    });
    expect(p.prefill[0]).toMatchObject({ kind: 'text', value: 'Shop' });
    expect(p.keyPage).toBe(true);
    expect(plan(klaviyo, 'https://www.klaviyo.com/dashboard', nothing, {}).keyPage).toBe(false);
  });
});

describe("a provider's Upstack steps", () => {
  it('has the typing step only where the merchant types a field', () => {
    const ids = (id: string) => upstackSteps(recipeById(id)!).steps.map((s) => s.id);
    expect(ids('klaviyo')).toEqual([
      'events-destination',
      'new-destination',
      'pick',
      'fill',
      'save',
    ]);
    expect(ids('pinterest')).toEqual([
      'events-destination',
      'new-destination',
      'pick',
      'fill',
      'type',
      'save',
    ]);
  });

  it('has the enabling step only where the form has a control to tick (upstack.enable)', () => {
    const pinterest = recipeById('pinterest')!;
    const enable = {
      field: { role: 'checkbox', name: ['Send events'] },
      label: 'upstack_snapchat_enable_label' as const,
    };
    // A general field: any recipe that sets it gets the step, between typing and saving.
    const withBox = { ...pinterest, upstack: { ...pinterest.upstack, enable } };
    expect(() => Recipe.parse(withBox)).not.toThrow();
    expect(upstackSteps(withBox).steps.map((s) => s.id)).toEqual([
      'events-destination',
      'new-destination',
      'pick',
      'fill',
      'type',
      'enable',
      'save',
    ]);
    const noTyped = { ...withBox, upstack: { ...withBox.upstack, typed: undefined } };
    expect(
      upstackSteps(noTyped)
        .steps.map((s) => s.id)
        .slice(-3),
    ).toEqual(['fill', 'enable', 'save']);
    expect(
      upstackSteps(recipeById('snapchat')!)
        .steps.map((s) => s.id)
        .slice(-4),
    ).toEqual(['fill', 'type', 'enable', 'save']);
    expect(upstackSteps(pinterest).steps.some((s) => s.id === 'enable')).toBe(false);
    // Not a checkbox anchor at all: refused by the schema.
    const bad = { ...pinterest, upstack: { ...pinterest.upstack, enable: { label: 'x' } } };
    expect(() => Recipe.parse(bad)).toThrow();
  });
});

describe('the Upstack guide from the page', () => {
  const none = () => false;
  const step = (href: string, facts = {}, present: (a: Anchor) => boolean = none) =>
    upstackGuide.steps[currentStep(upstackGuide, href, present, facts)]?.id;

  it('goes from Events Destination to the picker, the form and its save button', () => {
    expect(step('https://app.upstackdata.com/destinations')).toBe('events-destination');
    expect(step('https://app.upstackdata.com/pixel/event-destinations')).toBe('new-destination');
    const picker = (a: Anchor) => !!a.name?.includes('Select a Destination');
    expect(step('https://app.upstackdata.com/pixel/event-destinations', {}, picker)).toBe('pick');
    // The form wins over the picker's dialog around it, and a filled form over the form.
    const url = 'https://app.upstackdata.com/pixel/event-destinations';
    expect(step(url, { form: 'shown' }, picker)).toBe('fill');
    expect(step(url, { form: 'filled' }, picker)).toBe('save');
    // Filled, with a field the merchant types still empty: that field first.
    expect(step(url, { form: 'typing' }, picker)).toBe('type');
    // Filled and typed, with the control to tick still off: that control.
    expect(step(url, { form: 'enabling' }, picker)).toBe('enable');
    // A Flows settings page: the form wherever it is.
    expect(step('https://app.upstackdata.com/flows/settings', { form: 'shown' })).toBe('fill');
  });

  it('holds a form condition only with the page fact', () => {
    expect(holds({ form: 'shown' }, 'https://x.test/', none)).toBe(false);
    expect(holds({ form: 'shown' }, 'https://x.test/', none, { form: 'filled' })).toBe(true);
    expect(holds({ form: 'filled' }, 'https://x.test/', none, { form: 'shown' })).toBe(false);
    expect(holds({ form: 'shown' }, 'https://x.test/', none, { form: 'typing' })).toBe(true);
    expect(holds({ form: 'filled' }, 'https://x.test/', none, { form: 'typing' })).toBe(false);
    expect(holds({ form: 'typing' }, 'https://x.test/', none, { form: 'filled' })).toBe(false);
    expect(holds({ form: 'shown' }, 'https://x.test/', none, { form: 'enabling' })).toBe(true);
    expect(holds({ form: 'filled' }, 'https://x.test/', none, { form: 'enabling' })).toBe(false);
    expect(holds({ form: 'enabling' }, 'https://x.test/', none, { form: 'filled' })).toBe(false);
  });
});

describe('after a capture the steps never go back', () => {
  const dotdigital = recipeById('dotdigital')!;
  // The API users list after Save: the API users tab is selected, "New user" is on the page.
  const listShown = (anchor: { role?: string }) => anchor.role === 'tab';
  const list = 'https://r1-app.dotdigital.com/settings/access/api-users';

  it('shows "New user" on the list before a capture', () => {
    expect(plan(dotdigital, list, listShown, {}).step?.id).toBe('new-user');
  });

  it.each([
    ['the list', list],
    ['the dashboard', 'https://r1-app.dotdigital.com/'],
    ['the sign-in page', 'https://r1-app.dotdigital.com/login'],
  ])('is at the Upstack step on %s once the key is held', (_, href) => {
    const p = plan(dotdigital, href, listShown, {}, true);
    expect(p.index).toBe(upstackStep(dotdigital));
    expect(p.step).toBeUndefined();
    expect(p.prefill).toEqual([]);
    expect(p.existing).toBe(false);
  });

  it('still knows the key page after a capture (a second key is still noticed there)', () => {
    const p = plan(klaviyo, 'https://www.klaviyo.com/create-private-api-key', nothing, {}, true);
    expect(p.keyPage).toBe(true);
  });
});

describe('a key of the same name already in the list', () => {
  const keyName = 'UpstackData';
  const named =
    (name: string) =>
    (anchor: { name?: string[] }): boolean =>
      anchor.name?.includes(name) ?? false;

  it('is noticed where the recipe says the list shows key names, with the key name resolved', () => {
    const href = 'https://www.klaviyo.com/settings/account/api-keys';
    expect(plan(klaviyo, href, named(keyName), { keyName }).existing).toBe(true);
    expect(plan(klaviyo, href, named('Zapier'), { keyName }).existing).toBe(false);
    // Another name in the options: the list is looked at for that one.
    expect(plan(klaviyo, href, named('Shop'), { keyName: 'Shop' }).existing).toBe(true);
  });

  it('is not looked for on other pages', () => {
    const href = 'https://www.klaviyo.com/create-private-api-key';
    expect(plan(klaviyo, href, named(keyName), { keyName }).existing).toBe(false);
  });
});

describe('progress as a checklist', () => {
  it('numbers the path from where the guide started; earlier steps are ticked, not counted', () => {
    // Klaviyo from the API-keys page: 6 steps and the Upstack step; the path starts at step 3.
    const list = checklist(7, 3, 3);
    expect(list).toMatchObject({ number: 1, count: 4 });
    expect(list.items.map((i) => [i.state, i.number])).toEqual([
      ['done', undefined],
      ['done', undefined],
      ['done', undefined],
      ['current', 1],
      ['pending', 2],
      ['pending', 3],
      ['pending', 4],
    ]);
  });

  it('ticks the path steps done so far', () => {
    const list = checklist(7, 3, 5);
    expect(list).toMatchObject({ number: 3, count: 4 });
    expect(list.items.filter((i) => i.state === 'done').length).toBe(5);
    expect(list.items[6]).toEqual({ index: 6, state: 'pending', number: 4 });
  });

  it('the Upstack step is the last on the path', () => {
    expect(checklist(7, 3, 6)).toMatchObject({ number: 4, count: 4 });
  });

  it('counts from the first step when started there', () => {
    expect(checklist(5, 0, 0)).toMatchObject({ number: 1, count: 5 });
  });

  it('the path starts where the guide started, or earlier where the merchant went back', () => {
    expect(pathStart(undefined, 3)).toBe(3);
    expect(pathStart(3, 5)).toBe(3);
    expect(pathStart(3, 1)).toBe(1);
  });
});

describe('samePage', () => {
  it.each([
    [
      'https://www.klaviyo.com/settings/account/api-keys',
      'https://www.klaviyo.com/settings/account/api-keys/',
      true,
    ],
    [
      'https://www.klaviyo.com/settings/account/api-keys',
      'https://www.klaviyo.com/settings/account/api-keys?x=1',
      true,
    ],
    [
      'https://www.klaviyo.com/settings/account/api-keys',
      'https://www.klaviyo.com/create-private-api-key',
      false,
    ],
    [
      'https://acme.optimove.net/#/settings/general/api-key-management',
      'https://acme.optimove.net/#/login',
      false,
    ],
    ['https://a.optimove.net/x', 'https://b.optimove.net/x', false],
    ['not a url', 'https://a.test/', false],
  ])('%s vs %s → %s', (a, b, same) => {
    expect(samePage(a, b)).toBe(same);
  });
});
