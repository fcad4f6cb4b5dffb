// Lighthouse (the npm package) in Debian's Chromium, with no calls to outside hosts.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumFlags, chromiumPath } from './chromium'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
// The performance metrics behind the score, in ms (CLS unitless), as Lighthouse simulated them.
const METRICS = {
  'FCP ms': 'first-contentful-paint',
  'LCP ms': 'largest-contentful-paint',
  'TBT ms': 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
} as const
export type Scores = Record<(typeof CATEGORIES)[number], number> &
  Record<keyof typeof METRICS, number> & { missed: string[] }

/** Lighthouse's default (mobile, simulated throttling) scores for one URL, 0–100, and what cost points. */
export const lighthouseScores = async (url: string): Promise<Scores> => {
  const profile = mkdtempSync(path.join(tmpdir(), 'beacon-lighthouse-'))
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    userDataDir: profile,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { categories, audits } = result.lhr
    const missed = Object.values(categories).flatMap((category) =>
      category.auditRefs
        .filter(
          (ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score! < 1,
        )
        .map(
          (ref) =>
            `${category.id}: ${ref.id}${audits[ref.id].displayValue ? ` (${audits[ref.id].displayValue})` : ''}`,
        ),
    )
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      ...(Object.fromEntries(
        Object.entries(METRICS).map(([name, id]) => [
          name,
          Number((audits[id].numericValue ?? NaN).toFixed(name === 'CLS' ? 3 : 0)),
        ]),
      ) as Record<keyof typeof METRICS, number>),
      missed,
    }
  } finally {
    await chrome.kill()
    rmSync(profile, { recursive: true, force: true })
  }
}
