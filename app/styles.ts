// Global styles and the self-hosted typeface, imported once by each root-level layout or page.
// Noto Sans covers Azerbaijani (ə ğ ş) and Kazakh/Russian Cyrillic (қ ү ң ө); app/fonts.css serves
// it cut down to the characters the dashboard uses (one small file per weight).
import './fonts.css';
// Metric-matched fallbacks shown until Noto Sans arrives, and --font-sans (scripts/build-fonts.ts).
import './fonts/generated/fallbacks.css';
import './globals.css';
