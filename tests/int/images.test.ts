// Uploaded images as the pages get them: stored in the widths the layouts need (WebP), offered
// narrowest first, each as a path on this site.
import { afterEach, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { mediaDir } from '@/collections/Media'
import { toImage } from '@/content/queries/image'
import { inAllLocales } from '@/content/raw'
import { sitePath } from '@/lib/siteUrl'
import { pngImage } from '../helpers/fixtures'
import { withPayload } from '../helpers/payload'

let payload: Payload
withPayload((started) => (payload = started))

/** The stored file behind a media URL, as the server would serve it from the media folder. */
const storedFile = async (url: string) => {
  const { format, width } = await sharp(path.join(mediaDir, path.basename(url))).metadata()
  return { format, width }
}

/** Uploads a PNG of this size, and reads it back in every language, as the read layer does. */
const upload = async (name: string, width: number, height: number) => {
  const data = await pngImage(width, height)
  const { id } = await payload.create({
    collection: 'media',
    data: { alt: `An image ${width} wide` },
    file: { data, mimetype: 'image/png', name, size: data.length },
    locale: 'en',
    overrideAccess: true,
  })
  const doc = await payload.findByID({ collection: 'media', id, locale: 'all', depth: 0 })
  return inAllLocales('media', [doc])[0]
}

describe('an uploaded image', () => {
  it('wider than every size is offered in each width, as WebP, and not as the original', async () => {
    const image = toImage(await upload('wide.png', 2400, 1350), 'en')
    expect(image?.widths.map(({ width }) => width)).toEqual([80, 400, 672, 1008, 1344])
    for (const { url, width } of image?.widths ?? []) {
      expect(url).toMatch(new RegExp(`^/api/media/file/wide-${width}x\\d+\\.webp$`))
      const file = await storedFile(url)
      expect(file.format).toBe('webp')
      expect(file.width).toBe(width)
    }
    expect(image?.url).toBe('/api/media/file/wide.png')
    expect([image?.width, image?.height]).toEqual([2400, 1350])
  })

  it('narrower than the widest size is offered in the widths below it, and as itself', async () => {
    const image = toImage(await upload('logo-sized.png', 256, 256), 'ja')
    expect(image?.widths).toEqual([
      { url: '/api/media/file/logo-sized-80x80.webp', width: 80 },
      { url: '/api/media/file/logo-sized.png', width: 256 },
    ])
    // Its alternative text, in English as the fallback for the Japanese page.
    expect(image?.alt).toEqual({ value: 'An image 256 wide', lang: 'en', isFallback: true })
  })

  it('smaller than every size is offered as itself alone', async () => {
    const image = toImage(await upload('tiny.png', 48, 48), 'en')
    expect(image?.widths).toEqual([])
    expect(image?.url).toBe('/api/media/file/tiny.png')
  })
})

describe('sitePath', () => {
  const serverUrl = process.env.SERVER_URL
  afterEach(() => {
    if (serverUrl === undefined) delete process.env.SERVER_URL
    else process.env.SERVER_URL = serverUrl
  })

  it('makes this site’s URLs paths, so they work on whichever host served the page', () => {
    process.env.SERVER_URL = 'https://beacon.example.org'
    expect(sitePath('https://beacon.example.org/api/media/file/a.webp')).toBe(
      '/api/media/file/a.webp',
    )
    expect(sitePath('https://cdn.example.net/a.webp')).toBe('https://cdn.example.net/a.webp')
    expect(sitePath('https://beacon.example.org.evil.test/a.webp')).toBe(
      'https://beacon.example.org.evil.test/a.webp',
    )
  })
})
