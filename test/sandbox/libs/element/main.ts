// The Element Plus sandbox app: picks the provider page by host (Omnisend, TikTok, Microsoft
// Advertising).
import { createApp, h } from 'vue';
import { MicrosoftApp } from './microsoft';
import { OmnisendApp } from './omnisend';
import { TikTokApp } from './tiktok';

const pages: Record<string, typeof OmnisendApp> = {
  'app.omnisend.com': OmnisendApp,
  'ads.tiktok.com': TikTokApp,
  'ui.ads.microsoft.com': MicrosoftApp,
};
const page = pages[location.host];
createApp({
  render: () => (page ? h(page) : h('p', `No Element Plus page for ${location.host}`)),
}).mount('#root');
