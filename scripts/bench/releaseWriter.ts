// How the scale bench writes a generated release: through Payload's Local API, English first (every
// field), then each translation, as an editor and translators would; revalidation is left to the
// bench. Links to the demo content's focus areas, committees and press contacts, and to a few hero
// images drawn here (found by file name, so each is uploaded once).
import type { Client } from '@libsql/client'
import type { Payload } from 'payload'
import { isMongoUri } from '@/db/databaseUri'
import type { Locale } from '@/i18n/locales'
import { toLexical } from '@/seed/lexical'
import { drawImage } from '@/seed/media'
import { heroImages } from './data/releasePool'
import type { GeneratedRelease } from './generateReleases'

const context = { disableRevalidate: true }
const system = { depth: 0, overrideAccess: true, context } as const

/** The demo content's documents a release links to (only a hundred or so of each). */
const linked = async (payload: Payload) => {
  const list = { limit: 100, ...system }
  const [areas, committees, contacts] = await Promise.all([
    payload.find({ collection: 'focus-areas', sort: 'displayOrder', ...list }),
    payload.find({ collection: 'committees', sort: 'code', ...list }),
    payload.find({
      collection: 'contacts',
      where: { isPressContact: { equals: true } },
      sort: 'slug',
      ...list,
    }),
  ])
  return {
    areas: areas.docs.map((doc) => doc.id),
    committees: new Map(committees.docs.map((doc) => [doc.code, doc.id])),
    contacts: contacts.docs.map((doc) => doc.id),
  }
}

/** The bench's hero images, found by file name or drawn and uploaded once. */
const ensureHeroImages = async (payload: Payload): Promise<number[]> => {
  const found: number[] = []
  for (const [i, image] of heroImages.entries()) {
    const name = `bench-hero-${i + 1}.png`
    const { docs } = await payload.find({
      collection: 'media',
      where: { filename: { equals: name } },
      limit: 1,
      ...system,
    })
    if (docs[0]) {
      found.push(docs[0].id)
      continue
    }
    const data = await drawImage(image)
    const created = await payload.create({
      collection: 'media',
      locale: 'en',
      data: { alt: image.alt.en, credit: 'Beacon bench illustration' },
      file: { data, mimetype: 'image/png', name, size: data.length },
      ...system,
    })
    for (const locale of ['ja', 'es'] as const)
      await payload.update({
        collection: 'media',
        id: created.id,
        locale,
        data: { alt: image.alt[locale] },
        ...system,
      })
    found.push(created.id)
  }
  return found
}

/** Ready to write releases into the bench's database; `contacts` is how many press contacts they draw on. */
export const openWriter = async (payload: Payload) => {
  if (!isMongoUri(process.env.DATABASE_URI)) {
    const { client } = payload.db as unknown as { client: Client }
    // Each of a save's statements is its own transaction (Payload's SQLite adapter runs without
    // them) and SQLite syncs the file at every commit: this throwaway database need not survive a
    // power cut. Other writer processes hold the lock in turn, never for long.
    await client.execute('PRAGMA synchronous = OFF')
    await client.execute('PRAGMA busy_timeout = 60000')
  }
  const [{ areas, committees, contacts }, images] = await Promise.all([
    linked(payload),
    ensureHeroImages(payload),
  ])

  const write = async (release: GeneratedRelease) => {
    // Typed as the seed's writes are: Lexical's JSON and zone names are wider than Payload's generated types.
    const text = (locale: Locale) =>
      ({
        _status: release.draft ? 'draft' : 'published',
        title: release.title[locale],
        summary: release.summary[locale],
        dateline: release.dateline[locale],
        body: toLexical(release.body[locale]),
      }) as never
    const pressContacts = Array.from(
      { length: release.contactCount },
      (_, i) => contacts[(release.firstContact + i) % contacts.length],
    )
    const doc = await payload.create({
      collection: 'news-releases',
      locale: 'en',
      data: {
        ...(text('en') as object),
        slug: release.slug,
        publishedAt: release.publishedAt,
        publishedAt_tz: release.timeZone as never,
        scope: release.scope,
        committee: release.committee ? committees.get(release.committee) : null,
        focusAreas: release.focusAreas.map((area) => areas[area % areas.length]),
        pressContacts,
        heroImage: release.heroImage === undefined ? null : images[release.heroImage],
      },
      ...system,
    })
    for (const locale of release.locales.filter((l) => l !== 'en'))
      await payload.update({
        collection: 'news-releases',
        id: doc.id,
        locale,
        data: text(locale),
        ...system,
      })
  }
  return { contacts: contacts.length, write }
}
