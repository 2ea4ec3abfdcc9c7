import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Opens the Export menu of a chart (or `route-map`) and returns its panel. */
export async function openExport(page: Page, subject: string): Promise<Locator> {
  const menu = page.getByTestId(`export-${subject}`);
  await menu.scrollIntoViewIfNeeded();
  await menu.getByTestId('export-button').click();
  const panel = menu.getByTestId('export-panel');
  await expect(panel.getByTestId('export-size')).toBeVisible();
  return panel;
}

/** Clicks a control that starts a download and returns the download and its bytes. */
export async function download(page: Page, control: Locator, timeout = 30_000): Promise<{ file: Download; bytes: Buffer }> {
  const pending = page.waitForEvent('download', { timeout });
  await control.click();
  const file = await pending;
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}
