// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/**
 * Static export: `next build` writes a folder of plain files (out/) that any web server can serve
 * and that keeps working in a briefing room once loaded. No API routes, rewrites or image
 * optimisation exist in this mode (see DESIGN.md).
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // CSS goes into each page as <style> instead of render-blocking <link>s (one round trip less
  // before the first paint on a slow phone network; the CSP allows inline styles).
  experimental: { inlineCss: true },
  // citation-js (BibTeX/RIS files, loaded on click) requires node-fetch, which cannot run in a
  // browser: there it gets the browser's fetch.
  turbopack: { resolveAlias: { 'node-fetch': { browser: './components/cite/fetchShim.js' } } },
};

module.exports = withNextIntl(nextConfig);
