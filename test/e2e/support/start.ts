// Where each provider's merchant path starts: its API keys page.
export const START = {
  klaviyo: 'https://www.klaviyo.com/settings/account/api-keys',
  omnisend: 'https://app.omnisend.com/integrations/api-keys',
  optimove: 'https://acme.optimove.net/#/settings/general/api-key-management',
  dotdigital: 'https://r1-app.dotdigital.com/settings/access/api-users',
} as const;
export type ProviderId = keyof typeof START;
