// The sandbox's Optimove API Key Management as the library specs read it (Angular Material,
// Ant Design): the keys it made, the New API Key dialog and the dialog that shows the key.
import type { Page } from '@playwright/test';
import { sandboxState } from './helpers';

export interface Created {
  nickname: string;
  email: string;
  access: string;
  key: string;
}

export const createdKeys = async (page: Page) =>
  (await sandboxState<{ route: string; created: Created[] }>(page)).created;

export const newKeyDialog = (page: Page) => page.getByRole('dialog', { name: 'New API Key' });
export const createdDialog = (page: Page) => page.getByRole('dialog', { name: 'API Key Created' });
