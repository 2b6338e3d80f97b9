// The labels of every recipe's key fields on the Upstack dashboard (recipe `capture.fields[]
// .upstackLabels`), normalized, as a plain list: the Upstack loader (lib/engine/upstack-loader.ts)
// looks for a field so labelled after the merchant's click, and wakes the engine, without carrying
// the recipes. test/unit/upstack-loader.test.ts keeps it equal to the recipes'.
export const UPSTACK_FIELD_LABELS: readonly string[] = [
  'private api key',
  'api key',
  'api user',
  'api username',
  'username',
  'password',
  'api password',
  'conversion access token',
  'conversions api token',
  'access token',
  'ad account id',
  'advertiser id',
  'events api access token',
  'tiktok access token',
  'conversions api access token',
  'snapchat conversion api token',
  'snapchat conversions api token',
  'conversion api token',
  'capi token',
  'token',
  'pixel id',
  'meta pixel id',
  'facebook pixel id',
  'uet tag id',
  'tag id',
  'tiktok pixel id',
  'pixel code',
  'reddit pixel id',
];
