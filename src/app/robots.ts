import type { MetadataRoute } from 'next'
import { siteUrl } from '@/lib/siteUrl'

// The site's address is known when the server starts, not at build time.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
