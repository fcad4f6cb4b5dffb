import type { BrowserContext, Page } from 'playwright-core'
import { adminCredentials } from '@/seed/adminUser'
import { baseUrl } from './browser'

/**
 * Signs a seeded account (demo password) into the admin in a new page, as staff do; the admin
 * speaks the browser's language.
 */
export const signInToAdmin = async (
  context: BrowserContext,
  email = adminCredentials().email,
): Promise<Page> => {
  const page = await context.newPage()
  await page.context().clearCookies()
  await page.goto(`${baseUrl()}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', adminCredentials().password)
  await Promise.all([
    page.waitForURL(/\/admin$/, { timeout: 60_000 }),
    page.click('button[type="submit"]'),
  ])
  return page
}
