// Previewing drafts from the admin through Next's draft mode: only for signed-in staff holding the
// admin's secret, never cached, never indexed; live preview follows the editor's autosaves.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { adminCredentials } from '@/seed/adminUser'
import { adminHeaders, api } from './helpers/api'
import { baseUrl, launchBrowser } from './helpers/browser'

const SLUG = 'saarc-trafficking-convention-needs-a-monitoring-mechanism'

let browser: Awaited<ReturnType<typeof launchBrowser>>
let releaseId: number
let publishedTitle: string

beforeAll(async () => {
  browser = await launchBrowser()
  const found = await api(
    'GET',
    `/news-releases?where[slug][equals]=${SLUG}&depth=0&locale=en`,
    undefined,
    await adminHeaders(),
  )
  releaseId = found.body.docs[0].id
  publishedTitle = found.body.docs[0].title
})
afterAll(async () => {
  await browser?.close()
})

const signIn = async (): Promise<Page> => {
  const page = await browser.context.newPage()
  const { email, password } = adminCredentials()
  await page.goto(`${baseUrl()}/admin/login`)
  // Signed in already (the browser keeps the session): the login page sends us on.
  if (
    await page
      .locator('input[name="email"]')
      .waitFor({ timeout: 10_000 })
      .then(
        () => false,
        () => true,
      )
  )
    return page
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await Promise.all([
    page.waitForURL(/\/admin$/, { timeout: 60_000 }),
    page.click('button[type="submit"]'),
  ])
  return page
}

describe('the draft-mode switch', () => {
  it('refuses a missing secret, a path off the site and a visitor who is not signed in, with a message', async () => {
    const noSecret = await fetch(`${baseUrl()}/next/preview?path=/en`, { redirect: 'manual' })
    expect(noSecret.status).toBe(401)
    expect(
      ((await noSecret.json()) as { errors: { message: string }[] }).errors[0].message,
    ).toMatch(/admin/)
    const inJapanese = await fetch(`${baseUrl()}/next/preview?path=/ja`, {
      redirect: 'manual',
      headers: { 'accept-language': 'ja' },
    })
    expect(inJapanese.status).toBe(401)
    expect(
      ((await inJapanese.json()) as { errors: { message: string }[] }).errors[0].message,
    ).toContain('管理画面')

    // The real secret, taken from the admin's own Preview link, without the staff session.
    const page = await signIn()
    await page.goto(`${baseUrl()}/admin/collections/news-releases/${releaseId}`)
    const href = await page.locator('#preview-button').getAttribute('href')
    await page.close()
    const secret = new URL(href!, baseUrl()).searchParams.get('secret')!
    for (const path of ['//evil.example/en', 'https://evil.example/en', '/admin', '/en/../admin']) {
      const res = await fetch(
        `${baseUrl()}/next/preview?${new URLSearchParams({ secret, path })}`,
        { redirect: 'manual' },
      )
      expect(res.status).toBe(400)
    }
    const anonymous = await fetch(
      `${baseUrl()}/next/preview?${new URLSearchParams({ secret, path: `/en/news/${SLUG}` })}`,
      { redirect: 'manual' },
    )
    expect(anonymous.status).toBe(403)
    expect(anonymous.headers.get('set-cookie') ?? '').not.toContain('__prerender_bypass')
  })
})

describe('previewing a draft', () => {
  it('shows staff the latest draft in each language, uncached and noindex, while the public still sees the published page', async () => {
    const headers = await adminHeaders()
    const draftTitle = `${publishedTitle} (draft in progress)`
    expect(
      (
        await api(
          'PATCH',
          `/news-releases/${releaseId}?locale=en&draft=true`,
          { title: draftTitle },
          headers,
        )
      ).status,
    ).toBe(200)
    expect(
      (
        await api(
          'PATCH',
          `/news-releases/${releaseId}?locale=ja&draft=true`,
          { title: 'SAARC条約の監視機構（下書き）' },
          headers,
        )
      ).status,
    ).toBe(200)

    const page = await signIn()
    await page.goto(`${baseUrl()}/admin/collections/news-releases/${releaseId}?locale=ja`)
    const href = await page.locator('#preview-button').getAttribute('href')
    expect(href).toContain(encodeURIComponent(`/ja/news/${SLUG}`))
    const response = await page.goto(`${baseUrl()}${href}`)
    expect(new URL(page.url()).pathname).toBe(`/ja/news/${SLUG}`)
    await expect(page.locator('h1').innerText()).resolves.toBe('SAARC条約の監視機構（下書き）')
    await expect(page.locator('.preview-banner').innerText()).resolves.toContain('下書き')
    expect(response?.headers()['cache-control']).toMatch(/no-store/)
    expect(response?.headers()['x-robots-tag']).toMatch(/noindex/)
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toMatch(
      /noindex/,
    )

    await page.goto(`${baseUrl()}/en/news/${SLUG}`)
    await expect(page.locator('h1').innerText()).resolves.toBe(draftTitle)

    // Anyone else, at the same address: the published release.
    const published = await (await fetch(`${baseUrl()}/en/news/${SLUG}`)).text()
    expect(published).toContain(publishedTitle)
    expect(published).not.toContain('draft in progress')

    // Leaving the preview: the published page again, on the same page.
    await page.locator('.preview-banner a').click()
    await page.waitForURL(`${baseUrl()}/en/news/${SLUG}`)
    await expect(page.locator('h1').innerText()).resolves.toBe(publishedTitle)
    await expect(page.locator('.preview-banner').count()).resolves.toBe(0)
    await page.close()
  })

  it('live preview in the admin follows the editor’s autosaves', async () => {
    const page = await signIn()
    await page.goto(`${baseUrl()}/admin/collections/news-releases/${releaseId}?locale=en`)
    await page.locator('#live-preview-toggler').click()
    const frame = page.frameLocator('iframe')
    await frame.locator('h1').waitFor({ timeout: 30_000 })
    const liveTitle = `${publishedTitle} (live)`
    await page.locator('#field-title').fill(liveTitle)
    // Autosave every 2 s, then the page in the frame reloads its data.
    await expect(
      frame
        .locator('h1', { hasText: '(live)' })
        .waitFor({ timeout: 30_000 })
        .then(() => true),
    ).resolves.toBe(true)
    const published = await (await fetch(`${baseUrl()}/en/news/${SLUG}`)).text()
    expect(published).not.toContain('(live)')
    await page.close()
  })
})
