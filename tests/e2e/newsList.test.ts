// The news list: paged and filtered by query parameters, and a 404 for a malformed page number.
import { describe, expect, it } from '@jest/globals'
import { baseUrl, browserForTests } from './helpers/browser'
import { messages } from './helpers/messages'

const context = browserForTests()

describe('the news list', () => {
  const releaseLinks = (html: string) =>
    [...html.matchAll(/href="\/es\/noticias\/([a-z0-9-]+)"/g)].map((match) => match[1])

  const listPage = async (query: string) => {
    const res = await fetch(`${baseUrl()}/es/noticias${query}`)
    expect(res.status).toBe(200)
    return releaseLinks(await res.text())
  }

  /**
   * Pages 1 and 2 once the list has settled. Other test files publish releases meanwhile, and a page
   * rendered while a publish commits may show the list from before it until the server's later
   * revalidation passes (2 and 8 s after the write, src/revalidation/revalidateTags.ts): then a
   * release can appear on both pages for a few seconds. Two lists that always overlap still fail.
   */
  const firstTwoPages = async () => {
    const deadline = Date.now() + 12_000
    for (;;) {
      const [one, two] = [await listPage(''), await listPage('?page=2')]
      if (!two.some((slug) => one.includes(slug)) || Date.now() > deadline) return [one, two]
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  }

  it('pages and filters by query parameters, each view its own list', async () => {
    const [one, two] = await firstTwoPages()
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
