// Global styles and the self-hosted typeface, imported once by each root-level layout or page.
// Noto Sans covers Azerbaijani (ə ğ ş, latin-ext) and Kazakh/Russian Cyrillic (қ ү ң ө, cyrillic-ext).
// Only these four subsets are declared; each is fetched by the browser only when a glyph needs it.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import '@fontsource/noto-sans/cyrillic-ext-700.css';
import './globals.css';
