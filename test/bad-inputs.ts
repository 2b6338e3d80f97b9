// Values that are not the credential, across providers: each must be refused with a clear
// reason that never quotes it, and nothing may be stored. Shared by the router's unit test and
// the e2e test that shows each value on the provider's sandbox page.

export type ProviderId =
  | 'klaviyo'
  | 'omnisend'
  | 'optimove'
  | 'dotdigital'
  | 'pinterest'
  | 'tiktok'
  | 'reddit'
  | 'snapchat'
  | 'meta'
  | 'microsoft';

export interface BadInput {
  provider: ProviderId;
  /** The secret field it is given as (the other fields of the secret get valid values). */
  field: string;
  what: string;
  value: string;
  /** What the refusal must say. */
  reason: RegExp;
  /** How the e2e test shows it: where the page shows the key (`shown`), typed by the merchant
   * (`typed`, Dotdigital's password), or not at all (a page showing nothing shows no key yet). */
  page: 'shown' | 'typed' | false;
}

/** Valid values, made up (never a real key). */
export const VALID: Record<ProviderId, Record<string, string>> = {
  klaviyo: { apiKey: `pk_${'aB3'.repeat(11)}x` },
  omnisend: { apiKey: `${'aB3d'.repeat(16)}-Xy9z8w7v6u` },
  optimove: { apiKey: 'Ab3-_x'.repeat(8) },
  dotdigital: {
    apiUser: 'apiuser-0123456789ab@apiconnector.com',
    password: 'Xk3#mQ9$wL2@pZ7!vB5%',
  },
  // The ad account id is read from the page's URL (test/sandbox/sites/pinterest.tsx's account).
  pinterest: { token: `pina_${'AbC9-x_Y'.repeat(11)}z`, adAccountId: '549755885175' },
  // Shape unverified: 40 hex digits here, as the sandbox makes them (the pattern is loose); the
  // pixel id is read from the page (test/sandbox/libs/element/tiktok-pixel.ts's pixel).
  tiktok: { token: '3f9a1c7e5b2d8046af31c9e7b5d20f84a6c1e93b', pixelId: 'C4K7QJ2M9PB3XR5T8WDA' },
  // Reddit's token has no published shape: any printable run without spaces, 20 to 512 long;
  // the pixel id is read from Events Manager (libs/shoelace/src/reddit-account.ts's pixel).
  reddit: { token: `${'Ab3.x-Y_'.repeat(8)}Zq`, pixelId: 't2_8fz4nq2w' },
  // Snapchat's token: "100+ characters", no published alphabet: any printable run without
  // spaces, 100 to 512 long.
  snapchat: { token: `${'eyJ0b2tlbiI6'.repeat(10)}.${'Zq9_k-7M'.repeat(6)}` },
  // Meta's token: EAA and about 190 letters and digits (Upstack's guide); the Pixel ID is read
  // from the page (test/sandbox/libs/mui/meta-pixel.ts's pixel).
  meta: { token: `EAAG${'mZ9xQ4kPzBw7'.repeat(15)}`, pixelId: '4827361950284716' },
  // Microsoft's token: no published shape (loose, 20 to 512 printable characters); the UET Tag
  // ID is read from the page (test/sandbox/libs/element/microsoft-tag.ts's tag).
  microsoft: { token: `${'mSft.Tk-9Q_z'.repeat(8)}Xy`, tagId: '187012345' },
};

const klaviyo = VALID.klaviyo.apiKey as string;
const omnisend = VALID.omnisend.apiKey as string;
const optimove = VALID.optimove.apiKey as string;
const apiUser = VALID.dotdigital.apiUser as string;
const password = VALID.dotdigital.password as string;
const pina = VALID.pinterest.token as string;
const tiktok = VALID.tiktok.token as string;
const rdt = VALID.reddit.token as string;
const snap = VALID.snapchat.token as string;
const eaa = VALID.meta.token as string;
const msft = VALID.microsoft.token as string;
const stripe = 'pk_live_51HqLyjWDarjtT1zdp7dcXYZab';

const row = (
  provider: ProviderId,
  field: string,
  what: string,
  value: string,
  reason: RegExp,
  page: BadInput['page'] = 'shown',
): BadInput => ({ provider, field, what, value, reason, page });

const k = (what: string, value: string, reason: RegExp, page?: BadInput['page']) =>
  row('klaviyo', 'apiKey', what, value, reason, page);
const o = (what: string, value: string, reason: RegExp, page?: BadInput['page']) =>
  row('omnisend', 'apiKey', what, value, reason, page);
const m = (what: string, value: string, reason: RegExp, page?: BadInput['page']) =>
  row('optimove', 'apiKey', what, value, reason, page);
