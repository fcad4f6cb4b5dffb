// The news list: paged and filtered by query parameters, and a 404 for a malformed page number.
import { describe, expect, it } from '@jest/globals'
import { baseUrl, browserForTests } from './helpers/browser'
import { messages } from './helpers/messages'

const context = browserForTests()

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
