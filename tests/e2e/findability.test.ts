// sitemap.xml, robots.txt and the news feed per locale, as search engines and feed readers see them.
import { describe, expect, it } from '@jest/globals'
import { baseUrl } from './helpers/browser'

const SOURCE_RELEASE = 'imadr-welcomes-call-to-address-demand-side-of-trafficking'
const get = async (path: string) => {
  const res = await fetch(`${baseUrl()}${path}`)
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() }
}

describe('sitemap.xml', () => {
  it('lists every page in every language it exists in, with hreflang alternates', async () => {
    const { status, text } = await get('/sitemap.xml')
    expect(status).toBe(200)
    const release = (locale: string, segment: string) =>
      `${baseUrl()}/${locale}/${segment}/${SOURCE_RELEASE}`
    expect(text).toContain(`<loc>${release('ja', 'news')}</loc>`)
    expect(text).toContain(`<loc>${release('es', 'noticias')}</loc>`)
    expect(text).toContain(`hreflang="es" href="${release('es', 'noticias')}"`)
    expect(text).toContain(`<loc>${baseUrl()}/es/aliados/wocon</loc>`)
    expect(text).toContain(`<loc>${baseUrl()}/ja/committees/japan-committee</loc>`)
  })
})

describe('robots.txt', () => {
  it('keeps crawlers out of the admin and the API and points at the sitemap', async () => {
    const { status, text } = await get('/robots.txt')
    expect(status).toBe(200)
    expect(text).toContain('Disallow: /admin')
    expect(text).toContain('Disallow: /api')
    expect(text).toContain(`Sitemap: ${baseUrl()}/sitemap.xml`)
  })
})

describe('the news feed', () => {
  it.each(['ja', 'es'])(
    '/%s/feed.xml is RSS of the releases really written in that language',
    async (locale) => {
      const { status, type, text } = await get(`/${locale}/feed.xml`)
      expect(status).toBe(200)
      expect(type).toContain('application/rss+xml')
      expect(text).toContain(`<language>${locale}</language>`)
      const titles = [...text.matchAll(/<item>[\s\S]*?<title><!\[CDATA\[(.*?)\]\]><\/title>/g)].map(
        (match) => match[1],
      )
      expect(titles.length).toBeGreaterThanOrEqual(10)
      const api = (await (
        await fetch(`${baseUrl()}/api/news-releases?locale=${locale}&fallback-locale=none&limit=50`)
      ).json()) as {
        docs: { title?: string | null }[]
      }
      const translatedTitles = new Set(api.docs.map((doc) => doc.title).filter(Boolean))
      expect(titles.filter((title) => !translatedTitles.has(title))).toEqual([])
    },
  )

  it('is linked from the pages', async () => {
    const { text } = await get('/es/noticias')
    expect(text).toMatch(
      /<link rel="alternate" type="application\/rss\+xml" href="[^"]*\/es\/feed\.xml"/,
    )
  })

  it('an unknown locale has no feed', async () => {
    expect((await get('/fr/feed.xml')).status).toBe(404)
  })
})
