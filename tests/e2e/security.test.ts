// Safe operations in the browser: security headers on every response, a content security policy that
// the site and the admin live with, and content that looks like markup shown as text, never run.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { adminCredentials } from '@/seed/adminUser'
import { adminHeaders, api } from './helpers/api'
import { baseUrl, launchBrowser } from './helpers/browser'

let context: BrowserContext
let close: () => Promise<void>
beforeAll(async () => {
  ;({ context, close } = await launchBrowser())
})
afterAll(async () => {
  await close?.()
})

const policyBreaches = (page: Page) => {
  const breaches: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text()))
      breaches.push(`${page.url()}: ${message.text()}`)
  })
  return breaches
}

describe('every response', () => {
  it.each([
    '/',
    '/en',
    '/es/noticias',
    '/ja/press',
    '/admin/login',
    '/api/news-releases?limit=1',
    '/sitemap.xml',
  ])('%s carries the security headers', async (path) => {
    const response = await fetch(`${baseUrl()}${path}`)
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("frame-ancestors 'self'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("base-uri 'self'")
    expect(policy).toMatch(/script-src 'self'[^;]*;/)
    expect(policy).not.toContain('unsafe-eval')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })
})

describe('the content security policy', () => {
  it('breaks nothing on the public site', async () => {
    const page = await context.newPage()
    const breaches = policyBreaches(page)
    for (const path of ['/en', '/ja/press', '/es/noticias', '/en/search?q=migration']) {
      await page.goto(`${baseUrl()}${path}`)
      await page.waitForLoadState('networkidle')
    }
    expect(breaches).toEqual([])
    await page.close()
  })

  it('breaks nothing in the admin: sign in, open a release, type in the rich-text editor', async () => {
    const page = await context.newPage()
    const breaches = policyBreaches(page)
    const { email, password } = adminCredentials()
    await page.goto(`${baseUrl()}/admin/login`)
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', password)
    await Promise.all([
      page.waitForURL(/\/admin$/, { timeout: 60_000 }),
      page.click('button[type="submit"]'),
    ])
    const releases = await api(
      'GET',
      '/news-releases?limit=1&depth=0',
      undefined,
      await adminHeaders(),
    )
    await page.goto(`${baseUrl()}/admin/collections/news-releases/${releases.body.docs[0].id}`)
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    await page.keyboard.type(' checked')
    await expect(editor.innerText()).resolves.toContain('checked')
    expect(breaches).toEqual([])
    await page.close()
  })
})

describe('content that looks like markup', () => {
  it('is shown as text and never runs', async () => {
    const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'
    const text = (value: string) => ({
      type: 'text',
      text: value,
      version: 1,
      format: 0,
      detail: 0,
      mode: 'normal',
      style: '',
    })
    const created = await api(
      'POST',
      '/news-releases',
      {
        title: `Markup test ${markup}`,
        slug: 'markup-test',
        summary: markup,
        scope: 'global',
        _status: 'published',
        body: {
          root: {
            type: 'root',
            version: 1,
            format: '',
            indent: 0,
            direction: 'ltr',
            children: [
              {
                type: 'paragraph',
                version: 1,
                format: '',
                indent: 0,
                direction: 'ltr',
                textFormat: 0,
                children: [text(markup)],
              },
            ],
          },
        },
      },
      await adminHeaders(),
    )
    expect(created.status).toBe(201)
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/en/news/markup-test`)
    await page.waitForLoadState('networkidle')
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined()
    await expect(page.locator('.prose').innerText()).resolves.toContain(markup)
    await expect(page.locator('h1').innerText()).resolves.toContain('<script>')
    await page.close()
  })
})

describe('sign-in and secrets in production', () => {
  it('sends the session cookie HttpOnly, Secure and SameSite=Lax', async () => {
    const res = await fetch(`${baseUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(adminCredentials()),
    })
    expect(res.status).toBe(200)
    const cookie = res.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
  })

  /** The production server (`npm start`'s) on the same build and database, with PAYLOAD_SECRET set to `secret`. */
  const startWith = (secret: string) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const { env } = JSON.parse(
        readFileSync(path.join(tmpdir(), 'beacon-e2e-state.json'), 'utf8'),
      ) as { env: NodeJS.ProcessEnv }
      const server = spawn(process.execPath, ['scripts/serve.js', '-p', '0', '-H', 'localhost'], {
        env: { ...env, PAYLOAD_SECRET: secret, JOBS_RUNNER: 'off' },
      })
      let output = ''
      server.stdout.on('data', (chunk: Buffer) => (output += chunk))
      server.stderr.on('data', (chunk: Buffer) => (output += chunk))
      const timer = setTimeout(() => server.kill('SIGKILL'), 60_000)
      server.on('exit', (code: number | null) => {
        clearTimeout(timer)
        resolve({ code, output })
      })
    })

  it.each([
    ['', 'is not set'],
    ['change-this-secret-before-going-public', 'placeholder'],
    ['short-secret', 'shorter than 32 characters'],
  ])('refuses to start with PAYLOAD_SECRET=%p, saying what to do', async (secret, problem) => {
    const { code, output } = await startWith(secret)
    expect(code).toBe(1)
    expect(output).toContain(problem)
    expect(output).toContain('openssl rand -hex 32')
    expect(output).not.toMatch(/\n\s+at /)
  })
})
