// Every page type in every locale: the right language, no English in the interface on /ja and /es.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { BrowserContext } from 'playwright-core'
import { baseUrl, launchBrowser } from './helpers/browser'

const messages = (locale: string) =>
  JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, unknown>
const leaves = (value: unknown, prefix = ''): [string, string][] =>
  typeof value === 'string'
    ? [[prefix, value]]
    : Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
        leaves(inner, prefix ? `${prefix}.${key}` : key),
      )

const english = new Map(leaves(messages('en')))
/** English interface strings that must not show on a page in this locale (those the locale translates differently). */
const englishOnlyStrings = (locale: string) =>
  leaves(messages(locale))
    .filter(
      ([key, value]) =>
        !value.includes('{') && english.get(key) !== value && (english.get(key) ?? '').length >= 4,
    )
    .map(([key]) => english.get(key) as string)

const SOURCE_RELEASE = 'imadr-welcomes-call-to-address-demand-side-of-trafficking'
const FOCUS_AREA = 'human-trafficking-and-exploitative-migration'
const pages: Record<string, Record<'en' | 'ja' | 'es', string>> = {
  home: { en: '/en', ja: '/ja', es: '/es' },
  news: { en: '/en/news', ja: '/ja/news', es: '/es/noticias' },
  release: {
    en: `/en/news/${SOURCE_RELEASE}`,
    ja: `/ja/news/${SOURCE_RELEASE}`,
    es: `/es/noticias/${SOURCE_RELEASE}`,
  },
  'focus areas': { en: '/en/focus-areas', ja: '/ja/focus-areas', es: '/es/areas-tematicas' },
  'focus area': {
    en: `/en/focus-areas/${FOCUS_AREA}`,
    ja: `/ja/focus-areas/${FOCUS_AREA}`,
    es: `/es/areas-tematicas/${FOCUS_AREA}`,
  },
  committees: { en: '/en/committees', ja: '/ja/committees', es: '/es/comites' },
  committee: {
    en: '/en/committees/latin-american-base',
    ja: '/ja/committees/latin-american-base',
    es: '/es/comites/latin-american-base',
  },
  partners: { en: '/en/partners', ja: '/ja/partners', es: '/es/aliados' },
  partner: { en: '/en/partners/wocon', ja: '/ja/partners/wocon', es: '/es/aliados/wocon' },
  press: { en: '/en/press', ja: '/ja/press', es: '/es/prensa' },
  'press contact': {
    en: '/en/press/yuki-sato',
    ja: '/ja/press/yuki-sato',
    es: '/es/prensa/yuki-sato',
  },
}

let context: BrowserContext
let close: () => Promise<void>
beforeAll(async () => {
  ;({ context, close } = await launchBrowser())
})
afterAll(async () => {
  await close?.()
})

const cases = Object.entries(pages).flatMap(([type, paths]) =>
  (['en', 'ja', 'es'] as const).map((locale) => [type, locale, paths[locale]] as const),
)

describe.each(cases)('%s page in %s', (_type, locale, path) => {
  it(`${path} answers 200 with <html lang="${locale}"> and the interface in that language`, async () => {
    const page = await context.newPage()
    const response = await page.goto(`${baseUrl()}${path}`)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    expect(await page.locator('h1').count()).toBe(1)
    expect(
      await page.locator('.language-switcher [aria-current="true"]').getAttribute('lang'),
    ).toBe(locale)
    if (locale !== 'en') {
      // Content shown as the English fallback is marked lang="en" and may be English; the interface may not.
      const text = await page.evaluate((pageLocale) => {
        const body = document.body.cloneNode(true) as HTMLElement
        body
          .querySelectorAll(
            `[lang]:not([lang="${pageLocale}"]), script, style, template, noscript, [hidden]`,
          )
          .forEach((el) => el.remove())
        return body.innerText
      }, locale)
      const leaked = englishOnlyStrings(locale).filter((phrase) =>
        new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text),
      )
      expect(leaked).toEqual([])
    }
    await page.close()
  })
})

describe('the partner page', () => {
  it('names the country in the reader’s language', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/ja/partners/wocon`)
    expect(await page.locator('.release__facts').innerText()).toContain('ナイジェリア')
    await page.goto(`${baseUrl()}/es/aliados/wocon`)
    expect(await page.locator('.release__facts').innerText()).toContain('Nigeria')
    await page.close()
  })
})

describe('the release page', () => {
  it('ends with the press contacts: names, phones as tel: links in international format, e-mail as mailto:', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/es/noticias/${SOURCE_RELEASE}`)
    const block = page.locator('.press-contacts')
    await expect(block.locator('h2').innerText()).resolves.toBe(
      'Para más información, comuníquese con',
    )
    const tel = block.locator('a[href^="tel:"]').first()
    expect(await tel.getAttribute('href')).toMatch(/^tel:\+\d+$/)
    expect(await tel.innerText()).toMatch(/^\+\d[\d ]+$/)
    expect(await block.locator('a[href^="mailto:"]').first().getAttribute('href')).toMatch(
      /^mailto:.+@example\.org$/,
    )
    const jsonLd = await page.locator('script[type="application/ld+json"]').allInnerTexts()
    expect(jsonLd.some((text) => JSON.parse(text)['@type'] === 'NewsArticle')).toBe(true)
    await page.close()
  })
})

