// Site search in the browser: Japanese found inside unspaced text, the header form without
// JavaScript, and each result's kind and date in the reader's language.
import { describe, expect, it } from '@jest/globals'
import { baseUrl, browserForTests, launchBrowser } from './helpers/browser'

const context = browserForTests()

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
