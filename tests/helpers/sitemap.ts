// Every document the sitemap lists, read as it reads them (a page per kind, here all at once).
import type { Payload } from 'payload'
import { sitemapReader } from '@/content/queries/sitemap'
import { publicPageKinds } from '@/documents/kinds'

export const sitemapDocuments = async (payload: Payload) => {
  const read = sitemapReader(payload)
  const counts = await read.counts()
  const pages = await Promise.all(
    publicPageKinds.map(({ collection }) =>
      read.documents(collection, 1, Math.max(1, counts[collection])),
    ),
  )
  return pages.flat()
}
