import type { ReactNode } from 'react';

// The <html> element lives in app/[locale]/layout.tsx (so it can carry lang), in app/page.tsx and
// in app/not-found.tsx: this root layout only passes its children through.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
