// The press room in the browser: filters in the URL that work without JavaScript, cards with what a
// journalist needs, contact pages with ContactPoint data, vCards, and a link from every page.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { BrowserContext } from 'playwright-core'
import { adminHeaders, api } from './helpers/api'
import { baseUrl, launchBrowser } from './helpers/browser'
import { rawRequest } from './helpers/raw'

const SOURCE_RELEASE = 'imadr-welcomes-call-to-address-demand-side-of-trafficking'

let context: BrowserContext
let noScript: BrowserContext
const closers: (() => Promise<void>)[] = []
beforeAll(async () => {
  const browser = await launchBrowser()
  context = browser.context
  closers.push(browser.close)
  const withoutJs = await launchBrowser({ javaScriptEnabled: false })
  noScript = withoutJs.context
  closers.push(withoutJs.close)
})
afterAll(async () => {
  for (const close of closers) await close()
})

const cardNames = async (page: import('playwright-core').Page) =>
  page.locator('.press-card__name').allInnerTexts()

// New contacts reach the cached directory within seconds of the write.
const waitForCards = async (page: import('playwright-core').Page, path: string, count: number) => {
  for (let tries = 0; tries < 20; tries++) {
    await page.goto(`${baseUrl()}${path}`)
    if ((await cardNames(page)).length === count) return true
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}

describe('the press room', () => {
  it('is linked from the header of every page, in each language', async () => {
    for (const [home, press] of [
      ['/en', '/en/press'],
      ['/ja/news', '/ja/press'],
      ['/es/comites', '/es/prensa'],
    ]) {
      const html = await (await fetch(`${baseUrl()}${home}`)).text()
      expect(html).toContain(`href="${press}"`)
    }
  })

  it('filters by language, topic and free text through the URL, with JavaScript off', async () => {
    const page = await noScript.newPage()
    await page.goto(`${baseUrl()}/es/prensa`)
    const everyone = await cardNames(page)
    expect(everyone.length).toBeGreaterThan(3)

    await page.selectOption('select[name="language"]', 'fr')
    await Promise.all([
      page.waitForURL(/language=fr/),
      page.click('.press__filters button[type="submit"]'),
    ])
    const french = await cardNames(page)
    expect(french.length).toBeGreaterThan(0)
    expect(french.length).toBeLessThan(everyone.length)
    for (const languages of await page.locator('.press-card__facts').allInnerTexts())
      expect(languages).toContain('francés')

    await page.goto(`${baseUrl()}/ja/press?q=${encodeURIComponent('大阪')}`)
    expect(await cardNames(page)).toEqual([expect.stringContaining('森 遥')])
    await page.close()
  })

  it('narrows to Spanish speakers on trafficking; the shared URL gives the same cards, ready to call, mail or save', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/en/press`)
    await page.selectOption('select[name="language"]', 'es')
    await page.selectOption('select[name="topic"]', 'human-trafficking-and-exploitative-migration')
    await Promise.all([
      page.waitForURL(/topic=human-trafficking/),
      page.click('.press__filters button[type="submit"]'),
    ])
    const narrowed = await cardNames(page)
    expect(narrowed.length).toBeGreaterThan(0)
    for (const facts of await page.locator('.press-card__facts').allInnerTexts()) {
      expect(facts).toContain('Spanish')
      expect(facts).toContain('Human Trafficking')
    }
    const card = page.locator('.press-card').first()
    expect(await card.locator('a[href^="tel:+"]').count()).toBeGreaterThan(0)
    expect(await card.locator('a[href^="mailto:"]').getAttribute('href')).toMatch(
      /^mailto:[^@]+@example\.org$/,
    )
    const vcard = await fetch(
      new URL((await card.locator('a[href$="/vcard"]').getAttribute('href'))!, baseUrl()),
    )
    expect(vcard.headers.get('content-type')).toContain('text/vcard')

    // A colleague opens the shared address, without the first page's state (and without JavaScript).
    const shared = await noScript.newPage()
    await shared.goto(page.url())
    expect(await cardNames(shared)).toEqual(narrowed)
    await shared.close()
    await page.close()
  })

  it('says when nothing matches and offers to clear the filters', async () => {
    const page = await noScript.newPage()
    await page.goto(`${baseUrl()}/en/press?q=nobody-by-this-name&region=europe`)
    expect(await cardNames(page)).toEqual([])
    expect(await page.locator('.empty').innerText()).toContain(
      'No press contact matches these filters.',
    )
    await Promise.all([page.waitForURL(/\/en\/press$/), page.click('.empty a')])
    expect((await cardNames(page)).length).toBeGreaterThan(3)
    await page.close()
  })

  it('shows each contact’s phones, e-mail, languages and local time', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/ja/press?office=tokyo-secretariat`)
    const card = page.locator('.press-card', { hasText: '佐藤 由紀' })
    expect(await card.locator('a[href^="tel:+"]').count()).toBeGreaterThan(0)
    expect(await card.locator('a[href^="mailto:"]').getAttribute('href')).toMatch(/@example\.org$/)
    expect(await card.locator('.press-card__facts').innerText()).toContain('日本語')
    expect(await card.locator('.press-card__time').innerText()).toMatch(
      /^現地時刻 \d{1,2}:\d{2}（.+）/,
    )
    await page.close()
  })
})

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

