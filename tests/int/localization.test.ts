// Content is written and read in en, ja and es; missing translations fall back to English.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { startApiServer, type ApiServer } from '../helpers/httpServer'
import { validData } from '../helpers/fixtures'
import { createStaff, startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
let api: ApiServer
let auth: Record<string, string>
let releaseId: number | string

const titles = {
  en: 'Demand side of trafficking needs attention',
  ja: '人身取引の「需要側」にもっと目を向けるべき',
  es: 'El lado de la demanda de la trata necesita más atención',
}

beforeAll(async () => {
  payload = await startPayload()
  api = await startApiServer()
  ;({ auth } = await createStaff(payload))
  const release = await payload.create({
    collection: 'news-releases',
    locale: 'en',
    data: {
      ...validData['news-releases'](),
      title: titles.en,
      summary: 'English summary',
      dateline: 'New York',
    },
  })
  releaseId = release.id
  await payload.update({
    collection: 'news-releases',
    id: releaseId,
    locale: 'ja',
    data: { title: titles.ja, dateline: 'ニューヨーク', _status: 'published' },
  })
  await payload.update({
    collection: 'news-releases',
    id: releaseId,
    locale: 'es',
    data: {
      title: titles.es,
      summary: 'Resumen en español',
      dateline: 'Nueva York',
      _status: 'published',
    },
  })
})
afterAll(async () => {
  await api?.close()
  await stopPayload(payload)
})

describe('Local API', () => {
  it.each(['en', 'ja', 'es'] as const)('reads the %s version back', async (locale) => {
    const doc = await payload.findByID({ collection: 'news-releases', id: releaseId, locale })
    expect(doc.title).toBe(titles[locale])
  })

  it('a field missing in Japanese falls back to English', async () => {
    const doc = await payload.findByID({ collection: 'news-releases', id: releaseId, locale: 'ja' })
    expect(doc.summary).toBe('English summary')
    expect(doc.dateline).toBe('ニューヨーク')
  })

  it('with fallback off, the missing Japanese field is absent', async () => {
    const doc = await payload.findByID({
      collection: 'news-releases',
      id: releaseId,
      locale: 'ja',
      fallbackLocale: false,
    })
    expect(doc.summary ?? null).toBeNull()
    expect(doc.title).toBe(titles.ja)
  })

  it('locale "all" returns every language at once', async () => {
    const doc = await payload.findByID({
      collection: 'news-releases',
      id: releaseId,
      locale: 'all',
    })
    expect(doc.title).toEqual(titles)
    expect(doc.summary).toMatchObject({ en: 'English summary', es: 'Resumen en español' })
  })

  it('one slug serves every locale and comes from the English title', async () => {
    const ja = await payload.findByID({ collection: 'news-releases', id: releaseId, locale: 'ja' })
    expect(ja.slug).toBe('demand-side-of-trafficking-needs-attention')
  })
})

describe('REST over HTTP', () => {
  it.each(['en', 'ja', 'es'] as const)('?locale=%s answers that language', async (locale) => {
    const res = await fetch(`${api.url}/api/news-releases/${releaseId}?locale=${locale}`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { title: string }).title).toBe(titles[locale])
  })

  it('lists answer Japanese titles for ?locale=ja', async () => {
    const res = await fetch(`${api.url}/api/news-releases?locale=ja`)
    const body = (await res.json()) as { docs: { title: string }[] }
    expect(body.docs.map((doc) => doc.title)).toContain(titles.ja)
  })

  it('falls back to English, and not with fallback-locale=none', async () => {
    const withFallback = (await (
      await fetch(`${api.url}/api/news-releases/${releaseId}?locale=ja`)
    ).json()) as { summary?: string }
    expect(withFallback.summary).toBe('English summary')
    const without = (await (
      await fetch(`${api.url}/api/news-releases/${releaseId}?locale=ja&fallback-locale=none`)
    ).json()) as { summary?: string }
    expect(without.summary ?? null).toBeNull()
  })

  it('locale=all returns the three languages', async () => {
    const res = await fetch(`${api.url}/api/news-releases/${releaseId}?locale=all`)
    expect(((await res.json()) as { title: unknown }).title).toEqual(titles)
  })

  it('writes a translation with ?locale=es without touching the others', async () => {
    const area = await payload.create({
      collection: 'focus-areas',
      data: { title: 'Migrant workers', summary: 'Rights at work' },
    })
    const res = await fetch(`${api.url}/api/focus-areas/${area.id}?locale=es`, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Trabajadores migrantes' }),
    })
    expect(res.status).toBe(200)
    const all = await payload.findByID({ collection: 'focus-areas', id: area.id, locale: 'all' })
    expect(all.title).toMatchObject({ en: 'Migrant workers', es: 'Trabajadores migrantes' })
    expect(all.summary).toMatchObject({ en: 'Rights at work' })
  })
})

describe('English comes first', () => {
  it('a document cannot be created without its English title', async () => {
    const res = await fetch(`${api.url}/api/focus-areas?locale=ja`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: '人身取引' }),
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: { data: { errors: { path: string }[] } }[] }
    expect(body.errors[0].data.errors.map((e) => e.path)).toContain('title')
  })

  it('a translator can save a Japanese summary before the Japanese title', async () => {
    const area = await payload.create({ collection: 'focus-areas', data: { title: 'Racism' } })
    const updated = await payload.update({
      collection: 'focus-areas',
      id: area.id,
      locale: 'ja',
      data: { summary: '人種主義についての概要' },
    })
    expect(updated.summary).toBe('人種主義についての概要')
    expect(updated.title).toBe('Racism')
  })

  it('an array row keeps its English text when its Japanese text is saved', async () => {
    const area = await payload.create({
      collection: 'focus-areas',
      data: {
        title: 'Stance test',
        stance: [{ heading: 'Multiple discrimination', text: 'English text' }],
      },
    })
    const rowId = area.stance?.[0]?.id
    await payload.update({
      collection: 'focus-areas',
      id: area.id,
      locale: 'ja',
      data: { stance: [{ id: rowId, heading: '複合差別', text: '日本語の本文' }] },
    })
    const all = await payload.findByID({ collection: 'focus-areas', id: area.id, locale: 'all' })
    const row = (all.stance as unknown as { heading: Record<string, string> }[])[0]
    expect(row.heading).toMatchObject({ en: 'Multiple discrimination', ja: '複合差別' })
  })
})
