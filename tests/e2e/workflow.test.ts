// The editorial workflow in the admin, as staff use it on the seeded demo: a translator finds the
// outdated Japanese translations on the dashboard, fixes one and sees it current; an editor
// publishes Spanish alone; the public sees exactly what is published.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { signInToAdmin } from './helpers/admin'
import { adminHeaders, api } from './helpers/api'
import { baseUrl, launchBrowser } from './helpers/browser'

const RELEASE_TITLE = 'Japan Urged to Widen Support for Trafficking Victims'
// The dashboard names a document in each language's own column in that language.
const RELEASE_TITLE_JA = '日本委員会とJNATIP、人身取引被害者の支援拡充を政府に要請'
const RELEASE_TITLE_ES =
  'El Comité de Japón y la JNATIP piden al Gobierno más protección para las víctimas de trata'
const SLUG = 'japan-urged-to-widen-support-for-trafficking-victims'

let browser: Awaited<ReturnType<typeof launchBrowser>>
let releaseId: number

beforeAll(async () => {
  browser = await launchBrowser({ locale: 'ja-JP' })
  const found = await api(
    'GET',
    `/news-releases?where[slug][equals]=${SLUG}&depth=0`,
    undefined,
    await adminHeaders(),
  )
  releaseId = found.body.docs[0].id
})
afterAll(async () => {
  await browser?.close()
})

const signIn = (email: string): Promise<Page> => signInToAdmin(browser.context, email)

const publicText = async (path: string) => {
  const res = await fetch(`${baseUrl()}${path}`)
  expect(res.status).toBe(200)
  return res.text()
}

describe('a translator', () => {
  it('finds the outdated Japanese translations on the dashboard, fixes one, and sees it current', async () => {
    const page = await signIn('translator@example.org')
    const japanese = page.locator('.translation-work [data-locale="ja"]')
    const outdated = japanese.locator('li[data-state="outdated"]', { hasText: RELEASE_TITLE_JA })
    await expect(outdated.count()).resolves.toBe(1)
    // The admin speaks the browser's language.
    await expect(page.locator('#translation-work-title').innerText()).resolves.toBe('翻訳作業')
    await expect(outdated.innerText()).resolves.toContain('要更新')

    await Promise.all([page.waitForURL(/locale=ja/), outdated.locator('a').click()])
    const summary = page.locator('#field-summary')
    await summary.waitFor()
    // The sidebar says what is out of date, and links to the public page in each language.
    await expect(
      page.locator('.translation-status li[data-locale="ja"]').getAttribute('data-state'),
    ).resolves.toBe('outdated')
    const onSite = page.locator('.view-on-site a')
    await expect(
      onSite.evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ).resolves.toEqual([`/en/news/${SLUG}`, `/ja/news/${SLUG}`, `/es/noticias/${SLUG}`])
    const revised =
      'IMADR日本委員会と人身売買禁止ネットワーク（JNATIP）は、毎年の日本政府との意見交換会で、多言語ホットライン、被害者認定の要件の拡大、専門の相談窓口の3点を求めました。'
    await summary.fill(revised)
    // Translators may only save drafts: there is no Publish button for them.
    await expect(page.locator('#action-save').count()).resolves.toBe(0)
    await page.locator('#action-save-draft').click()
    await page
      .locator('.payload-toast-container .toast-success')
      .first()
      .waitFor({ timeout: 30_000 })

    await page.goto(`${baseUrl()}/admin`)
    await expect(
      page
        .locator('.translation-work [data-locale="ja"] li', { hasText: RELEASE_TITLE_JA })
        .count(),
    ).resolves.toBe(0)
    await expect(
      page
        .locator('.translation-work [data-locale="es"] li[data-state="outdated"]', {
          hasText: RELEASE_TITLE_ES,
        })
        .count(),
    ).resolves.toBe(1)

    // The list view's column says the same.
    await page.goto(`${baseUrl()}/admin/collections/news-releases?limit=100&locale=en`)
    const row = page.locator('tr', { hasText: RELEASE_TITLE })
    await expect(row.locator('[data-locale="ja"]').getAttribute('data-state')).resolves.toBe(
      'current',
    )
    await expect(row.locator('[data-locale="es"]').getAttribute('data-state')).resolves.toBe(
      'outdated',
    )

    // A draft: the public still reads the published Japanese.
    const page_ = await publicText(`/ja/news/${SLUG}`)
    expect(page_).not.toContain(revised)
    await page.close()
  })
})

describe('an editor', () => {
  it('publishes the Spanish alone, and the public sees exactly that', async () => {
    const page = await signIn('editor@example.org')
    await page.goto(`${baseUrl()}/admin/collections/news-releases/${releaseId}?locale=es`)
    const summary = page.locator('#field-summary')
    await summary.waitFor()
    // The translator had it open a moment ago: Payload's document lock asks before taking over.
    const takeOver = page.locator('#document-locked-take-over')
    if (
      await takeOver.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      )
    ) {
      await takeOver.click()
      await page.locator('#document-locked').waitFor({ state: 'detached' })
      // Start from the form as it is now ours.
      await page.reload()
      await summary.waitFor()
    }
    const spanish =
      'El Comité de Japón del IMADR y la JNATIP aprovecharon su diálogo anual con el Gobierno de Japón para pedir tres cosas: una línea de ayuda en varios idiomas, criterios más amplios para reconocer a las víctimas y una ventanilla de atención especializada.'
    await summary.fill(spanish)
    await expect(summary.inputValue()).resolves.toBe(spanish)
    const publish = page.locator('#action-save')
    // The Japanese admin names the language in Japanese.
    await expect(publish.innerText()).resolves.toContain('スペイン語で公開する')
    await publish.click()
    await page
      .locator('.payload-toast-container .toast-success')
      .first()
      .waitFor({ timeout: 30_000 })

    // Published pages are refreshed within a few seconds of the change.
    let html = ''
    for (let tries = 0; tries < 20 && !html.includes(spanish); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      html = await publicText(`/es/noticias/${SLUG}`)
    }
    expect(html).toContain(spanish)
    // Publishing Spanish published nothing else: the translator's Japanese draft stays a draft.
    expect(await publicText(`/ja/news/${SLUG}`)).not.toContain('3点を求めました')
    const es = await api('GET', `/news-releases/${releaseId}?locale=es`)
    expect(es.body.summary).toBe(spanish)
    const ja = await api('GET', `/news-releases/${releaseId}?locale=ja`)
    expect(ja.body.summary).not.toContain('3点を求めました')

    // And the Spanish translation is current again.
    await page.goto(`${baseUrl()}/admin`)
    await expect(
      page
        .locator('.translation-work [data-locale="es"] li', { hasText: RELEASE_TITLE_ES })
        .count(),
    ).resolves.toBe(0)
    await page.close()
  })
})
