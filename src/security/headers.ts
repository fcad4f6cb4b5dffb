/**
 * Sent with every response, site and admin alike. The policy allows only this site's own scripts,
 * styles, images and connections. Inline scripts stay allowed: Next's App Router bootstraps every
 * page with them, and nonces would make every page dynamic (no cached pages). Rich text never becomes
 * HTML we did not write (src/components/RichTextBody.tsx), so the inline allowance is not a way in.
 */
const contentSecurityPolicy = (dev: boolean) =>
  [
    "default-src 'self'",
    // React's development build evaluates code for fast refresh; production never does.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    // Only this site may frame its pages (the admin's live preview); nobody can clickjack them.
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ')

export const securityHeaders = (dev: boolean) => [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy(dev) },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
]
