// Every page type in every locale: the right language, no English in the interface on /ja and /es.
// Then what the partner page and the release page show.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { BrowserContext } from 'playwright-core'
import { baseUrl, launchBrowser } from './helpers/browser'
import { messages } from './helpers/messages'

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
