import '../styles';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LOCALES, isLocale } from '@/lib/i18n/locales';
import { ThemeInitScript } from '@/components/ui/ThemeInitScript';
import { ServiceWorkerRegister } from '@/components/ui/ServiceWorkerRegister';

export const dynamicParams = false;

const SITE_URL = process.env.SITE_URL;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    title: t('title'),
    description: t('description'),
    // hreflang links must be absolute URLs; a static build knows its address only if told
    // (SITE_URL=https://example.org npm run build). Without it, no alternates rather than wrong ones.
    ...(SITE_URL ? { metadataBase: new URL(SITE_URL), alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, `/${l}/`])) } } : {}),
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'update' });
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        <ThemeInitScript />
      </head>
      <body>
        {/* The language only (links, the language switcher): each page sends the words its own
            client components need (lib/i18n/messages.ts, CLIENT_NAMESPACES). */}
        <NextIntlClientProvider locale={locale} messages={{}}>
          {children}
        </NextIntlClientProvider>
        <ServiceWorkerRegister locale={locale} labels={{ message: t('message'), reload: t('reload'), dismiss: t('dismiss') }} />
      </body>
    </html>
  );
}
