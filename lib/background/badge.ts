// The toolbar badge (browser edge of lib/background/badge-text.ts): the minutes left while a key is held, nothing
// otherwise. The background calls `update` on every vault change and on the per-minute alarm,
// which runs only while a key is held.
import { browser } from 'wxt/browser';
import type { VaultStatus } from '../protocol/messages';
import { t } from '../ui/i18n';
import { badgeMinutes } from './badge-text';

export const BADGE_ALARM = 'badge-minutes';

/** Chrome's MV3 `action`; Firefox's MV2 build has `browserAction`. */
const action = () => browser.action ?? browser.browserAction;

async function show(statuses: VaultStatus[]) {
  const minutes = badgeMinutes(statuses, Date.now());
  if (minutes === undefined) {
    await browser.alarms.clear(BADGE_ALARM);
    await action().setBadgeText({ text: '' });
    await action().setTitle({ title: t('extName') });
    return;
  }
  await action().setBadgeBackgroundColor({ color: '#5b3df5' });
  await action().setBadgeText({ text: t('badgeMinutes', minutes) });
  await action().setTitle({ title: t('badgeTitle', minutes) });
  if (!(await browser.alarms.get(BADGE_ALARM)))
    await browser.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
}

/** Shows what `read` returns; calls run one after another, so the last vault state wins. */
export function createBadge(read: () => Promise<VaultStatus[]>) {
  let queue = Promise.resolve();
  return {
    update() {
      queue = queue.then(async () => show(await read())).catch(() => {});
      return queue;
    },
  };
}
