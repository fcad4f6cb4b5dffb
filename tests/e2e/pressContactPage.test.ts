// A press contact's own page: ContactPoint data, lists joined the way the reader's language joins
// them, and a 404 for anyone who is not a press contact.
import { describe, expect, it } from '@jest/globals'
import { baseUrl, browserForTests } from './helpers/browser'

const context = browserForTests()
const noScript = browserForTests({ javaScriptEnabled: false })

describe('lists on a card', () => {
  it('join a contact’s linked topics the way the reader’s language joins a list', async () => {
    const page = await noScript.newPage()
    for (const [path, heading, join] of [
      ['/ja/press/kenji-nakamura', '担当テーマ', (t: string[]) => t.join('、')],
      [
        '/es/prensa/kenji-nakamura',
        'Temas',
        (t: string[]) => `${t.slice(0, -1).join(', ')} y ${t.at(-1)}`,
      ],
    ] as const) {
      await page.goto(`${baseUrl()}${path}`)
      const topics = page
        .locator('.press-card__facts > div', { has: page.locator('dt', { hasText: heading }) })
        .locator('dd')
      const titles = await topics.locator('a').allInnerTexts()
      expect(titles).toHaveLength(3)
      expect(await topics.innerText()).toBe(join(titles))
    }
    await page.close()
  })
})

describe('a press contact’s page', () => {
  it('describes the contact as a ContactPoint of the organisation, with their releases', async () => {
    const page = await context.newPage()
    const response = await page.goto(`${baseUrl()}/es/prensa/yuki-sato`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').innerText()).toContain('佐藤 由紀')
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    const organisation = blocks.map((text) => JSON.parse(text)).find((data) => data.contactPoint)
    expect(organisation['@type']).toBe('Organization')
    expect(organisation.contactPoint).toMatchObject({
      '@type': 'ContactPoint',
      contactType: 'media relations',
      availableLanguage: ['ja', 'en'],
    })
    expect(organisation.contactPoint.telephone).toMatch(/^\+\d{8,15}$/)
    expect(await page.locator('#contact-releases').count()).toBe(1)
    await page.close()
  })

  it('is a 404 for anyone who is not a press contact', async () => {
    expect((await fetch(`${baseUrl()}/en/press/mariko-ishii`)).status).toBe(404)
    expect((await fetch(`${baseUrl()}/en/press/mariko-ishii/vcard`)).status).toBe(404)
  })
})
