// nginx's refusal pages: one per status the configuration hands to them, in every language, safe
// whatever the organisation is called. (tests/e2e/frontDoorRefusals.test.ts and
// frontDoorProxying.test.ts see nginx serve them.)
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  refusalJson,
  refusalPage,
  refusals,
  writeFrontDoorPages,
} from '../../scripts/frontDoorPages'

const names = { en: 'Rights & <Friends>', ja: '権利の会', es: 'Derechos "y" amigos' }

describe('the refusal pages', () => {
  it('cover exactly the statuses the nginx configuration sends to them', () => {
    const template = readFileSync('deploy/nginx/beacon.conf.template', 'utf8')
    const statuses = [...template.matchAll(/^\s*error_page ([^/]+)\//gm)].flatMap(([, codes]) =>
      // "494 =431": nginx's own code, answered as 431.
      codes.includes('=') ? [Number(codes.split('=')[1])] : codes.trim().split(/\s+/).map(Number),
    )
    expect([...new Set(statuses)].sort()).toEqual(Object.keys(refusals).map(Number).sort())
  })

  it('name the organisation, escaped, and link home in the page’s language', () => {
    const page = refusalPage(400, 'es', names)
    expect(page).toContain('<html lang="es">')
    expect(page).toContain('Derechos &quot;y&quot; amigos')
    expect(page).toContain('<a href="/es">Ir a la página de inicio</a>')
    expect(refusalPage(413, 'en', names)).toContain('Rights &amp; &lt;Friends&gt;')
  })

  it('in all three languages when nginx knows none, English first', () => {
    const page = refusalPage(502, 'mul', names)
    expect(page).toContain('<html lang="en">')
    expect(page.indexOf('<section lang="en">')).toBeLessThan(page.indexOf('<section lang="ja">'))
    for (const home of ['/en', '/ja', '/es']) expect(page).toContain(`href="${home}"`)
  })

  it('give API clients JSON shaped like the API’s errors', () => {
    expect(JSON.parse(refusalJson(431, 'ja'))).toEqual({
      errors: [{ message: 'リクエストヘッダーが大きすぎます' }],
    })
    expect(JSON.parse(refusalJson(431, 'mul'))).toEqual({
      errors: [{ message: 'The request headers are too large' }],
    })
  })

  it('are written for each language and status', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'beacon-pages-'))
    try {
      writeFrontDoorPages(dir, names)
      expect(readdirSync(dir).sort()).toEqual(['en', 'es', 'ja', 'mul'])
      const files = Object.keys(refusals).flatMap((status) => [`${status}.html`, `${status}.json`])
      for (const language of ['en', 'es', 'ja', 'mul'])
        expect(readdirSync(path.join(dir, language)).sort()).toEqual(files.sort())
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
