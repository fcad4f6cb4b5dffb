// Uploads in an S3-compatible bucket (S3_BUCKET set): every stored size goes to the bucket and not
// to the instance's disk, the site serves them at the same addresses, and a deletion removes them.
// The bucket is s3rver's, in this process, on a folder of its own.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import S3rver from 's3rver'
import sharp from 'sharp'
import { freePort } from '../../deploy/processes.js'
import type { ApiServer } from '../helpers/httpServer'

const BUCKET = 'beacon-media'
const bucketDir = mkdtempSync(path.join(tmpdir(), 'beacon-s3-'))
const port = await freePort()
const bucketUrl = `http://127.0.0.1:${port}/${BUCKET}`
// Read by payload.config.ts when it is first imported, which the helpers below do.
Object.assign(process.env, {
  S3_BUCKET: BUCKET,
  S3_ENDPOINT: `http://127.0.0.1:${port}`,
  S3_FORCE_PATH_STYLE: 'true',
  S3_ACCESS_KEY_ID: 'S3RVER',
  S3_SECRET_ACCESS_KEY: 'S3RVER',
})
const { pngImage } = await import('../helpers/fixtures')
const { startApiServer } = await import('../helpers/httpServer')
const { startPayload, stopPayload } = await import('../helpers/payload')
const { exportContent } = await import('@/transfer/exportContent')

let store: S3rver
let payload: Payload
let api: ApiServer

beforeAll(async () => {
  store = new S3rver({
    address: '127.0.0.1',
    port,
    directory: bucketDir,
    silent: true,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  })
  await store.run()
  payload = await startPayload()
  api = await startApiServer()
})
afterAll(async () => {
  await api?.close()
  await stopPayload(payload)
  await store?.close()
  rmSync(bucketDir, { recursive: true, force: true })
})

/** What the bucket holds under `key`: its bytes, or null. */
const inBucket = async (key: string): Promise<Buffer | null> => {
  const response = await fetch(`${bucketUrl}/${encodeURIComponent(key)}`)
  return response.ok ? Buffer.from(await response.arrayBuffer()) : null
}

describe('uploads kept in an S3-compatible bucket', () => {
  let doc: Awaited<ReturnType<typeof upload>>
  const upload = async () => {
    const data = await pngImage(1600, 900)
    return payload.create({
      collection: 'media',
      data: { alt: 'Harbour at dawn' },
      file: { data, mimetype: 'image/png', name: 'harbour.png', size: data.length },
      overrideAccess: true,
    })
  }

  it('stores the original and every size in the bucket, and none on the disk', async () => {
    doc = await upload()
    const names = [doc.filename!, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]
    expect(names.filter(Boolean).length).toBeGreaterThan(5)
    for (const name of names.filter((each): each is string => Boolean(each))) {
      expect(await inBucket(name)).not.toBeNull()
      expect(existsSync(path.join(process.env.MEDIA_DIR!, name))).toBe(false)
    }
  })

  it('serves each stored size at the address the pages use', async () => {
    const webp = Object.values(doc.sizes ?? {}).find((size) => size?.mimeType === 'image/webp')
    for (const url of [doc.url!, webp!.url!]) {
      expect(url).toMatch(/^\/api\/media\/file\//)
      const response = await fetch(`${api.url}${url}`)
      expect(response.status).toBe(200)
      const served = Buffer.from(await response.arrayBuffer())
      expect(served.equals((await inBucket(path.basename(url)))!)).toBe(true)
    }
    expect((await sharp((await inBucket(webp!.filename!))!).metadata()).format).toBe('webp')
  })

  it('is exported from the bucket with the content', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'beacon-export-'))
    try {
      await exportContent(payload, dir)
      const exported = await readFile(path.join(dir, 'media', doc.filename!))
      expect(exported.equals((await inBucket(doc.filename!))!)).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('removes every stored size from the bucket when the upload is deleted', async () => {
    await payload.delete({ collection: 'media', id: doc.id, overrideAccess: true })
    expect(await inBucket(doc.filename!)).toBeNull()
    const card = doc.sizes?.card?.filename
    expect(card && (await inBucket(card))).toBeNull()
  })
})
