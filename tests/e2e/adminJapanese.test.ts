// The admin as Japanese-speaking staff see it on the seeded demo: an embargoed release is marked as
// such, with its time and zone, in the list and in its edit view; dates read in Japanese order; the
// publish button names the language in Japanese; the dashboard's Japanese column names documents
// in Japanese; the translation panel says when and what changed, to the second.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { adminCredentials } from '@/seed/adminUser'
import { signInToAdmin } from './helpers/admin'
import { adminHeaders, api } from './helpers/api'
import { baseUrl, launchBrowser } from './helpers/browser'
import {
  createTranslationWork,
  OUTDATED_TITLE_JA,
  UNTRANSLATED_TITLE,
} from './helpers/translationWork'

const EMBARGOED_SLUG = 'latin-american-base-updates-report-on-trafficking-in-women-in-argentina'
// 報道解禁前（2026年12月16日 10:00 アルゼンチン標準時まで）: the demo's embargo is 10:00 in Buenos Aires.
const EMBARGO_MARK = /^報道解禁前（\d{4}年\d{1,2}月\d{1,2}日 10:00 アルゼンチン標準時まで）$/
// Japanese order, 24-hour clock: 2026年12月2日 3:56.
const JAPANESE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}$/

let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
let ids: Record<string, number>
let auth: Record<string, string>

beforeAll(async () => {
  browser = await launchBrowser({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })
  auth = await adminHeaders()
  const idOf = async (slug: string) =>
    (
      await api(
        'GET',
        `/news-releases?where[slug][equals]=${slug}&depth=0&draft=true`,
        undefined,
        auth,
      )
    ).body.docs[0].id as number
  const id = await createTranslationWork(auth)
  ids = { embargoed: await idOf(EMBARGOED_SLUG), outdated: id }
  page = await signInToAdmin(browser.context, adminCredentials().email)
})
afterAll(async () => {
  await browser?.close()
})

/** The publish button's label, once it names the language (it reads 変更内容を公開 until the admin knows the locale being edited). */
const publishLabel = async (page: Page, expected: string): Promise<string> => {
  const button = page.locator('#action-save')
  await button
    .filter({ hasText: expected })
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined)
  return button.innerText()
}

describe('the releases list', () => {
  // Releases under embargo now: other browser tests on this server add some for a few seconds.
  const underEmbargo = async () =>
    (
      await api(
        'GET',
        `/news-releases?where[embargoUntil][greater_than]=${new Date().toISOString()}&depth=0&draft=true&limit=50`,
        undefined,
        auth,
      )
    ).body.docs.map((doc: { id: number }) => String(doc.id)) as string[]

  it('marks the embargoed release with its embargo time and zone, and no other', async () => {
    const embargoedBefore = await underEmbargo()
    await page.goto(`${baseUrl()}/admin/collections/news-releases?limit=100&locale=ja`)
    const rows = page.locator('tbody tr')
    await rows.first().waitFor()
    const embargoed = rows.filter({
      has: page.locator(`a[href*="/news-releases/${ids.embargoed}"]`),
    })
    await expect(embargoed.count()).resolves.toBe(1)
    const status = embargoed.locator('.cell-_status')
    await expect(status.innerText()).resolves.toContain('公開済み')
    await expect(status.locator('.embargo-mark').innerText()).resolves.toMatch(EMBARGO_MARK)
    // Every other mark is on a release that was under embargo while the list was read.
    const markedRows = page.locator('tbody tr').filter({ has: page.locator('.embargo-mark') })
    const marked = await markedRows.evaluateAll((rows) =>
      rows.map((row) => /\/news-releases\/(\d+)/.exec(row.querySelector('a')?.href ?? '')?.[1]),
    )
    const underEmbargoMeanwhile = new Set([...embargoedBefore, ...(await underEmbargo())])
    expect(marked).toContain(String(ids.embargoed))
    expect(marked.filter((id) => !id || !underEmbargoMeanwhile.has(id))).toEqual([])
  })

  it('shows dates in Japanese order', async () => {
    // The admin shows "読み込み中..." until its date-fns locale has loaded.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('tbody .cell-publishedAt')].every(
        (cell) => !cell.textContent?.includes('...'),
      ),
    )
    const dates = await page.locator('tbody .cell-publishedAt').allInnerTexts()
    expect(dates.length).toBeGreaterThan(1)
    for (const date of dates) expect(date.trim()).toMatch(JAPANESE_DATE)
  })
})

