import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Block, CollectionSlug, Field, Payload, RequestContext } from 'payload'
import { PressContactsBlock } from '@/blocks/PressContacts/config'
import { defaultLocale, type Locale, locales } from '@/i18n/locales'
import {
  type ExportedDocument,
  FORMAT,
  type Manifest,
  type Progress,
  transferredCollections,
  transferredGlobals,
} from './format'
import { forLocale, plainValues } from './fields'
import { remapIds } from './remapIds'

type Data = Record<string, unknown>

export class ImportError extends Error {}

const UPLOAD_FIELDS = new Set([
  'url',
  'thumbnailURL',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'sizes',
])
const richTextBlocks: Block[] = [PressContactsBlock]

const readJson = async <T>(file: string): Promise<T> =>
  JSON.parse(await readFile(file, 'utf8')) as T

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Whether a document read with every locale has anything in `locale`: a status or a value. */
const hasLocale = (fields: Field[], doc: Data, locale: string): boolean => {
  const status = doc._status
  if (status && typeof status === 'object' && locale in status) return true
  return fields.some((field) => {
    if (!('name' in field) || !field.name || !('localized' in field) || !field.localized)
      return false
    const value = doc[field.name]
    return (
      Boolean(value) &&
      typeof value === 'object' &&
      (value as Data)[locale] !== undefined &&
      (value as Data)[locale] !== null
    )
  })
}

/**
 * Loads an export (see exportContent) into an empty database, SQLite or MongoDB, through the Local
 * API: documents get new ids there, so it first creates each one with its plain values, then writes
 * every language with its links mapped to the new ids, publishing the languages that were published
 * and saving newer drafts as drafts. Translation status is restored as it was exported.
 */
export const importContent = async (
  payload: Payload,
  dir: string,
  progress: Progress = () => {},
): Promise<Record<string, number>> => {
  const manifest = await readJson<Manifest>(path.join(dir, 'manifest.json')).catch(() => null)
  if (manifest?.format !== FORMAT)
    throw new ImportError(
      `${dir} is not a Beacon export: manifest.json is missing or of another kind.`,
    )
  for (const collection of transferredCollections) {
    const { totalDocs } = await payload.count({ collection })
    if (totalDocs > 0)
      throw new ImportError(
        `The database is not empty (${collection}: ${totalDocs}). Import into an empty database.`,
      )
  }
  const ordered: Locale[] = [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)]
  const newIds = new Map<string, unknown>()
  const key = (collection: string, id: unknown) => `${collection}:${String(id)}`
  const mapId = (collection: string, id: unknown) => newIds.get(key(collection, id))
  const files = Object.fromEntries(
    await Promise.all(
      transferredCollections.map(async (collection) => [
        collection,
        await readJson<ExportedDocument[]>(path.join(dir, `${collection}.json`)),
      ]),
    ),
  ) as Record<(typeof transferredCollections)[number], ExportedDocument[]>
  const contextFor = (source: Data): RequestContext => ({
    disableRevalidate: true,
    restoredTranslationStatus: source.translationStatus ?? null,
  })

  // First pass: every document, with what needs nothing else, so that links can be made after.
  for (const collection of transferredCollections) {
    const config = payload.collections[collection].config
    const hasDrafts = Boolean(config.versions?.drafts)
    for (const [index, exported] of files[collection].entries()) {
      const source = 'doc' in exported ? exported.doc : exported.latest
      const data = plainValues(config.fields, forLocale(config.fields, source, defaultLocale))
      let created: { id: unknown }
      if (collection === 'media') {
        const filePath = path.join(dir, 'media', String(source.filename))
        for (const name of UPLOAD_FIELDS) delete data[name]
        created = await payload.create({
          collection,
          data: data as never,
          filePath,
          locale: defaultLocale,
          context: contextFor(source),
        })
      } else {
        created = await payload.create({
          collection: collection as CollectionSlug,
          data: (hasDrafts ? { ...data, _status: 'draft' } : data) as never,
          draft: hasDrafts,
          locale: defaultLocale,
          depth: 0,
          context: contextFor(source),
        })
      }
      newIds.set(key(collection, exported.id), created.id)
      progress(`${collection} (1/2)`, index + 1, files[collection].length)
    }
  }

  // Second pass: every language of every document, links included.
  for (const collection of transferredCollections) {
    const config = payload.collections[collection].config
    const fields = config.fields as Field[]
    const inLanguage = (doc: Data, locale: string) => {
      const data = remapIds(fields, forLocale(fields, doc, locale), mapId, richTextBlocks)
      if (collection === 'media') for (const name of UPLOAD_FIELDS) delete data[name]
      return data
    }
    for (const [index, exported] of files[collection].entries()) {
      const id = mapId(collection, exported.id) as number
      const write = (
        locale: Locale,
        data: Data,
        options: { draft?: boolean; publish?: boolean },
        source: Data,
      ) =>
        payload.update({
          collection: collection as CollectionSlug,
          id,
          locale,
          data: (options.publish ? { ...data, _status: 'published' } : data) as never,
          draft: options.draft,
          ...(options.publish ? { publishSpecificLocale: locale } : {}),
          depth: 0,
          context: contextFor(source),
        })
      if ('doc' in exported) {
        // A language the document never had stays absent (no empty translation).
        for (const locale of ordered) {
          if (hasLocale(fields, exported.doc, locale))
            await write(locale, inLanguage(exported.doc, locale), {}, exported.doc)
        }
      } else {
        const { published, latest } = exported
        const status = (published._status ?? {}) as Record<string, unknown>
        // The public document's text in each language it has, then its status: published or not (yet).
        for (const locale of ordered.filter((each) => each in status)) {
          await write(locale, inLanguage(published, locale), { publish: true }, published)
          if (status[locale] !== 'published')
            await write(locale, { _status: 'draft' }, {}, published)
        }
        // Then the newer drafts, last, so that the newest version is again the newest.
        for (const locale of ordered.filter((each) => hasLocale(fields, latest, each))) {
          const draft = inLanguage(latest, locale)
          if (!(locale in status) || !same(inLanguage(published, locale), draft))
            await write(locale, draft, { draft: true }, latest)
        }
      }
      progress(`${collection} (2/2)`, index + 1, files[collection].length)
    }
  }

  for (const slug of transferredGlobals) {
    const global = await readJson<Data>(path.join(dir, 'globals', `${slug}.json`))
    const fields = payload.globals.config.find((candidate) => candidate.slug === slug)!
      .fields as Field[]
    for (const locale of ordered) {
      await payload.updateGlobal({
        slug,
        locale,
        data: remapIds(fields, forLocale(fields, global, locale), mapId, richTextBlocks) as never,
        depth: 0,
        context: { disableRevalidate: true },
      })
    }
    progress(slug, 1, 1)
  }
  return Object.fromEntries(
    transferredCollections.map((collection) => [collection, files[collection].length]),
  )
}
