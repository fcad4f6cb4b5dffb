import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload, TypeWithID } from 'payload'
import {
  type ExportedDocument,
  FORMAT,
  FORMAT_VERSION,
  type Manifest,
  type Progress,
  transferredCollections,
  transferredGlobals,
} from './format'
import { storedFile } from './storedFile'

/**
 * Writes every document of the content collections with all its languages (and, with drafts, both
 * what is published and the latest version of each language), the site settings and the media files
 * to `dir`: manifest.json, <collection>.json, globals/<slug>.json and media/.
 */
export const exportContent = async (
  payload: Payload,
  dir: string,
  progress: Progress = () => {},
): Promise<Manifest> => {
  await mkdir(path.join(dir, 'globals'), { recursive: true })
  await mkdir(path.join(dir, 'media'), { recursive: true })
  const counts: Record<string, number> = {}
  for (const collection of transferredCollections) {
    const hasDrafts = Boolean(payload.collections[collection].config.versions?.drafts)
    const read = (draft: boolean) =>
      payload.find({
        collection,
        locale: 'all',
        depth: 0,
        limit: 0,
        pagination: false,
        draft,
        sort: 'id',
        showHiddenFields: true,
      })
    const published = (await read(false)).docs as unknown as Record<string, unknown>[]
    const latest = hasDrafts
      ? new Map(
          ((await read(true)).docs as unknown as Record<string, unknown>[]).map((doc) => [
            doc.id,
            doc,
          ]),
        )
      : null
    const documents: ExportedDocument[] = []
    for (const [index, doc] of published.entries()) {
      documents.push(
        latest
          ? { id: doc.id as number, published: doc, latest: latest.get(doc.id) ?? doc }
          : { id: doc.id as number, doc },
      )
      if (collection === 'media' && typeof doc.filename === 'string')
        await writeFile(
          path.join(dir, 'media', doc.filename),
          await storedFile(payload, doc as TypeWithID & { filename: string }),
        )
      progress(collection, index + 1, published.length)
    }
    if (published.length === 0) progress(collection, 0, 0)
    await writeFile(path.join(dir, `${collection}.json`), JSON.stringify(documents, null, 1))
    counts[collection] = documents.length
  }
  for (const slug of transferredGlobals) {
    const global = await payload.findGlobal({ slug, locale: 'all', depth: 0 })
    await writeFile(path.join(dir, 'globals', `${slug}.json`), JSON.stringify(global, null, 1))
    progress(slug, 1, 1)
  }
  const manifest: Manifest = {
    format: FORMAT,
    version: FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    locales: (payload.config.localization || { localeCodes: [] }).localeCodes,
    counts,
  }
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1))
  return manifest
}
