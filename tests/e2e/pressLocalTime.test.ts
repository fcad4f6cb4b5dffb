// A contact's local time on a press card, in the press room and under a release: kept running in the
// browser with the office-hours mark, and without JavaScript only the time zone.
import { describe, expect, it } from '@jest/globals'
import { baseUrl, browserForTests } from './helpers/browser'

const context = browserForTests()
const noScript = browserForTests({ javaScriptEnabled: false })

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
