// Embargoes on the running site: an embargoed release is nowhere public, journalists read it through
// a secret embargo link (banner in their language, never indexed or cached), a revoked, expired or
// wrong link is a 404, and at the embargo time the release publishes itself and appears in the lists.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { BrowserContext } from 'playwright-core'
import { adminHeaders, api } from './helpers/api'
import { baseUrl, launchBrowser } from './helpers/browser'

const EMBARGOED = 'latin-american-base-updates-report-on-trafficking-in-women-in-argentina'

let context: BrowserContext
let close: () => Promise<void>
let admin: Record<string, string>
let seededToken: string

beforeAll(async () => {
  const browser = await launchBrowser()
  context = browser.context
  close = browser.close
  admin = await adminHeaders()
  const links = await api('GET', '/embargo-links?depth=0', undefined, admin)
  seededToken = links.body.docs[0].token
})
afterAll(async () => {
  await close?.()
})

const get = (path: string) => fetch(`${baseUrl()}${path}`, { redirect: 'manual' })
const waitFor = async (check: () => Promise<boolean>, seconds: number) => {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}

describe('before the embargo', () => {
  it('the release is not on its page, the news list, search, the feed, the sitemap or the API', async () => {
    expect((await get(`/en/news/${EMBARGOED}`)).status).toBe(404)
    expect((await get(`/es/noticias/${EMBARGOED}`)).status).toBe(404)
    for (const path of [
      '/en/news',
      '/ja/news',
      '/en/search?q=cross-border%20routes',
      '/en/feed.xml',
      '/sitemap.xml',
      `/api/news-releases?where[slug][equals]=${EMBARGOED}`,
    ]) {
      const body = await (await get(path)).text()
      expect({ path, leaked: body.includes(EMBARGOED) }).toEqual({ path, leaked: false })
    }
  })
})

describe('the embargo link', () => {
  it('shows the release with an embargo banner in the reader’s language, its contacts reachable', async () => {
    const page = await context.newPage()
    const response = await page.goto(`${baseUrl()}/ja/news/embargoed/${seededToken}`)
    expect(response?.status()).toBe(200)
    const banner = page.locator('.embargo-banner')
    await expect(banner.innerText()).resolves.toMatch(
      /解禁日時：\d{4}年\d{1,2}月\d{1,2}日.*10:00.*アルゼンチン標準時/,
    )
    await expect(page.locator('h1').innerText()).resolves.toContain('ラテンアメリカ・ベース')
    const tel = page.locator('.press-contacts a[href^="tel:"]').first()
    expect(await tel.getAttribute('href')).toMatch(/^tel:\+\d+$/)

    await page.goto(`${baseUrl()}/es/noticias/bajo-embargo/${seededToken}`)
    await expect(page.locator('.embargo-banner').innerText()).resolves.toMatch(
      /Embargo hasta el .* 10:00 .*hora estándar de Argentina/,
    )
    await page.goto(`${baseUrl()}/en/news/embargoed/${seededToken}`)
    await expect(page.locator('.embargo-banner').innerText()).resolves.toMatch(
      /Embargoed until .* 10:00 AM Argentina Standard Time/,
    )
    await page.close()
  })

  it('still opens at the address it was first sent under (/news/preview/…), redirected for good', async () => {
    for (const [before, after] of [
      ['/en/news/preview/', '/en/news/embargoed/'],
      ['/ja/news/preview/', '/ja/news/embargoed/'],
      ['/es/noticias/vista-previa/', '/es/noticias/bajo-embargo/'],
    ]) {
      const response = await get(`${before}${seededToken}`)
      expect(response.status).toBe(308)
      expect(new URL(response.headers.get('location')!, baseUrl()).pathname).toBe(
        `${after}${seededToken}`,
      )
    }
  })

  it('is kept out of search engines, caches and Referer headers', async () => {
    const response = await get(`/en/news/embargoed/${seededToken}`)
    expect(response.headers.get('x-robots-tag')).toContain('noindex')
    expect(response.headers.get('cache-control')).toMatch(/no-store/)
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    const html = await response.text()
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow, nocache"/)
  })

  it('a wrong token, a revoked link and an expired link are 404s', async () => {
    expect((await get(`/en/news/embargoed/${'x'.repeat(43)}`)).status).toBe(404)
    expect((await get('/en/news/embargoed/short')).status).toBe(404)

    const release = (
      await api('GET', `/news-releases?where[slug][equals]=${EMBARGOED}&depth=0`, undefined, admin)
    ).body.docs[0]
    const created = await api(
      'POST',
      '/embargo-links',
      { release: release.id, expiresAt: new Date(Date.now() + 4000).toISOString() },
      admin,
    )
    expect(created.status).toBe(201)
    const token = created.body.doc.token
    expect((await get(`/en/news/embargoed/${token}`)).status).toBe(200)
    await new Promise((resolve) =>
      setTimeout(resolve, Date.parse(created.body.doc.expiresAt) - Date.now() + 200),
    )
    expect((await get(`/en/news/embargoed/${token}`)).status).toBe(404)

    const revocable = await api('POST', '/embargo-links', { release: release.id }, admin)
    expect((await get(`/en/news/embargoed/${revocable.body.doc.token}`)).status).toBe(200)
    expect(
      (await api('PATCH', `/embargo-links/${revocable.body.doc.id}`, { revoked: true }, admin))
        .status,
    ).toBe(200)
    expect((await get(`/en/news/embargoed/${revocable.body.doc.token}`)).status).toBe(404)
  })
})

describe('at the embargo time', () => {
  it('the release publishes itself and the news list, already cached, shows it', async () => {
    const slug = `embargo-lifts-${Date.now()}`
    // Cache the list first, so the test sees it refreshed rather than rendered for the first time.
    expect(await (await get('/en/news')).text()).not.toContain(slug)
    const embargoUntil = new Date(Date.now() + 6000).toISOString()
    const created = await api(
      'POST',
      '/news-releases?draft=true',
      {
        title: 'Embargo lifts on time',
        slug,
        scope: 'global',
        embargoUntil,
        embargoUntil_tz: 'Asia/Tokyo',
        _status: 'draft',
      },
      admin,
    )
    expect(created.status).toBe(201)
    expect((await get(`/en/news/${slug}`)).status).toBe(404)
    expect(await (await get('/en/news')).text()).not.toContain(slug)

    const appeared = await waitFor(
      async () => (await (await get('/en/news')).text()).includes(`/en/news/${slug}`),
      40,
    )
    expect(appeared).toBe(true)
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(embargoUntil))
    expect((await get(`/en/news/${slug}`)).status).toBe(200)

    // An embargo link to a release that is now public sends the reader to the real page.
    const link = await api('POST', '/embargo-links', { release: created.body.doc.id }, admin)
    const redirect = await get(`/en/news/embargoed/${link.body.doc.token}`)
    expect([307, 308]).toContain(redirect.status)
    expect(redirect.headers.get('location')).toContain(`/en/news/${slug}`)
  })
})
