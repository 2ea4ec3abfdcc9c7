'use client';

import { useEffect } from 'react';
import { pickLocale } from '@/lib/i18n/locales';

/** On `/`, replaces the page with the visitor's language version (keeps query and hash). */
export function LocaleRedirect() {
  useEffect(() => {
    const locale = pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
    window.location.replace(`/${locale}/${window.location.search}${window.location.hash}`);
  }, []);
  return null;
}
