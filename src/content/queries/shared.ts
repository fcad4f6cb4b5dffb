import type { CollectionSlug, Payload, Where } from 'payload'
import { blockContactIds, isPressContactsBlock } from '@/documents/blockContactIds'
import { relationId } from '@/lib/relationId'
import type { Locale } from '@/i18n/locales'
import { translate } from '../translated'
import type { FocusAreaLink, Image, NewsReleaseSummary, PressContact, Scope, Seo } from '../types'

// Documents come back with locale "all": localized fields are { en, ja, es } objects.
export type Raw = Record<string, any>

/** How a document is read: as the public sees it, or its latest drafts for staff in draft mode. */
export interface ReadOptions {
  draft?: boolean
}

/**
 * One published document by slug, with every locale, as the anonymous reader sees it: drafts and
 * staff-only fields never reach the public site. In draft mode (staff only, see /next/preview) it
 * is the latest version of every language instead; the mappers still take public fields only.
 */
export const findOneBySlug = async (payload: Payload, collection: CollectionSlug, slug: string, { draft = false }: ReadOptions = {}): Promise<Raw | undefined> => {
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    draft,
    overrideAccess: draft,
  })
  return docs[0] as Raw | undefined
}

/** The related documents that came back populated (an id alone means the reader may not see it). */
export const populated = (value: unknown): Raw[] =>
  (Array.isArray(value) ? value : []).filter((item): item is Raw => Boolean(item) && typeof item === 'object')

export const toFocusAreaLinks = (value: unknown, locale: Locale): FocusAreaLink[] =>
  populated(value).map((area) => ({ slug: area.slug, title: translate(area.title, locale) }))

export const toImage = (media: unknown, locale: Locale): Image | undefined => {
  const doc = media as Raw | null | undefined
  if (!doc || typeof doc !== 'object' || !doc.url) return undefined
  return { url: doc.url, alt: translate(doc.alt, locale), width: doc.width ?? null, height: doc.height ?? null }
}

export const toSeo = (meta: unknown, locale: Locale): Seo => {
  const doc = (meta ?? {}) as Raw
  return { title: translate(doc.title, locale), description: translate(doc.description, locale), image: toImage(doc.image, locale) }
}

export const toNewsReleaseSummary = (doc: Raw, locale: Locale): NewsReleaseSummary => ({
  slug: doc.slug,
  title: translate(doc.title, locale),
  summary: translate(doc.summary, locale),
  dateline: translate(doc.dateline, locale),
  publishedAt: doc.publishedAt,
  timeZone: doc.publishedAt_tz ?? 'UTC',
  scope: doc.scope as Scope,
})

/** Only public fields: the query runs without access rights, so staff-only fields never arrive. */
export const toPressContact = (doc: Raw, locale: Locale): PressContact => ({
  slug: doc.slug,
  name: doc.name,
  nameLatin: doc.nameLatin ?? null,
  role: translate(doc.role, locale),
  office: translate(doc.office, locale),
  email: doc.email ?? null,
  phones: (doc.phones ?? []).map((phone: Raw) => ({ kind: phone.kind, number: phone.number })),
  languages: doc.languages ?? [],
  timeZone: doc.timeZone,
})

export const newsReleaseSummarySelect = {
  slug: true,
  title: true,
  summary: true,
  dateline: true,
  publishedAt: true,
  publishedAt_tz: true,
  scope: true,
} as const

/** The newest published releases matching `where`, as the public sees them. */
export const latestReleases = async (payload: Payload, locale: Locale, where: Where, limit: number): Promise<NewsReleaseSummary[]> => {
  const { docs } = await payload.find({
    collection: 'news-releases',
    locale: 'all',
    where,
    sort: '-publishedAt',
    limit,
    depth: 0,
    overrideAccess: false,
    select: newsReleaseSummarySelect,
  })
  return docs.map((doc) => toNewsReleaseSummary(doc as Raw, locale))
}

/**
 * The documents with these ids that the anonymous reader may see, in every language, in the order
 * of the ids (the editor's order); those the reader may not see are left out.
 */
export const publicDocs = async (payload: Payload, collection: CollectionSlug, ids: unknown[], where?: Where): Promise<Raw[]> => {
  const wanted = [...new Set(ids.map(relationId).filter((id) => id !== undefined && id !== null))]
  if (wanted.length === 0) return []
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    where: where ? { and: [{ id: { in: wanted } }, where] } : { id: { in: wanted } },
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc as Raw]))
  return ids.map((id) => byId.get(String(relationId(id)))).filter((doc): doc is Raw => Boolean(doc))
}

/** Contacts shown to the public: only those still flagged as press contacts, wherever they are linked. */
export const toPublicPressContacts = (value: unknown, locale: Locale): PressContact[] =>
  populated(value)
    .filter((contact) => contact.isPressContact)
    .map((contact) => toPressContact(contact, locale))

type LexicalNode = { type?: string; fields?: Raw; children?: LexicalNode[] }

/**
 * Inline blocks of rich text as the reader may see them. A press-contact block's contacts are read
 * again, in every language and without access rights (inside rich text Payload fills them in one
 * language only), so the block shows only contacts still flagged for the press, with only their
 * public fields, in the reader's language, in the editor's order.
 */
export const withPublicBlocks = async <T>(payload: Payload, state: T, locale: Locale): Promise<T> => {
  const root = (state as { root?: LexicalNode } | null)?.root
  const contactIds = blockContactIds(state)
  if (!root || contactIds.length === 0) return state
  const contacts = await publicDocs(payload, 'contacts', contactIds, { isPressContact: { equals: true } })
  const byId = new Map(contacts.map((doc) => [String(doc.id), toPressContact(doc, locale)]))
  const visit = (node: LexicalNode): LexicalNode => {
    if (isPressContactsBlock(node)) {
      const contacts = (node.fields?.contacts ?? []).map((contact: unknown) => byId.get(String(relationId(contact)))).filter(Boolean)
      return { ...node, fields: { ...node.fields, contacts } }
    }
    return node.children ? { ...node, children: node.children.map(visit) } : node
  }
  return { ...state, root: visit(root) } as T
}