const user = (what: string, value: string, reason: RegExp) =>
  row('dotdigital', 'apiUser', what, value, reason, false);
const pass = (what: string, value: string, reason: RegExp, page: BadInput['page'] = 'typed') =>
  row('dotdigital', 'password', what, value, reason, page);
const p = (what: string, value: string, reason: RegExp, page?: BadInput['page']) =>
  row('pinterest', 'token', what, value, reason, page);
const t = (what: string, value: string, reason: RegExp, page?: BadInput['page']) =>
  row('tiktok', 'token', what, value, reason, page);
const r = (what: string, value: string, reason: RegExp, page?: BadInput['page']) =>
  row('reddit', 'token', what, value, reason, page);
const s = (what: string, value: string, reason: RegExp, page?: BadInput['page']) =>
  row('snapchat', 'token', what, value, reason, page);
const fb = (what: string, value: string, reason: RegExp, page?: BadInput['page']) =>
  row('meta', 'token', what, value, reason, page);
const ms = (what: string, value: string, reason: RegExp, page?: BadInput['page']) =>
  row('microsoft', 'token', what, value, reason, page);

export const BAD_INPUTS: BadInput[] = [
  k('empty', '', /private API key is empty/, false),
  k('whitespace only', ' \t\n ', /private API key is empty/, false),
  k('masked with asterisks', `pk_${'*'.repeat(30)}abcd`, /masked/),
  k('masked with bullets', `pk_••••${klaviyo.slice(-4)}`, /masked/),
  k('shortened with an ellipsis', `${klaviyo.slice(0, 12)}…`, /masked/),
  k('truncated', klaviyo.slice(0, 20), /cut short/),
  k('over-long', `pk_${'a'.repeat(41)}`, /too long/),
  k('one character short', klaviyo.slice(0, -1), /cut short/, false),
  k('one character too many', `${klaviyo}7`, /too long/, false),
  k('far too long', `pk_${'a'.repeat(600)}`, /far too long/),
  k('wrong prefix', `sk_${klaviyo.slice(3)}`, /does not look like one/),
  k('the 6-character public site ID', 'AbC123', /public API key \(site ID\)/),
  k('a Stripe live publishable key', stripe, /Stripe/),
  k('a Stripe test key', `pk_test_${'a'.repeat(24)}`, /Stripe/),
  k('HTML-escaped', `pk_${'a'.repeat(30)}&amp;`, /HTML/),
  // On a page, markup shown around a real key is not bad input: the capture finds the key in
  // it, as a secret scanner would. Submitted as a value, it is refused.
  k('wrapped in HTML', `<code>${klaviyo}</code>`, /HTML/, false),
  k('with a zero-width space', `${klaviyo.slice(0, 18)}\u200B${klaviyo.slice(18)}`, /invisible/),
  k('with a space inside', `${klaviyo.slice(0, 18)} ${klaviyo.slice(18)}`, /spaces inside/),
  k('an Omnisend key', omnisend, /does not look like one/),
  k('a Dotdigital API user', apiUser, /Dotdigital credential/),

  o('empty', '', /Omnisend API key is empty/, false),
  o('whitespace only', '\u00A0 \n', /Omnisend API key is empty/, false),
  o('masked as in the list', `${omnisend.slice(0, 4)}…`, /masked/),
  o('truncated', omnisend.slice(0, 67), /cut short/),
  o('over-long', `${omnisend}${'z'.repeat(30)}`, /too long/),
  // Exactly 75 letters, digits and "-", at least one "-", none leading or trailing.
  o('a leading "-"', `-${omnisend.slice(1)}`, /does not look like one/),
  o('a trailing "-"', `${omnisend.slice(0, -1)}-`, /does not look like one/),
  o('no "-"', omnisend.replace('-', 'q'), /does not look like one/),
  o('one character short', omnisend.slice(0, -1), /cut short/, false),
  o('one character too many', `${omnisend}z`, /too long/, false),
  o('with a space inside', `${omnisend.slice(0, 30)} ${omnisend.slice(31)}`, /spaces inside/),
  o('wrong separator', omnisend.replace('-', '_'), /does not look like one/),
  o('a Klaviyo key', klaviyo, /Klaviyo credential/),
  o('a Stripe key', stripe, /Stripe/),
  o('HTML-escaped', omnisend.replace('-', '&#45;'), /HTML/),
  o(
    'with a zero-width no-break space',
    `${omnisend.slice(0, 30)}\uFEFF${omnisend.slice(30)}`,
    /invisible/,
  ),

  m('empty', '', /Optimove API key is empty/, false),
  m('masked', '••••••••••••••••••••••••', /masked/),
  m('truncated', 'abc123', /cut short/),
  m('over-long', 'a'.repeat(300), /does not look like one/),
  m('a Klaviyo key', klaviyo, /Klaviyo credential/),
  m('a Stripe key', stripe, /Stripe/),
  m('a Dotdigital API user', apiUser, /Dotdigital credential/),
  m('HTML-escaped', `${optimove.slice(0, 30)}&quot;`, /HTML/),
  m('with a word joiner', `${optimove.slice(0, 20)}\u2060${optimove.slice(20)}`, /invisible/),
  m('with a space inside', `${optimove.slice(0, 20)} ${optimove.slice(20)}`, /spaces inside/),

  user('empty', '', /API user is empty/),
  user('another domain', 'apiuser-0123456789ab@gmail.com', /does not look like one/),
  user('upper-case letters', 'apiuser-0123456789AB@apiconnector.com', /does not look like one/),
  user('11 characters', 'apiuser-0123456789a@apiconnector.com', /does not look like one/),
  user('masked', 'apiuser-••••@apiconnector.com', /masked/),
  user('HTML-escaped', 'apiuser-0123456789ab&#64;apiconnector.com', /HTML/),
  user('a Klaviyo key', klaviyo, /Klaviyo credential/),
  pass('empty password', '', /password is empty/, false),
  pass('too short', 'Ab1!', /cut short/),
  pass('letters only', 'abcdefghijkl', /does not look like one.*digit or symbol/),
  pass('containing "password"', 'Password123!', /does not look like one.*“password”/),
  pass('masked', '••••••••••', /masked/),
  pass('with a space inside', 'Abc 123 !xyz', /spaces inside/),
  pass(
    'with a zero-width joiner',
    `${password.slice(0, 8)}\u200D${password.slice(8)}`,
    /invisible/,
  ),
  pass('over-long', 'Ab3$'.repeat(40), /too long/),
  pass('a Klaviyo key', klaviyo, /Klaviyo credential/),
  pass('the API user itself', apiUser, /Dotdigital credential/),

  p('empty', '', /Conversions API token is empty/, false),
  p('the Pinterest Tag id', '2612345678901', /Pinterest Tag ID or an ad account ID/),
  p('the ad account id', '549755885175', /Pinterest Tag ID or an ad account ID/),
  p('masked with bullets', `pina_${'•'.repeat(16)}${pina.slice(-4)}`, /masked/),
  p('shortened with an ellipsis', `${pina.slice(0, 16)}…`, /masked/),
  p('with a space inside', `${pina.slice(0, 40)} ${pina.slice(40)}`, /spaces inside/),
  p('with a tab inside', `${pina.slice(0, 40)}\t${pina.slice(40)}`, /spaces inside/, false),
  p('cut short', pina.slice(0, 30), /cut short/, false),
  p('a Klaviyo key', klaviyo, /Klaviyo credential/),

  t('empty', '', /Events API access token is empty/, false),
  t('the pixel id', 'C4K7QJ2M9PB3XR5T8WDA', /pixel ID/),
  t('masked with bullets', `${'•'.repeat(16)}${tiktok.slice(-4)}`, /masked/),
  t('shortened with an ellipsis', `${tiktok.slice(0, 12)}…`, /masked/),
  t('with a space inside', `${tiktok.slice(0, 20)} ${tiktok.slice(20)}`, /spaces inside/),
  t(
    'with a line break inside',
    `${tiktok.slice(0, 20)}\n${tiktok.slice(20)}`,
    /spaces inside/,
    false,
  ),
  t('cut short', tiktok.slice(0, 12), /cut short/, false),
  t('a Klaviyo key', klaviyo, /Klaviyo credential/, false),
  t('a Pinterest token', pina, /Pinterest credential/, false),
  // The pixel id read from the page: TikTok's shape only (a page's other text is not taken).
  row('tiktok', 'pixelId', 'a pixel id in lower case', 'c4k7qj2m9pb3xr5t8wda', /pixel/i, false),
  row('tiktok', 'pixelId', 'a pixel id cut short', 'C4K7QJ2M9PB3XR5T8WD', /pixel/i, false),
  r('empty', '', /Conversions API access token is empty/, false),
  r('whitespace only', ' \n\t ', /Conversions API access token is empty/, false),
  r('the pixel id (t2_)', 't2_8fz4nq2w', /Reddit pixel ID/),
  r('the pixel id (a2_)', 'a2_kq3h7x9w2m', /Reddit pixel ID/, false),
  r('masked with bullets', `${'•'.repeat(16)}${rdt.slice(-4)}`, /masked/),
  r('shortened with an ellipsis', `${rdt.slice(0, 16)}…`, /masked/, false),
  r('with a space inside', `${rdt.slice(0, 30)} ${rdt.slice(30)}`, /spaces inside/),
  r('with a line break inside', `${rdt.slice(0, 30)}\n${rdt.slice(30)}`, /spaces inside/, false),
  r('cut short', rdt.slice(0, 12), /cut short/, false),
  r('a Klaviyo key', klaviyo, /Klaviyo credential/, false),
  // The pixel id read from Events Manager: t2_ or a2_ and letters and digits only.
  row('reddit', 'pixelId', 'a pixel id of another prefix', 'x9_8fz4nq2w', /pixel/i, false),
  row('reddit', 'pixelId', 'a pixel id with a space', 't2_8fz4 nq2w', /pixel/i, false),
  s('empty', '', /Conversions API token is empty/, false),
  s('whitespace only', ' \n\t ', /Conversions API token is empty/, false),
  s('the pixel id (a UUID)', 'd2c4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f', /Snapchat Pixel ID/),
  s('the pixel id in capitals', 'D2C4E6F8-1A3B-4C5D-8E7F-9A0B1C2D3E4F', /Snapchat Pixel ID/, false),
  s('masked with bullets', `${'•'.repeat(120)}${snap.slice(-4)}`, /masked/),
  s('shortened with an ellipsis', `${snap.slice(0, 16)}…`, /masked/, false),
  s('with a space inside', `${snap.slice(0, 60)} ${snap.slice(60)}`, /spaces inside/),
  s('with a line break inside', `${snap.slice(0, 60)}\n${snap.slice(60)}`, /spaces inside/, false),
  s('cut short', snap.slice(0, 60), /cut short/, false),
  s('a Klaviyo key', klaviyo, /Klaviyo credential/, false),
  fb('empty', '', /Conversions API token is empty/, false),
  fb('the Pixel ID', '4827361950284716', /Meta Pixel ID/),
  fb('an app secret (32 hex)', '9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c', /app secret/),
  fb(
    'an app access token (id|secret)',
    '1234567890123|9f2c4e6a8b0d1f3e5a7c9e1b3d5f',
    /app access token/,
  ),
  fb('masked with bullets', `EAA${'•'.repeat(24)}${eaa.slice(-4)}`, /masked/),
  fb('shortened with an ellipsis', `${eaa.slice(0, 24)}…`, /masked/, false),
  fb('with a space inside', `${eaa.slice(0, 90)} ${eaa.slice(90)}`, /spaces inside/),
  fb('with a line break inside', `${eaa.slice(0, 90)}\n${eaa.slice(90)}`, /spaces inside/, false),
  fb('cut short', eaa.slice(0, 60), /cut short/, false),
  fb('another prefix', `EAB${eaa.slice(3)}`, /does not look like one/, false),
  fb('a Klaviyo key', klaviyo, /Klaviyo credential/, false),
  ms('empty', '', /Conversions API token is empty/, false),
  ms('whitespace only', ' \n\t ', /Conversions API token is empty/, false),
  ms('the UET Tag ID', '187012345', /UET Tag ID/),
  ms('masked with bullets', `${'•'.repeat(20)}${msft.slice(-4)}`, /masked/),
  ms('shortened with an ellipsis', `${msft.slice(0, 16)}…`, /masked/, false),
  ms('with a space inside', `${msft.slice(0, 40)} ${msft.slice(40)}`, /spaces inside/),
  ms('with a line break inside', `${msft.slice(0, 40)}\n${msft.slice(40)}`, /spaces inside/, false),
  ms('cut short', msft.slice(0, 12), /cut short/, false),
  ms('a Klaviyo key', klaviyo, /Klaviyo credential/, false),
  ms('a Meta token', eaa, /Meta credential/, false),
];

/** A valid value with whitespace around it: trimmed, then accepted. */
export const SURROUNDED: Record<ProviderId, Record<string, string>> = {
  klaviyo: { apiKey: `  ${klaviyo}\n\t` },
  omnisend: { apiKey: `\n${omnisend}  ` },
  optimove: { apiKey: ` ${optimove} ` },
  dotdigital: { apiUser: ` ${apiUser}\n`, password: `\t${password} ` },
  pinterest: { token: `\n${pina} `, adAccountId: '549755885175' },
  tiktok: { token: ` ${tiktok}\n`, pixelId: 'C4K7QJ2M9PB3XR5T8WDA' },
  reddit: { token: `\n${rdt} `, pixelId: 't2_8fz4nq2w' },
  snapchat: { token: ` ${snap}\t` },
  meta: { token: `\n${eaa} `, pixelId: '4827361950284716' },
  microsoft: { token: ` ${msft}\n`, tagId: '187012345' },
};
