// Slugs: ASCII, unique per collection, never empty, from the English title, editable.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { slugify } from '@/lib/slugify'
import { validData } from '../helpers/fixtures'
import { startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await stopPayload(payload)
})

describe('slugify', () => {
  it('folds accents and punctuation into ASCII words', () => {
    expect(slugify('Niñas y mujeres: ¡la trata en Argentina!')).toBe(
      'ninas-y-mujeres-la-trata-en-argentina',
    )
    expect(slugify("IOM's call — demand side")).toBe('ioms-call-demand-side')
  })
  it('gives nothing for Japanese, which the hook then replaces', () => {
    expect(slugify('人身取引と搾取的な移住')).toBe('')
  })
})

describe('generated slugs', () => {
  it('come from the English title', async () => {
    const doc = await payload.create({
      collection: 'focus-areas',
      data: { title: 'Human Trafficking & Exploitative Migration' },
    })
    expect(doc.slug).toBe('human-trafficking-exploitative-migration')
  })

  it('a Japanese-only title still gets a usable ASCII slug', async () => {
    const doc = await payload.create({
      collection: 'news-releases',
      data: { ...validData['news-releases'](), title: '人身取引に関する声明' },
    })
    expect(doc.slug).toMatch(/^news-[0-9a-f]{6}$/)
  })

  it('a clash with an existing slug is numbered instead of failing', async () => {
    const first = await payload.create({
      collection: 'partners',
      data: { name: 'Women’s Network', country: 'AR' },
    })
    const second = await payload.create({
      collection: 'partners',
      data: { name: 'Women’s Network', country: 'NP' },
    })
    expect(first.slug).toBe('womens-network')
    expect(second.slug).toBe('womens-network-2')
  })

  it('contacts take their slug from the Latin-script name', async () => {
    const doc = await payload.create({
      collection: 'contacts',
      data: { name: '佐藤 由紀', nameLatin: 'Yuki Sato', timeZone: 'Asia/Tokyo' },
    })
    expect(doc.slug).toBe('yuki-sato')
  })

  it('stay the same when the title changes, or a translation is saved', async () => {
    const doc = await payload.create({
      collection: 'focus-areas',
      data: { title: 'Racism and discrimination' },
    })
    await payload.update({
      collection: 'focus-areas',
      id: doc.id,
      locale: 'ja',
      data: { title: '人種主義と差別' },
    })
    const renamed = await payload.update({
      collection: 'focus-areas',
      id: doc.id,
      data: { title: 'Racism' },
    })
    expect(renamed.slug).toBe('racism-and-discrimination')
  })

  it('an editor can set one, and an emptied slug is made again from the English title', async () => {
    const doc = await payload.create({
      collection: 'focus-areas',
      data: { title: 'Safe migration', slug: 'Migración Segura' },
    })
    expect(doc.slug).toBe('migracion-segura')
    const emptied = await payload.update({
      collection: 'focus-areas',
      id: doc.id,
      locale: 'es',
      data: { slug: '' },
    })
    expect(emptied.slug).toBe('safe-migration')
  })
})
