import type { Locale } from './locales';
import enUi from '../../messages/en/ui.json';
import azUi from '../../messages/az/ui.json';
import ruUi from '../../messages/ru/ui.json';
import kkUi from '../../messages/kk/ui.json';
import enData from '../../messages/en/data.json';
import azData from '../../messages/az/data.json';
import ruData from '../../messages/ru/data.json';
import kkData from '../../messages/kk/data.json';

/** All UI and data-label messages of one language. English is the reference key set. */
export type Messages = typeof enUi & { data: typeof enData };

/** Message files per language: UI text (`ui.json`) and data labels (`data.json`, under `data`). */
export const MESSAGES: Record<Locale, Messages> = {
  en: { ...enUi, data: enData },
  az: { ...azUi, data: azData },
  ru: { ...ruUi, data: ruData },
  kk: { ...kkUi, data: kkData },
};
