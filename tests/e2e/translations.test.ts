// hreflang lists only real translations; a fallback is announced and marked lang="en".
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { BrowserContext } from 'playwright-core'
import { adminHeaders, api } from './helpers/api'
import { baseUrl, launchBrowser } from './helpers/browser'

let context: BrowserContext
let close: () => Promise<void>
beforeAll(async () => {
  ;({ context, close } = await launchBrowser())
  const auth = await adminHeaders()
  await api(
    'POST',
    '/news-releases',
    {
      title: 'Only in English',
      slug: 'only-in-english',
      summary: 'Not translated yet.',
      publishedAt: new Date().toISOString(),
      publishedAt_tz: 'Asia/Tokyo',
      scope: 'global',
      _status: 'published',
    },
    auth,
  )
})
afterAll(async () => {
  await close?.()
})

const alternates = async (path: string) => {
  const page = await context.newPage()
  await page.goto(`${baseUrl()}${path}`)
  const links = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((els) =>
      els.map((el) => [
        el.getAttribute('hreflang'),
        new URL(el.getAttribute('href') ?? '').pathname,
      ]),
    )
  const canonical = new URL(
    (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '',
  ).pathname
  await page.close()
  return { links: Object.fromEntries(links), canonical }
}

describe('hreflang', () => {
  it('a release translated into all three languages lists all three and x-default', async () => {
    const slug = 'imadr-welcomes-call-to-address-demand-side-of-trafficking'
    const { links, canonical } = await alternates(`/ja/news/${slug}`)
    expect(links).toEqual({
      en: `/en/news/${slug}`,
      ja: `/ja/news/${slug}`,
      es: `/es/noticias/${slug}`,
      'x-default': `/en/news/${slug}`,
    })
    expect(canonical).toBe(`/ja/news/${slug}`)
  })

  it('an English-only release lists English alone, never its fallback copies', async () => {
    const { links } = await alternates('/ja/news/only-in-english')
    expect(links).toEqual({
      en: '/en/news/only-in-english',
      'x-default': '/en/news/only-in-english',
    })
  })
})

describe('fallback', () => {
  it('the Japanese page says, in Japanese, that it shows English, and marks the English text', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/ja/news/only-in-english`)
    expect(await page.locator('.notice').innerText()).toContain('英語で表示しています')
    expect(await page.locator('h1').getAttribute('lang')).toBe('en')
    expect(await page.locator('.lead').getAttribute('lang')).toBe('en')
    await page.close()
  })

  it('a fully translated page has no notice', async () => {
    const page = await context.newPage()
    await page.goto(
      `${baseUrl()}/es/noticias/imadr-welcomes-call-to-address-demand-side-of-trafficking`,
    )
    expect(await page.locator('.notice').count()).toBe(0)
    await page.close()
  })
})
