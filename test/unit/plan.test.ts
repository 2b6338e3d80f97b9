import { describe, expect, it } from 'vitest';
import { currentStep, holds, plan } from '../../lib/plan';
import type { Anchor } from '../../lib/recipe';
import { recipeById } from '../../lib/recipes';
import { upstackGuide, upstackSteps } from '../../lib/upstack-guide';

const klaviyo = recipeById('klaviyo')!;
const nothing = () => false;
const stepId = (href: string, isPresent: (a: unknown) => boolean = nothing) =>
  plan(klaviyo, href, isPresent, { keyName: 'UpstackData' }).step.id;

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
  });
});
