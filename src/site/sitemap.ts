import type { MetadataRoute } from 'next'
import type { SitemapDocument, SitemapReader } from '@/content'
import { kindOf, type PublicPageCollection, publicPageKinds } from '@/documents/kinds'
import { locales, type Locale } from '@/i18n/locales'
import { absoluteUrl } from '@/i18n/navigation'

/**
 * URLs per sitemap file: past it, sitemap.xml becomes an index of parts. The protocol allows 50,000,
 * but each URL carries its alternates: a file of 3,000 was 1.6 MB of XML, built on every crawl, and
 * at 1,000 releases a burst of 32 crawlers timed out on it (the bench). A part of 1,000 URLs is a
 * third of that, made from one cached read.
 */
export const SITEMAP_MAX_URLS = 1_000

const listPaths = ['/', ...publicPageKinds.map((kind) => kind.list)] as const
const LIST_PAGES = 'pages'

/** Documents per part: each has a URL per language, so a part never passes `maxUrls`. */
const documentsPerPart = (maxUrls: number) => Math.max(1, Math.floor(maxUrls / locales.length))

/**
 * The parts of a split sitemap (the list pages, then each kind's documents oldest first), or none
 * while every URL fits in sitemap.xml. Counted as if each document were in every language, so no
 * part can hold more than `maxUrls`.
 */
export const sitemapParts = async (read: SitemapReader, maxUrls = SITEMAP_MAX_URLS) => {
  const counts = await read.counts()
  const documents = Object.values(counts).reduce((sum, count) => sum + count, 0)
  if ((listPaths.length + documents) * locales.length <= maxUrls) return []
  const perPart = documentsPerPart(maxUrls)
  return [
    LIST_PAGES,
    ...publicPageKinds.flatMap(({ collection }) =>
      Array.from(
        { length: Math.ceil(counts[collection] / perPart) },
        (_, i) => `${collection}-${i + 1}`,
      ),
    ),
  ]
}

const partPattern = new RegExp(
  `^(${publicPageKinds.map((kind) => kind.collection).join('|')})-([1-9]\\d{0,5})$`,
)

/** The documents of a kind's `part`th part (1-based), in one read, or none past the last part. */
const readPart = async (
  read: SitemapReader,
  collection: PublicPageCollection,
  part: number,
  maxUrls: number,
) => {
  const perPart = documentsPerPart(maxUrls)
  const count = (await read.counts())[collection]
  return (part - 1) * perPart < count ? read.documents(collection, part, perPart) : []
}

type Href = Parameters<typeof absoluteUrl>[1]

const entriesFor = (href: Href, available: readonly Locale[], lastModified?: string) =>
  available.map((locale) => ({
    url: absoluteUrl(locale, href),
    lastModified,
    alternates: {
      languages: Object.fromEntries(available.map((other) => [other, absoluteUrl(other, href)])),
    },
  }))

const documentEntries = (documents: SitemapDocument[]): MetadataRoute.Sitemap =>
  documents.flatMap((doc) =>
    entriesFor(
      { pathname: kindOf(doc.collection).page, params: { slug: doc.slug } } as Href,
      doc.locales,
      doc.updatedAt,
    ),
  )

const listEntries = (): MetadataRoute.Sitemap =>
  listPaths.flatMap((path) => entriesFor(path, locales))

/**
 * The URLs of one part of a split sitemap, or of the whole sitemap when `part` is left out (only
 * while it fits: sitemapParts says). Null for a part that does not exist.
 */
export const sitemapEntries = async (
  read: SitemapReader,
  part?: string,
  maxUrls = SITEMAP_MAX_URLS,
): Promise<MetadataRoute.Sitemap | null> => {
  if (part === undefined) {
    const documents = await Promise.all(
      publicPageKinds.map(({ collection }) => readPart(read, collection, 1, maxUrls)),
    )
    return [...listEntries(), ...documentEntries(documents.flat())]
  }
  if (part === LIST_PAGES) return listEntries()
  const match = partPattern.exec(part)
  if (!match) return null
  const documents = await readPart(
    read,
    match[1] as PublicPageCollection,
    Number(match[2]),
    maxUrls,
  )
  return documents.length ? documentEntries(documents) : null
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A sitemap index (sitemaps.org) listing the parts at these addresses. */
export const sitemapIndexXml = (urls: string[]): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n')
