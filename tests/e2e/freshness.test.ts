// A change published through the API is live on its page and in the list without a restart.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { BrowserContext } from 'playwright-core'
import { adminHeaders, api } from './helpers/api'
import { baseUrl, launchBrowser } from './helpers/browser'
import { SETTLE_PASSES_MS } from '@/revalidation/revalidateTags'

let context: BrowserContext
let close: () => Promise<void>
let auth: Record<string, string>
beforeAll(async () => {
  ;({ context, close } = await launchBrowser())
  auth = await adminHeaders()
})
afterAll(async () => {
  await close?.()
})

const newsTitles = async (path = '/en/news') => {
  const page = await context.newPage()
  await page.goto(`${baseUrl()}${path}`)
  const titles = await page.locator('.release-card__title').allInnerTexts()
  await page.close()
  return titles
}

// A render already under way when a change commits can be stored just after it; the later
// revalidations, 2 s and 8 s after (src/revalidation/revalidateTags.ts), replace it. Lists, pages and
// the feed are therefore checked for the change within those seconds, which is what readers are promised.
const SETTLED_WITHIN_MS = Math.max(...SETTLE_PASSES_MS) + 2000
const newsTitlesOnceSettled = async (settled: (titles: string[]) => boolean, path = '/en/news') => {
  const deadline = Date.now() + SETTLED_WITHIN_MS
  let titles = await newsTitles(path)
  while (!settled(titles) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    titles = await newsTitles(path)
  }
  return titles
}

// The same window for a page: reloaded until it shows the change.
const reloadUntil = async (page: import('playwright-core').Page, shows: () => Promise<boolean>) => {
  const deadline = Date.now() + SETTLED_WITHIN_MS
  await page.reload()
  while (!(await shows()) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    await page.reload()
  }
}

const feedOnceSettled = async (settled: (xml: string) => boolean) => {
  const deadline = Date.now() + SETTLED_WITHIN_MS
  let xml = await (await fetch(`${baseUrl()}/en/feed.xml`)).text()
  while (!settled(xml) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    xml = await (await fetch(`${baseUrl()}/en/feed.xml`)).text()
  }
  return xml
}

it('publishing, editing and unpublishing show on the release page and in the news list', async () => {
  // Warm the caches first, so the test proves they are refreshed rather than never filled.
  expect(await newsTitles()).not.toContain('Freshness check: first version')

  const created = await api(
    'POST',
    '/news-releases',
    {
      title: 'Freshness check: first version',
      slug: 'freshness-check',
      summary: 'Published during the browser tests.',
      publishedAt: new Date().toISOString(),
      publishedAt_tz: 'Asia/Tokyo',
      scope: 'global',
      _status: 'published',
    },
    auth,
  )
  expect(created.status).toBe(201)
  expect(
    await newsTitlesOnceSettled((titles) => titles.includes('Freshness check: first version')),
  ).toContain('Freshness check: first version')
  expect(await feedOnceSettled((xml) => xml.includes('Freshness check: first version'))).toContain(
    'Freshness check: first version',
  )

  const page = await context.newPage()
  const response = await page.goto(`${baseUrl()}/en/news/freshness-check`)
  expect(response?.status()).toBe(200)
  expect(await page.locator('h1').innerText()).toBe('Freshness check: first version')

  await api(
    'PATCH',
    `/news-releases/${created.body.doc.id}`,
    { title: 'Freshness check: edited' },
    auth,
  )
  await reloadUntil(
    page,
    async () => (await page.locator('h1').innerText()) === 'Freshness check: edited',
  )
  expect(await page.locator('h1').innerText()).toBe('Freshness check: edited')
  expect(
    await newsTitlesOnceSettled((titles) => titles.includes('Freshness check: edited')),
  ).toContain('Freshness check: edited')

  // The editor's search and social preview fields take over the page's <title> and Open Graph text.
  await api(
    'PATCH',
    `/news-releases/${created.body.doc.id}`,
    { meta: { title: 'Freshness SEO title', description: 'Freshness SEO description' } },
    auth,
  )
  await reloadUntil(page, async () => (await page.title()).includes('Freshness SEO title'))
  expect(await page.title()).toContain('Freshness SEO title')
  expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(
    'Freshness SEO description',
  )

  await api('PATCH', `/news-releases/${created.body.doc.id}`, { _status: 'draft' }, auth)
  const gone = async () => (await fetch(`${baseUrl()}/en/news/freshness-check`)).status === 404
  const deadline = Date.now() + SETTLED_WITHIN_MS
  while (!(await gone()) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 250))
  expect((await page.reload())?.status()).toBe(404)
  expect(
    await newsTitlesOnceSettled((titles) => !titles.includes('Freshness check: edited')),
  ).not.toContain('Freshness check: edited')
  expect(await feedOnceSettled((xml) => !xml.includes('Freshness check'))).not.toContain(
    'Freshness check',
  )
  await page.close()
})

it('a translation added and published later shows on the Japanese page, and not before it is published', async () => {
  const created = await api(
    'POST',
    '/news-releases',
    {
      title: 'Translated later',
      slug: 'translated-later',
      publishedAt: new Date().toISOString(),
      publishedAt_tz: 'UTC',
      scope: 'country',
      _status: 'published',
    },
    auth,
  )
  const page = await context.newPage()
  await page.goto(`${baseUrl()}/ja/news/translated-later`)
  expect(await page.locator('h1').getAttribute('lang')).toBe('en')
  // Saved as a draft, the translation stays off the public page.
  await api(
    'PATCH',
    `/news-releases/${created.body.doc.id}?locale=ja&draft=true`,
    { title: '後から翻訳されたリリース' },
    auth,
  )
  await new Promise((resolve) => setTimeout(resolve, 2500))
  await page.reload()
  expect(await page.locator('h1').innerText()).toBe('Translated later')
  // "Publish in 日本語".
  await api(
    'PATCH',
    `/news-releases/${created.body.doc.id}?locale=ja&publishSpecificLocale=ja`,
    { _status: 'published' },
    auth,
  )
  await reloadUntil(
    page,
    async () => (await page.locator('h1').innerText()) === '後から翻訳されたリリース',
  )
  expect(await page.locator('h1').innerText()).toBe('後から翻訳されたリリース')
  expect(await page.locator('h1').getAttribute('lang')).toBeNull()
  await page.close()
})
