// What a phone loads first (issue 13: Lighthouse on mobile): the release's hero in the width the
// screen needs, asked for first; nothing that holds back the first paint; no fonts; no fetching of
// other pages while this one loads; and only the error page's messages sent to the browser.
import { describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { baseUrl, browserForTests } from './helpers/browser'
import { messages } from './helpers/messages'

const RELEASE = '/en/news/imadr-welcomes-call-to-address-demand-side-of-trafficking'
const pages = ['/en', RELEASE, '/en/news', '/en/press']
const phone = browserForTests({ phone: true })

/** Opens a page on the phone, keeping every request it makes until it is loaded and idle. */
const open = async (path: string): Promise<{ page: Page; requests: string[][] }> => {
  const page = await phone.newPage()
  const requests: string[][] = []
  page.on('request', (request) => requests.push([request.resourceType(), request.url()]))
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' })
  return { page, requests }
}

const widthsOf = (srcset: string | null) =>
  [...(srcset ?? '').matchAll(/\s(\d+)w\b/g)].map((match) => Number(match[1]))

describe('the release’s hero image', () => {
  it('comes in several widths, and the phone gets one as sharp as its screen, not the original', async () => {
    const { page } = await open(RELEASE)
    const hero = page.locator('img.release__image')
    expect(widthsOf(await hero.getAttribute('srcset')).length).toBeGreaterThanOrEqual(3)
    expect(await hero.getAttribute('sizes')).toBeTruthy()
    const shown = await hero.evaluate((img: HTMLImageElement) => ({
      loaded: img.complete && img.naturalWidth > 0,
      needed: img.getBoundingClientRect().width * window.devicePixelRatio,
      current: new URL(img.currentSrc).pathname,
    }))
    expect(shown.loaded).toBe(true)
    expect(shown.current).toMatch(/\.webp$/)
    // The chosen file's width, as its srcset entry says (the browser scales naturalWidth by it).
    const srcset = (await hero.getAttribute('srcset')) ?? ''
    const chosen = Number(new RegExp(`${shown.current} (\\d+)w`).exec(srcset)?.[1])
    expect(chosen).toBeGreaterThanOrEqual(shown.needed)
    expect(chosen).toBeLessThan(1600) // the seeded original's width
    await page.close()
  })

  it('is asked for first: preloaded at high priority, never lazy; the other images wait', async () => {
    const { page } = await open(RELEASE)
    const hero = page.locator('img.release__image')
    expect(await hero.getAttribute('fetchpriority')).toBe('high')
    expect(await hero.getAttribute('loading')).not.toBe('lazy')
    const preload = page.locator('head link[rel="preload"][as="image"]')
    expect(await preload.count()).toBe(1)
    expect(await preload.getAttribute('fetchpriority')).toBe('high')
    expect(await preload.getAttribute('imagesrcset')).toBe(await hero.getAttribute('srcset'))
    expect(await preload.getAttribute('imagesizes')).toBe(await hero.getAttribute('sizes'))
    const others = await page
      .locator('img:not(.release__image)')
      .evaluateAll((imgs) => imgs.map((img) => img.getAttribute('loading')))
    expect(others.length).toBeGreaterThan(0) // the header's logo
    expect(others.every((loading) => loading === 'lazy')).toBe(true)
    await page.close()
  })
})

describe.each(pages)('%s on a phone', (path) => {
  it('has its styles in the page: no stylesheet, font or blocking script to wait for', async () => {
    const html = await (await fetch(`${baseUrl()}${path}`)).text()
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/)
    expect(html).toMatch(/<style[^>]*>[^<]*\.site-header/)
    // Scripts a current browser runs (not the polyfills for old ones, which it skips).
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="[^"]*"[^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => !/\bnoModule\b/i.test(tag))
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.filter((tag) => !/\b(async|defer)\b/.test(tag))).toEqual([])

    const { page, requests } = await open(path)
    const kinds = requests.map(([kind]) => kind)
    expect(kinds).not.toContain('stylesheet')
    expect(kinds).not.toContain('font')
    await page.close()
  })

  it('fetches no other page while it loads; its links load pages as plain links do', async () => {
    const { page, requests } = await open(path)
    // The client router's prefetches (and its navigations) ask for a page's data with ?_rsc=.
    expect(requests.filter(([, url]) => url.includes('_rsc='))).toEqual([])
    const documents = requests.length
    await Promise.all([page.waitForURL(`${baseUrl()}/en/focus-areas`), page.click('.site-nav a')])
    expect(requests.slice(documents)).toContainEqual(['document', `${baseUrl()}/en/focus-areas`])
    await page.close()
  })
})

describe('the messages sent to the browser', () => {
  it('are the error page’s alone: everything else is rendered on the server', async () => {
    const html = await (await fetch(`${baseUrl()}/ja`)).text()
    // The page's React Server Components payload, as the browser receives it within the page.
    const payload = [...html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)]
      .map((match) => (JSON.parse(match[1]) as [number, string?])[1] ?? '')
      .join('')
    const start = payload.indexOf('"messages":{') + '"messages":'.length
    expect(start).toBeGreaterThan('"messages":'.length)
    // The provider's messages object: the shortest JSON that parses from there.
    let end = start
    let sent: unknown
    while (sent === undefined && (end = payload.indexOf('}', end) + 1) > 0) {
      try {
        sent = JSON.parse(payload.slice(start, end))
      } catch {
        // not closed yet
      }
    }
    expect(sent).toEqual({ Error: messages('ja').Error })
    expect(payload.indexOf('"messages":', end)).toBe(-1)
  })
})