describe('the local time on a card', () => {
  it('keeps running in the browser, and the office-hours mark follows it', async () => {
    const page = await context.newPage()
    // Monday 10:00 in Tokyo: office hours for Yuki Sato.
    await page.clock.install({ time: new Date('2026-11-23T01:00:00Z') })
    await page.goto(`${baseUrl()}/en/press/yuki-sato`)
    const time = page.locator('.press-card__time')
    // Served with the server's own time; once the page runs, the browser's clock takes over.
    await page.waitForFunction(
      () => document.querySelector('.press-card__clock')?.textContent === '10:00 AM',
    )
    expect(await time.innerText()).not.toContain('Outside office hours')

    // Nine hours on, 19:00 in Tokyo: the press office has closed, and the card says so.
    await page.clock.fastForward('09:00:00')
    await page.waitForFunction(
      () => document.querySelector('.press-card__clock')?.textContent === '7:00 PM',
    )
    expect(await time.innerText()).toMatch(/Outside office hours · .*out-of-hours/i)
    await page.close()
  })
})

describe('the press contacts under a release', () => {
  const TOKYO_RELEASE = '/ja/news/japan-urged-to-widen-support-for-trafficking-victims'
  const satoCard = (page: import('playwright-core').Page) =>
    page.locator('.press-contacts .press-card', { hasText: '佐藤 由紀' })

  it('are the press room’s cards: at 3 a.m. in Tokyo the contact’s local time and the out-of-hours mark', async () => {
    const page = await context.newPage()
    // Tuesday 03:00 in Tokyo: a journalist elsewhere reads the release before calling.
    await page.clock.install({ time: new Date('2026-11-23T18:00:00Z') })
    await page.goto(`${baseUrl()}${TOKYO_RELEASE}`)
    const time = satoCard(page).locator('.press-card__time')
    await time.locator('.press-card__clock').waitFor()
    expect(await time.innerText()).toBe(
      '現地時刻 3:00（日本標準時） · 現在は業務時間外です · 時間外の連絡先をご利用ください',
    )
    expect(await time.getAttribute('class')).toContain('press-card__time--closed')
    // Seven hours on, 10:00: the office is open and the mark is gone.
    await page.clock.fastForward('07:00:00')
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.press-contacts .press-card__clock')].some(
        (clock) => clock.textContent === '10:00',
      ),
    )
    expect(await time.innerText()).toBe('現地時刻 10:00（日本標準時）')
    await page.close()
  })

  it('without JavaScript name the time zone, not a time the page’s cache may have kept for days', async () => {
    const page = await noScript.newPage()
    await page.goto(`${baseUrl()}${TOKYO_RELEASE}`)
    const card = satoCard(page)
    expect(await card.locator('.press-card__time').innerText()).toBe('タイムゾーン：日本標準時')
    expect(await card.locator('.press-card__clock').count()).toBe(0)
    // Still everything needed to call.
    expect(await card.locator('a[href^="tel:+"]').count()).toBeGreaterThan(0)
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

describe('vCards', () => {
  it('downloads one contact as UTF-8 vCard 4.0 with the Japanese name intact', async () => {
    const response = await fetch(`${baseUrl()}/ja/press/yuki-sato/vcard`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/vcard; charset=utf-8')
    expect(response.headers.get('content-disposition')).toContain('yuki-sato.vcf')
    const card = await response.text()
    expect(card).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/)
    expect(card).toContain('\r\nFN;LANGUAGE=ja;PREF=1:佐藤 由紀\r\n')
    expect(card).toMatch(
      /\r\nitem1\.TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:\+\d{8,15}\r\nitem1\.X-ABLABEL:プレス専用\r\n/,
    )
    expect(card).toContain('TZ:Asia/Tokyo')
    expect(card).not.toMatch(/internal|personal/i)
  })

  it('downloads all of a release’s press contacts in one file, linked from the release', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/es/noticias/${SOURCE_RELEASE}`)
    const href = await page.locator('.press-contacts__vcard a').getAttribute('href')
    const contacts = await page.locator('.press-contact').count()
    await page.close()
    expect(href).toBe(`/es/noticias/${SOURCE_RELEASE}/vcard`)
    const file = await (await fetch(`${baseUrl()}${href}`)).text()
    expect(file.match(/BEGIN:VCARD/g)).toHaveLength(contacts)
  })

  it('puts first the name the reader can read: Latin script for Spanish, Japanese for Japanese', async () => {
    const release = 'japan-urged-to-widen-support-for-trafficking-victims'
    const firstName = async (path: string) =>
      /\r\nFN[^:]*:([^\r]*)\r\n/.exec(await (await fetch(`${baseUrl()}${path}`)).text())?.[1]
    expect(await firstName(`/es/noticias/${release}/vcard`)).toBe('Haruka Mori')
    expect(await firstName(`/ja/news/${release}/vcard`)).toBe('森 遥')
  })
})

describe('privacy', () => {
  it('a contact unflagged for the press disappears from the press room within seconds', async () => {
    const auth = await adminHeaders()
    const { body } = await api(
      'GET',
      '/contacts?where[slug][equals]=claire-dubois&depth=0',
      undefined,
      auth,
    )
    const id = body.docs[0].id
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/en/press`)
    expect(await cardNames(page)).toContainEqual(expect.stringContaining('Claire Dubois'))

    expect((await api('PATCH', `/contacts/${id}`, { isPressContact: false }, auth)).status).toBe(
      200,
    )
    try {
      await page.goto(`${baseUrl()}/en/press`)
      expect(await cardNames(page)).not.toContainEqual(expect.stringContaining('Claire Dubois'))
      expect((await fetch(`${baseUrl()}/en/press/claire-dubois`)).status).toBe(404)
    } finally {
      await api('PATCH', `/contacts/${id}`, { isPressContact: true }, auth)
      await page.close()
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