describe('search', () => {
  it('finds a Japanese word inside unspaced text, marks it, and links to the result', async () => {
    const page = await context.newPage()
    const response = await page.goto(`${baseUrl()}/ja/search?q=${encodeURIComponent('取引')}`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('[role="status"]').innerText()).toMatch(/「取引」の検索結果：\d+件/)
    expect(await page.locator('mark').first().innerText()).toBe('取引')
    await page.locator('.release-card__title a').first().click()
    await page.waitForURL(/\/ja\/(news|focus-areas)\//)
    await page.close()
  })

  it('works from the header form without JavaScript, with the query in the URL', async () => {
    const { context: noScript, close: closeNoScript } = await launchBrowser()
    await noScript.route('**/*.js', (route) => route.abort())
    const page = await noScript.newPage()
    await page.goto(`${baseUrl()}/es`)
    await page.locator('#site-search').fill('Argentina')
    await page.locator('#site-search').press('Enter')
    await page.waitForURL(/\/es\/buscar\?q=Argentina/)
    expect(await page.locator('mark').count()).toBeGreaterThan(0)
    await closeNoScript()
  })
})

describe('search results', () => {
  const ARGENTINA_RELEASE = 'new-workshop-series-on-trafficking-begins-in-argentina'
  const hit = (page: import('playwright-core').Page, href: string) =>
    page
      .locator('.release-card', { has: page.locator(`.release-card__title a[href*="${href}"]`) })
      .first()
  const kindAndDate = async (result: import('playwright-core').Locator) => ({
    kind: await result.locator('.tag').innerText(),
    date: await result.locator('.search-result__date').innerText(),
    datetime: await result.locator('.search-result__date time').getAttribute('datetime'),
  })

  it.each([
    [
      'es',
      `/es/buscar?q=${encodeURIComponent('ciclo de talleres')}`,
      'Comunicado de prensa',
      'Publicado el 20 de mayo de 2026 a las 11:00 GMT-3',
    ],
    [
      'ja',
      `/ja/search?q=${encodeURIComponent('ワークショップ')}`,
      'ニュースリリース',
      '公開日時：2026年5月20日 11:00 GMT-3',
    ],
  ])(
    'in %s say a release is one, and when it was published, in its own time zone',
    async (_locale, path, kind, date) => {
      const page = await context.newPage()
      await page.goto(`${baseUrl()}${path}`)
      expect(await kindAndDate(hit(page, ARGENTINA_RELEASE))).toEqual({
        kind,
        date,
        datetime: '2026-05-20T14:00:00.000Z',
      })
      await page.close()
    },
  )

  it.each([
    [
      'es',
      '/es/buscar?q=trata',
      '/areas-tematicas/',
      'Área temática',
      /^Última actualización: \d{1,2} de [a-z]+ de \d{4} a las \d{1,2}:\d{2} GMT\+9$/,
    ],
    [
      'ja',
      `/ja/search?q=${encodeURIComponent('人身')}`,
      '/focus-areas/',
      '重点分野',
      /^最終更新：\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2} JST$/,
    ],
  ])(
    'in %s say a focus area is one, and when it was last updated, with the zone named',
    async (_locale, path, href, kind, date) => {
      const page = await context.newPage()
      await page.goto(`${baseUrl()}${path}`)
      const result = await kindAndDate(hit(page, href))
      expect(result.kind).toBe(kind)
      expect(result.date).toMatch(date)
      expect(Number.isNaN(Date.parse(result.datetime ?? ''))).toBe(false)
      await page.close()
    },
  )
})

describe('the news list', () => {
  const releaseLinks = (html: string) =>
    [...html.matchAll(/href="\/es\/noticias\/([a-z0-9-]+)"/g)].map((match) => match[1])

  it('pages and filters by query parameters, each view its own list', async () => {
    const first = await fetch(`${baseUrl()}/es/noticias`)
    const second = await fetch(`${baseUrl()}/es/noticias?page=2`)
    expect([first.status, second.status]).toEqual([200, 200])
    const [one, two] = [releaseLinks(await first.text()), releaseLinks(await second.text())]
    expect(one.length).toBeGreaterThan(0)
    expect(two.length).toBeGreaterThan(0)
    expect(two.filter((slug) => one.includes(slug))).toEqual([])

    const page = await context.newPage()
    await page.goto(`${baseUrl()}/es/noticias`)
    await page.selectOption('select[name="scope"]', 'regional')
    await Promise.all([
      page.waitForURL(/scope=regional/),
      page.click('.filters button[type="submit"]'),
    ])
    const regionalLabel = (messages('es').Scope as Record<string, string>).regional
    const tags = await page.locator('.release-card__meta .tag').allInnerTexts()
    expect(tags.length).toBeGreaterThan(0)
    expect(new Set(tags)).toEqual(new Set([regionalLabel]))
    await page.close()
  })

  it('answers 404 for a malformed page number', async () => {
    for (const query of ['page=0', 'page=abc', 'page=%25zz', 'focusArea=nowhere']) {
      expect((await fetch(`${baseUrl()}/en/news?${query}`)).status).toBe(404)
    }
  })
})
