// The press room under load: a large directory is paged, and a client that asks too often is
// refused in the reader's language.
import { describe, expect, it } from '@jest/globals'
import { adminHeaders, api } from './helpers/api'
import { baseUrl, browserForTests } from './helpers/browser'
import { cardNames } from './helpers/press'
import { rawRequest } from './helpers/raw'

const noScript = browserForTests({ javaScriptEnabled: false })

// New contacts reach the cached directory within seconds of the write.
const waitForCards = async (page: import('playwright-core').Page, path: string, count: number) => {
  for (let tries = 0; tries < 20; tries++) {
    await page.goto(`${baseUrl()}${path}`)
    if ((await cardNames(page)).length === count) return true
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}

describe('a large directory', () => {
  it('is paged, 24 cards a page, keeping the filters in the page links; a page that does not exist is a 404', async () => {
    const headers = await adminHeaders()
    const created: number[] = []
    try {
      for (let i = 0; i < 26; i++) {
        const { status, body } = await api(
          'POST',
          '/contacts',
          {
            name: `Paging Test ${String(i).padStart(2, '0')}`,
            office: 'Paging Desk',
            email: `paging${i}@example.org`,
            timeZone: 'UTC',
            languages: ['eo'],
            isPressContact: true,
          },
          headers,
        )
        expect(status).toBe(201)
        created.push(body.doc.id)
      }
      const page = await noScript.newPage()
      const found = await waitForCards(page, '/en/press?office=paging-desk', 24)
      expect(found).toBe(true)
      expect(await page.locator('.press__count').innerText()).toContain('26')
      await Promise.all([page.waitForURL(/page=2/), page.click('.pagination a[rel="next"]')])
      expect(new URL(page.url()).searchParams.get('office')).toBe('paging-desk')
      expect(await cardNames(page)).toHaveLength(2)
      await page.close()
      expect((await fetch(`${baseUrl()}/en/press?office=paging-desk&page=3`)).status).toBe(404)
      expect((await fetch(`${baseUrl()}/en/press?page=abc`)).status).toBe(404)
    } finally {
      for (const id of created) await api('DELETE', `/contacts/${id}`, undefined, headers)
    }
  })
})

describe('rate limit', () => {
  it('answers 429 in the reader’s language, with when to retry, once a client passes the limit', async () => {
    const { PRESS_RATE_LIMIT } = await import('../../scripts/seededServer.js')
    const limit = Number(process.env.PRESS_RATE_LIMIT) || PRESS_RATE_LIMIT
    // A client of its own (another loopback address), which claims to be someone else on every
    // request: nginx replaces X-Forwarded-For, so the claims buy no fresh budget.
    const client = '127.0.0.77'
    let status = 0
    let sent = 0
    while (sent <= limit) {
      status = (
        await rawRequest('/ja/press/yuki-sato/vcard', {
          localAddress: client,
          headers: { 'X-Forwarded-For': `203.0.113.${sent % 250}` },
        })
      ).status
      sent++
      if (status !== 200) break
    }
    expect(sent).toBe(limit + 1)
    expect(status).toBe(429)
    const refused = await rawRequest('/ja/press', { localAddress: client })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect(refused.text).toContain('リクエストが多すぎます')
    // Other readers are not affected.
    expect((await rawRequest('/ja/press', { localAddress: '127.0.0.78' })).status).toBe(200)
  }, 120_000)
})
