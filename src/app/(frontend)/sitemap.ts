import type { MetadataRoute } from 'next'
import { locales, type Locale } from '@/i18n/locales'
import { listSitemapDocuments } from '@/content'
import { absoluteUrl } from '@/i18n/navigation'
import { kindOf, publicPageKinds } from '@/documents/kinds'

// Built from the database on request (and cached by tag), never at build time.
export const dynamic = 'force-dynamic'

const listPaths = ['/', ...publicPageKinds.map((kind) => kind.list)] as const

type Href = Parameters<typeof absoluteUrl>[1]

const entriesFor = (
  href: Href,
  available: readonly Locale[],
  lastModified?: string,
): MetadataRoute.Sitemap =>
  available.map((locale) => ({
    url: absoluteUrl(locale, href),
    lastModified,
    alternates: {
      languages: Object.fromEntries(available.map((other) => [other, absoluteUrl(other, href)])),
    },
  }))

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const documents = await listSitemapDocuments()
  return [
    ...listPaths.flatMap((path) => entriesFor(path, locales)),
    ...documents.flatMap((doc) =>
      entriesFor(
        { pathname: kindOf(doc.collection).page, params: { slug: doc.slug } } as Href,
        doc.locales,
        doc.updatedAt,
      ),
    ),
  ]
}