describe('the edit view', () => {
  it('shows the embargo beside the status, and the publish button names the language in Japanese', async () => {
    await page.goto(`${baseUrl()}/admin/collections/news-releases/${ids.embargoed}?locale=en`)
    const notice = page.locator('.embargo-notice')
    await notice.waitFor()
    await expect(notice.innerText()).resolves.toMatch(EMBARGO_MARK)
    await expect(page.locator('.doc-controls__status').innerText()).resolves.toContain('公開済み')
    await expect(publishLabel(page, '英語で公開する')).resolves.toContain('英語で公開する')
    // The date pickers too, from the first view: 2026年12月16日 10:00.
    const embargoInput = page.locator('#field-embargoUntil .date-time-picker input')
    await page
      .waitForFunction(
        () =>
          /年/.test(
            (
              document.querySelector(
                '#field-embargoUntil .date-time-picker input',
              ) as HTMLInputElement | null
            )?.value ?? '',
          ),
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => undefined)
    await expect(embargoInput.inputValue()).resolves.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 10:00$/)
    // Last modified and created, in Japanese order too.
    const meta = await page.locator('.doc-controls__meta .doc-controls__value').allInnerTexts()
    expect(meta.filter((text) => JAPANESE_DATE.test(text.trim())).length).toBeGreaterThan(0)

    await page.goto(`${baseUrl()}/admin/collections/news-releases/${ids.embargoed}?locale=ja`)
    await page.locator('.embargo-notice').waitFor()
    await expect(publishLabel(page, '日本語で公開する')).resolves.toContain('日本語で公開する')
  })

  it('has no embargo mark on a release without one', async () => {
    await page.goto(`${baseUrl()}/admin/collections/news-releases/${ids.outdated}?locale=ja`)
    await page.locator('#field-summary').waitFor()
    await expect(page.locator('.embargo-notice').count()).resolves.toBe(0)
  })

  it('says when the English changed and the translation was saved, to the second, and which fields changed', async () => {
    // Still on the outdated release.
    const japanese = page.locator('.translation-status li[data-locale="ja"]')
    await expect(japanese.getAttribute('data-state')).resolves.toBe('outdated')
    await expect(japanese.locator('.translation-status__saved').innerText()).resolves.toMatch(
      /^保存：\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}時\d{2}分\d{2}秒 日本標準時$/,
    )
    // The English summary was reworded after the Japanese was saved.
    await expect(japanese.locator('.translation-status__changed').innerText()).resolves.toBe(
      'その後の英語版の変更：概要',
    )
    await expect(page.locator('.translation-status__source').innerText()).resolves.toMatch(
      /^英語版の最終変更：\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}時\d{2}分\d{2}秒 日本標準時$/,
    )
  })
})

describe('the dashboard', () => {
  it('names documents in Japanese in the Japanese column, and marks an English title as such', async () => {
    await page.goto(`${baseUrl()}/admin`)
    const japanese = page.locator('.translation-work [data-locale="ja"]')
    await japanese.waitFor()
    const outdated = japanese.locator('li[data-state="outdated"]', { hasText: OUTDATED_TITLE_JA })
    await expect(outdated.count()).resolves.toBe(1)
    await expect(
      japanese.locator('li', { hasText: 'Police raid two sites in Chiba' }).count(),
    ).resolves.toBe(0)
    await expect(outdated.locator('a').getAttribute('lang')).resolves.toBe('ja')
    await expect(outdated.locator('.translation-work__in-english').count()).resolves.toBe(0)

    const missing = japanese.locator('li[data-state="missing"]', { hasText: UNTRANSLATED_TITLE })
    await expect(missing.locator('a').getAttribute('lang')).resolves.toBe('en')
    await expect(missing.locator('.translation-work__in-english').innerText()).resolves.toBe(
      '（英語のタイトル・未翻訳）',
    )
  })
})
