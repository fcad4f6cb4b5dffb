import { afterAll, beforeAll } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { chromiumFlags, chromiumPath } from '../../../scripts/chromium'

export const baseUrl = (): string =>
  process.env.E2E_BASE_URL ??
  (
    JSON.parse(readFileSync(path.join(tmpdir(), 'beacon-e2e-state.json'), 'utf8')) as {
      url: string
    }
  ).url

/** Debian's Chromium, headless, with a fresh profile and no calls to outside hosts. */
export const launchBrowser = async (
  options: {
    locale?: string
    javaScriptEnabled?: boolean
    timezoneId?: string
    /** A phone's screen, as Lighthouse's mobile run has it (412 × 823 CSS px at 1.75x). */
    phone?: boolean
  } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> => {
  const profile = mkdtempSync(path.join(tmpdir(), 'beacon-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.phone
      ? { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true }
      : {}),
    args: chromiumFlags,
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/**
 * A browser for the tests of one file, called at the file's top: launched before its tests and
 * closed after them. Its pages open once the tests run.
 */
export const browserForTests = (
  options: Parameters<typeof launchBrowser>[0] = {},
): Pick<BrowserContext, 'newPage'> => {
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined
  beforeAll(async () => {
    browser = await launchBrowser(options)
  })
  afterAll(async () => {
    await browser?.close()
  })
  return {
    newPage: async () => {
      if (!browser) throw new Error('The browser opens pages only while the tests run.')
      return browser.context.newPage()
    },
  }
}
