// Create, read, update and delete in every collection, through the Local API and through REST over HTTP.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import { startApiServer, type ApiServer } from '../helpers/httpServer'
import { pngImage, updateOf, uploadFile, validData } from '../helpers/fixtures'
import { createStaff, startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
let api: ApiServer
let auth: Record<string, string>

beforeAll(async () => {
  payload = await startPayload()
  api = await startApiServer()
  ;({ auth } = await createStaff(payload))
})
afterAll(async () => {
  await api?.close()
  await stopPayload(payload)
})

const jsonCollections = Object.keys(validData) as (keyof typeof validData)[]

describe.each(jsonCollections)('%s', (collection) => {
  const { field, value } = updateOf[collection]

  it('create, read, update and delete through the Local API', async () => {
    const data = validData[collection]()
    const created = (await payload.create({
      collection: collection as CollectionSlug,
      data: data as never,
    })) as unknown as Record<string, unknown>
    expect(created.id).toBeDefined()

    const read = (await payload.findByID({
      collection: collection as CollectionSlug,
      id: created.id as string,
      draft: true,
    })) as unknown as Record<string, unknown>
    const keyField = 'title' in data ? 'title' : 'name' in data ? 'name' : 'email'
    expect(read[keyField]).toBe((data as Record<string, unknown>)[keyField])

    const updated = (await payload.update({
      collection: collection as CollectionSlug,
      id: created.id as string,
      data: { [field]: value } as never,
    })) as unknown as Record<string, unknown>
    expect(updated[field]).toBe(value)
    const reread = (await payload.findByID({
      collection: collection as CollectionSlug,
      id: created.id as string,
      draft: true,
    })) as unknown as Record<string, unknown>
    expect(reread[field]).toBe(value)

    await payload.delete({ collection: collection as CollectionSlug, id: created.id as string })
    const after = await payload.find({
      collection: collection as CollectionSlug,
      where: { id: { equals: created.id } },
      draft: true,
    })
    expect(after.totalDocs).toBe(0)
  })

  it('create, read, update and delete through REST', async () => {
    const data = validData[collection]()
    const headers = { ...auth, 'Content-Type': 'application/json' }
    const createRes = await fetch(`${api.url}/api/${collection}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(data),
    })
    expect(createRes.status).toBe(201)
    const { doc } = (await createRes.json()) as { doc: Record<string, unknown> }

    const readRes = await fetch(`${api.url}/api/${collection}/${doc.id}?draft=true`, {
      headers: auth,
    })
    expect(readRes.status).toBe(200)
    const read = (await readRes.json()) as Record<string, unknown>
    expect(read.id).toBe(doc.id)

    const patchRes = await fetch(`${api.url}/api/${collection}/${doc.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ [field]: value }),
    })
    expect(patchRes.status).toBe(200)
    expect(((await patchRes.json()) as { doc: Record<string, unknown> }).doc[field]).toBe(value)

    const deleteRes = await fetch(`${api.url}/api/${collection}/${doc.id}`, {
      method: 'DELETE',
      headers: auth,
    })
    expect(deleteRes.status).toBe(200)
    const goneRes = await fetch(`${api.url}/api/${collection}/${doc.id}?draft=true`, {
      headers: auth,
    })
    expect(goneRes.status).toBe(404)
  })
})

describe('media', () => {
  it('an upload through the Local API is resized by sharp, read, updated and deleted', async () => {
    const created = await payload.create({
      collection: 'media',
      data: { alt: 'Abstract blue shapes' },
      file: await uploadFile('local.png'),
    })
    expect(created.mimeType).toBe('image/png')
    expect(created.width).toBe(800)
    expect(created.sizes?.thumbnail?.width).toBe(320)
    expect(created.sizes?.card?.width).toBe(768)

    const updated = await payload.update({
      collection: 'media',
      id: created.id,
      data: { credit: updateOf.media.value },
    })
    expect(updated.credit).toBe(updateOf.media.value)

    await payload.delete({ collection: 'media', id: created.id })
    expect(
      (await payload.find({ collection: 'media', where: { id: { equals: created.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('an upload through REST (multipart) is stored, served, updated and deleted', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await pngImage())], { type: 'image/png' }),
      'rest-upload.png',
    )
    form.append('_payload', JSON.stringify({ alt: 'Abstract shapes', credit: 'Test' }))
    const createRes = await fetch(`${api.url}/api/media`, {
      method: 'POST',
      headers: auth,
      body: form,
    })
    expect(createRes.status).toBe(201)
    const { doc } = (await createRes.json()) as {
      doc: { id: string; filename: string; url: string; sizes: { thumbnail: { width: number } } }
    }
    expect(doc.filename).toBe('rest-upload.png')
    expect(doc.sizes.thumbnail.width).toBe(320)

    const fileRes = await fetch(`${api.url}/api/media/file/${doc.filename}`)
    expect(fileRes.status).toBe(200)
    expect(fileRes.headers.get('content-type')).toContain('image/png')

    const patchRes = await fetch(`${api.url}/api/media/${doc.id}`, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ credit: updateOf.media.value }),
    })
    expect(patchRes.status).toBe(200)

    const deleteRes = await fetch(`${api.url}/api/media/${doc.id}`, {
      method: 'DELETE',
      headers: auth,
    })
    expect(deleteRes.status).toBe(200)
    expect((await fetch(`${api.url}/api/media/${doc.id}`, { headers: auth })).status).toBe(404)
  })
})
