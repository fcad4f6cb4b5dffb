import type { Payload } from 'payload'
import sharp from 'sharp'
import { locales } from '@/i18n/locales'
import { media } from './data/media'
import type { MediaSeed } from './types'
import { type IdMap, seedContext } from './upsert'

const WIDTH = 1600
const HEIGHT = 900

// Abstract images drawn here: no photographs of real people in demo data (the bench draws its own too).
export const drawImage = async ({
  colors: [from, to],
}: Pick<MediaSeed, 'colors'>): Promise<Buffer> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${WIDTH * 0.72}" cy="${HEIGHT * 0.38}" r="${HEIGHT * 0.34}" fill="#ffffff" fill-opacity="0.10"/>
    <circle cx="${WIDTH * 0.28}" cy="${HEIGHT * 0.74}" r="${HEIGHT * 0.22}" fill="#ffffff" fill-opacity="0.08"/>
    <path d="M0 ${HEIGHT * 0.8} C ${WIDTH * 0.3} ${HEIGHT * 0.6}, ${WIDTH * 0.6} ${HEIGHT * 0.95}, ${WIDTH} ${HEIGHT * 0.7}" stroke="#ffffff" stroke-opacity="0.25" stroke-width="6" fill="none"/>
  </svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/** Media are matched by file name, so a second run adds no copies. */
export const seedMedia = async (payload: Payload): Promise<IdMap> => {
  const ids: IdMap = new Map()
  for (const item of media) {
    const filename = `${item.key}.png`
    const found = await payload.find({
      collection: 'media',
      where: { filename: { equals: filename } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    let id = found.docs[0]?.id
    if (id === undefined) {
      const data = await drawImage(item)
      const created = await payload.create({
        collection: 'media',
        data: { alt: item.alt.en, credit: item.credit },
        file: { data, mimetype: 'image/png', name: filename, size: data.length },
        locale: 'en',
        overrideAccess: true,
        context: seedContext,
      })
      id = created.id
    }
    for (const locale of locales) {
      await payload.update({
        collection: 'media',
        id,
        data: { alt: item.alt[locale], credit: item.credit },
        locale,
        overrideAccess: true,
        context: seedContext,
      })
    }
    ids.set(item.key, id)
  }
  return ids
}
