import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { createLocalReq, type Payload, type TypeWithID } from 'payload'
import { mediaDir } from '@/collections/Media'

/**
 * An uploaded file's bytes, wherever uploads are kept: the media folder, or a bucket, read through
 * the storage adapter's own handler (the one that serves /api/media/file/…).
 */
export const storedFile = async (
  payload: Payload,
  doc: TypeWithID & { filename: string },
): Promise<Buffer> => {
  const { filename } = doc
  const upload = payload.collections.media.config.upload
  if (!upload.disableLocalStorage) return readFile(path.join(mediaDir, filename))
  const req = await createLocalReq({}, payload)
  for (const handler of upload.handlers ?? []) {
    const response = await handler(req, { doc, params: { collection: 'media', filename } })
    if (response?.ok) return Buffer.from(await response.arrayBuffer())
  }
  throw new Error(`The uploaded file ${filename} is not in the media storage.`)
}
