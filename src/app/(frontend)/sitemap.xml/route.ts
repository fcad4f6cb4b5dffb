import { resolveSitemap } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data'
import { sitemapData } from '@/content'
import { siteUrl } from '@/lib/siteUrl'
import { sitemapEntries, sitemapIndexXml, sitemapParts } from '@/site/sitemap'

// Every URL while they fit in one file, else an index of the parts served by ../sitemaps/sitemap.ts. Next
// has no sitemap index of its own; its serializer (the one its sitemap routes use) writes the URLs.
export const dynamic = 'force-dynamic'

const xml = (body: string) =>
  new Response(body, {
    headers: {
      'Content-Type': 'application/xml',
      'Cache-Control': 'public, max-age=0, must-revalidate',
    },
  })

export async function GET() {
  const parts = await sitemapParts(sitemapData)
  if (parts.length)
    return xml(sitemapIndexXml(parts.map((id) => `${siteUrl()}/sitemaps/sitemap/${id}.xml`)))
  return xml(resolveSitemap((await sitemapEntries(sitemapData)) ?? []))
}
