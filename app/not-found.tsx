import './styles';
import { LOCALES } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { NotFoundMessage } from '@/components/ui/NotFoundMessage';
import { ThemeInitScript } from '@/components/ui/ThemeInitScript';

/**
 * The one 404 page of the static export (out/404.html), for unknown locales and paths alike. It is
 * rendered in English and switches to the language named by the address (`/az/...`) once loaded.
 */
export default function NotFound() {
  const texts = Object.fromEntries(LOCALES.map((l) => [l, MESSAGES[l].notFound]));
  return (
    <html lang="en">
      <head>
        <title>{MESSAGES.en.notFound.title}</title>
        <meta name="robots" content="noindex" />
        <ThemeInitScript />
      </head>
      <body>
        <main id="main">
          <NotFoundMessage texts={texts} />
        </main>
      </body>
    </html>
  );
}
