// Each provider's main flow, in Chromium and in Firefox: prefill, capture, fill on the Upstack
// form through Upstack's wizard; the key filled is the one the provider's app created.
import { expect, test } from './fixtures';
import { flow, type ProviderId } from './flows';

for (const provider of ['klaviyo', 'omnisend', 'optimove', 'dotdigital'] as ProviderId[]) {
  test(`${provider}: from the API keys page to a filled Upstack form`, async ({ driver }) => {
    const { secrets, identifiers, upstack } = await flow(driver, provider);
    const { fields } = await upstack.sandboxState<{ fields: Record<string, string> }>();
    expect(Object.values(fields)).toEqual(expect.arrayContaining([...secrets, ...identifiers]));
  });
}
