// The Element Plus sandbox app: picks the provider page by host (Omnisend, TikTok).
import { createApp, h } from 'vue';
import { OmnisendApp } from './omnisend';
import { TikTokApp } from './tiktok';

const pages: Record<string, typeof OmnisendApp> = {
  'app.omnisend.com': OmnisendApp,
  'ads.tiktok.com': TikTokApp,
};
const page = pages[location.host];
createApp({
  render: () => (page ? h(page) : h('p', `No Element Plus page for ${location.host}`)),
}).mount('#root');
