// axe-core finds no WCAG 2.2 A/AA violations on any page type in any locale.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { BrowserContext } from 'playwright-core'
import { baseUrl, launchBrowser } from './helpers/browser'

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)
const SOURCE_RELEASE = 'imadr-welcomes-call-to-address-demand-side-of-trafficking'
const FOCUS_AREA = 'human-trafficking-and-exploitative-migration'
const paths = [
  '/{l}',
  '/{l}/news',
  `/{l}/news/${SOURCE_RELEASE}`,
  '/{l}/focus-areas',
  `/{l}/focus-areas/${FOCUS_AREA}`,
  '/{l}/committees/asia-committee',
  '/{l}/partners/jnatip',
  '/{l}/search?q=IMADR',
  '/{l}/press',
  '/{l}/press?language=fr',
  '/{l}/press/yuki-sato',
  '/{l}/news/no-such-release',
]

let context: BrowserContext
let close: () => Promise<void>
beforeAll(async () => {
  ;({ context, close } = await launchBrowser())
})
afterAll(async () => {
  await close?.()
})

const cases = paths.flatMap((path) =>
  ['en', 'ja', 'es'].map((locale) => path.replace('{l}', locale)),
)

describe.each(cases)('%s', (path) => {
  it('has no accessibility violations', async () => {
    const page = await context.newPage()
    // next-intl maps /es/news to /es/noticias; the page under test is wherever the reader ends up.
    await page.goto(`${baseUrl()}${path}`)
    await page.waitForFunction(() => document.documentElement.lang !== '')
    await page.addScriptTag({ content: axeSource })
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              options: object,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>
          }
        }
      ).axe
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      })
      return result.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      )
    })
    expect(violations).toEqual([])
    await page.close()
  })
})
