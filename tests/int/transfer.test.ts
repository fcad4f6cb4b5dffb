// Export and import: the seeded content (with drafts, a language unpublished and outdated
// translations) is exported, the database wiped, the export imported, and every document compared
// in every language: text, links, publication status per language, drafts and translation status.
import { mkdtempSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Field, Payload } from 'payload'

jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: () => undefined,
  unstable_cache: (fn: () => unknown) => fn,
}))
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { startPayload, stopPayload } = await import('../helpers/payload')
const { seed } = await import('@/seed')
const { exportContent } = await import('@/transfer/exportContent')
const { ImportError, importContent } = await import('@/transfer/importContent')
const { forLocale } = await import('@/transfer/fields')
const { remapIds } = await import('@/transfer/remapIds')
const { transferredCollections } = await import('@/transfer/format')
const { PressContactsBlock } = await import('@/blocks/PressContacts/config')
const { locales } = await import('@/i18n/locales')

type Data = Record<string, any>
type Exported = { id: number; doc?: Data; published?: Data; latest?: Data }

let payload: Payload
const before = mkdtempSync(path.join(tmpdir(), 'beacon-export-a-'))
const after = mkdtempSync(path.join(tmpdir(), 'beacon-export-b-'))
const steps = new Set<string>()

beforeAll(async () => {
  payload = await startPayload()
  await seed(payload)
  // States an export must keep: a newer Japanese draft over a published release, a Spanish page
  // unpublished on its own, and a focus area that was never published.
  const release = (
    await payload.find({ collection: 'news-releases', limit: 1, sort: 'publishedAt' })
  ).docs[0]
  await payload.update({
    collection: 'news-releases',
    id: release.id,
    locale: 'ja',
    draft: true,
    data: { summary: '下書きの概要（未公開）' },
  })
  const committee = (await payload.find({ collection: 'committees', limit: 1 })).docs[0]
  await payload.update({
    collection: 'committees',
    id: committee.id,
    locale: 'es',
    data: { _status: 'draft' },
  })
  await payload.create({
    collection: 'focus-areas',
    locale: 'en',
    draft: true,
    data: { title: 'Never published', _status: 'draft' },
  })

  await exportContent(payload, before, (step) => steps.add(step))
  // Wipe: every document the export holds (their versions and media files go with them), and the
  // embargo links that point at releases (not exported: they are handed to journalists).
  await payload.delete({ collection: 'embargo-links', where: { id: { exists: true } } })
  for (const collection of [...transferredCollections].reverse())
    await payload.delete({ collection, where: { id: { exists: true } } })
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  await importContent(payload, before, (step) => steps.add(step))
  await exportContent(payload, after)
}, 600_000)
afterAll(async () => stopPayload(payload))

const read = async (dir: string, collection: string) =>
  JSON.parse(await readFile(path.join(dir, `${collection}.json`), 'utf8')) as Exported[]

/** Each document under a key that survives new ids (slug, or file name), links written as keys too. */
const canonical = async (dir: string) => {
  const files = Object.fromEntries(
    await Promise.all(transferredCollections.map(async (c) => [c, await read(dir, c)] as const)),
  )
  const keyOf = new Map<string, string>()
  for (const collection of transferredCollections) {
    for (const item of files[collection]) {
      const doc = item.doc ?? item.published!
      keyOf.set(`${collection}:${item.id}`, `${collection}:${doc.slug ?? doc.filename}`)
    }
  }
  const toKey = (collection: string, id: unknown) =>
    keyOf.get(`${collection}:${id}`) ?? `missing ${collection}:${id}`
  const out: Record<string, Data> = {}
  for (const collection of transferredCollections) {
    const fields = payload.collections[collection].config.fields as Field[]
    for (const item of files[collection]) {
      const versions = item.doc
        ? { doc: item.doc }
        : { published: item.published!, latest: item.latest! }
      const entry: Data = {}
      for (const [name, doc] of Object.entries(versions)) {
        entry[name] = {
          status: doc._status ?? null,
          translationStatus: doc.translationStatus ?? null,
          ...Object.fromEntries(
            locales.map((locale) => [
              locale,
              remapIds(fields, forLocale(fields, doc, locale), toKey, [PressContactsBlock]),
            ]),
          ),
        }
      }
      out[toKey(collection, item.id)] = entry
    }
  }
  return out
}

describe('export, wipe, import', () => {
  it('gives back every document in every language, links, drafts, statuses and translation status included', async () => {
    const [a, b] = await Promise.all([canonical(before), canonical(after)])
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort())
    expect(Object.keys(a).length).toBeGreaterThan(40)
    for (const key of Object.keys(a)) expect([key, b[key]]).toEqual([key, a[key]])
  })

  it('keeps what the public sees and what staff see apart, as before', async () => {
    const release = (
      await payload.find({
        collection: 'news-releases',
        limit: 1,
        sort: 'publishedAt',
        locale: 'ja',
      })
    ).docs[0]
    expect(release.summary).not.toBe('下書きの概要（未公開）')
    const latest = await payload.findByID({
      collection: 'news-releases',
      id: release.id,
      locale: 'ja',
      draft: true,
    })
    expect(latest.summary).toBe('下書きの概要（未公開）')
    const hidden = await payload.find({
      collection: 'focus-areas',
      where: { title: { equals: 'Never published' } },
      overrideAccess: false,
      locale: 'en',
    })
    expect(hidden.totalDocs).toBe(0)
  })

  it('brings the media files back', async () => {
    const media = await payload.find({ collection: 'media', limit: 0, pagination: false })
    expect(media.docs.length).toBeGreaterThan(0)
    for (const doc of media.docs) {
      const file = await readFile(path.join(process.env.MEDIA_DIR!, doc.filename!))
      expect(file.length).toBe(doc.filesize)
    }
  })

  it('reports progress for every step', () => {
    for (const collection of transferredCollections) {
      expect(steps).toContain(collection)
      expect(steps).toContain(`${collection} (2/2)`)
    }
  })

  it('refuses a database that is not empty, and a folder that is not an export, with a clear message', async () => {
    await expect(importContent(payload, before)).rejects.toThrow(ImportError)
    await expect(importContent(payload, before)).rejects.toThrow(/not empty/)
    await expect(importContent(payload, tmpdir())).rejects.toThrow(/not a Beacon export/)
  })
})
