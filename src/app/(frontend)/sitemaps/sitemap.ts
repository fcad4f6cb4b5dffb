import type { MetadataRoute } from 'next'
import { notFound } from 'next/navigation'
import { sitemapData } from '@/content'
import { sitemapEntries, sitemapParts } from '@/site/sitemap'

// The parts of a split sitemap, at /sitemaps/sitemap/<part>.xml (Next's generateSitemaps); sitemap.xml
// itself (../sitemap.xml/route.ts) lists them once the site has too many URLs for one file, and holds
// every URL until then. In a folder of their own: Next serves a sitemap.ts at the app's root as
// /sitemap.xml, whether or not it is split. Built from the database on request (and cached by tag),
// never at build time.
export const dynamic = 'force-dynamic'

export async function generateSitemaps() {
  // At build time there is no database to count: parts are found on request.
  if (process.env.NEXT_PHASE === 'phase-production-build') return []
  return (await sitemapParts(sitemapData)).map((id) => ({ id }))
}

export default async function sitemap(props: {
  id: Promise<string>
}): Promise<MetadataRoute.Sitemap> {
  const entries = await sitemapEntries(sitemapData, await props.id)
  if (!entries) notFound()
  return entries
}
