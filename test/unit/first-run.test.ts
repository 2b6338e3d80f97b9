import { expect, it } from 'vitest';
import { opensFirstRun } from '../../lib/background/first-run';

it('opens the first-run page on install only', () => {
  expect(opensFirstRun('install')).toBe(true);
  for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update'])
    expect(opensFirstRun(reason)).toBe(false);
});
