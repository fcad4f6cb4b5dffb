// The press room in the browser: filters in the URL that work without JavaScript, cards with what a
// journalist needs, vCards, and a contact who leaves the room. The privacy test takes out a contact
// whom the filter and vCard tests expect to find; it stays in their file because test files run
// side by side, the tests within one file one after another.
import { describe, expect, it } from '@jest/globals'
import { adminHeaders, api } from './helpers/api'
import { baseUrl, browserForTests } from './helpers/browser'
import { cardNames } from './helpers/press'

const SOURCE_RELEASE = 'imadr-welcomes-call-to-address-demand-side-of-trafficking'

const context = browserForTests()
const noScript = browserForTests({ javaScriptEnabled: false })

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
