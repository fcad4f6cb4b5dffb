import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import { movedPathRedirects } from './src/i18n/movedPaths'
import { innerPathRedirects, translatedPathRewrites } from './src/i18n/localizedPaths'
import { securityHeaders } from './src/security/headers'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const nextConfig: NextConfig = {
  // A served copy of the build (scripts/seededServer.js) keeps its caches apart from other servers'.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // nginx, always in front in production (deploy/nginx), compresses responses once, in C, and can
  // keep what it compressed; Next would gzip every cached page again in the app's own thread.
  compress: false,
  experimental: {
    // The site's stylesheet (about 3 KB gzipped) goes in each page's <head>: no request for it holds
    // back the first paint.
    inlineCss: true,
    // Each route's modules load when it is first asked for, not all at start. Payload's config graph
    // is compiled into each kind of route (admin pages, public pages, route handlers) and held once
    // per kind loaded: an instance serving the public never loads the admin's copy (about 19 MB less
    // live heap under load on a release).
    preloadEntriesOnStart: false,
  },
  // The server's own job runner calls this every few seconds (src/jobs/runner.ts): not worth a log line.
  logging: {
    incomingRequests: { ignore: [/\/api\/payload-jobs\/(?:run|recover)/, /\/next\/revalidate/] },
  },
  // Here rather than in the proxy: a fixed list, answered before any of our code runs.
  redirects: async () => [
    ...movedPathRedirects(),
    ...innerPathRedirects(),
    // Staff bookmarks from before the collection was renamed (its slug was preview-links).
    {
      source: '/admin/collections/preview-links/:path*',
      destination: '/admin/collections/embargo-links/:path*',
      permanent: true,
    },
  ],
  // Next's own rewrites, so most pages need no proxy (see src/proxy.ts): translated paths to the
  // routes that render them. Next compiles each rule again on every page request, so they are few:
  // a news list view named in the query is the proxy's.
  rewrites: async () => ({
    beforeFiles: translatedPathRewrites(),
    afterFiles: [],
    fallback: [],
  }),
}

const config = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

/**
 * Payload asks every page for the colour-scheme client hint with Critical-CH, which makes Chromium
 * restart each first navigation (and loop on next-intl's rewritten paths). Only the admin uses it.
 */
const payloadHeaders = config.headers
config.headers = async () => [
  ...((await payloadHeaders?.()) ?? []).map((rule) =>
    rule.headers.some((header) => header.key === 'Critical-CH')
      ? { ...rule, source: '/admin/:path*' }
      : rule,
  ),
  // An unnamed group, not /:path*: with no named parameter, Next copies the values as they are;
  // with one, it compiles every value holding a colon (the policy) on each request.
  { source: '/(.*)', headers: securityHeaders(process.env.NODE_ENV !== 'production') },
]

export default config
