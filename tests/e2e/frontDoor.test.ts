// The front door: nginx (deploy/nginx/beacon.conf.template) in front of the seeded site refuses
// malformed and oversized requests with pages of its own in the reader's language (JSON for the
// API), and tells the app the client's real address, whatever the client claims.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startNginx } from '../../deploy/nginx/nginx.js'
import { freePort, running, stopGroup, waitForOk } from '../../deploy/processes.js'
import { siteSettings } from '../../src/seed/data/siteSettings'
import { type RawResponse, rawRequest } from './helpers/raw'
import { stateFile } from './setup/startServer.js'

type FrontDoor = (typeof import('../../messages/en.json'))['FrontDoor']
type Language = 'en' | 'ja' | 'es'
const text = Object.fromEntries(
  (['en', 'ja', 'es'] as const).map((language) => [
    language,
    JSON.parse(readFileSync(`messages/${language}.json`, 'utf8')).FrontDoor,
  ]),
) as Record<Language, FrontDoor>

/** nginx's own HTML page: the status, the refusal in `language`, the organisation's name and a link home. */
const expectPage = (
  response: RawResponse,
  status: number,
  refusal: keyof FrontDoor,
  language: Language,
) => {
  expect(response.status).toBe(status)
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
  const message = text[language][refusal] as { title: string }
  expect(response.text).toContain(`<h1>${message.title}</h1>`)
  expect(response.text).toContain(siteSettings.organisationName[language])
  expect(response.text).toContain(`<a href="/${language}">${text[language].home}</a>`)
}

describe('malformed addresses', () => {
  it('are refused with 400 and a page in the language of the path, when nginx refuses them before reading any header', async () => {
    for (const path of ['/en/%', '/en/%E0%A4%A', '/en/news/x/%E0%A4%A']) {
      expectPage(
        await rawRequest(path, { headers: { 'Accept-Language': 'ja' } }),
        400,
        'badRequest',
        'en',
      )
    }
    expectPage(await rawRequest('/ja/%E0%A4%A'), 400, 'badRequest', 'ja')
    expectPage(await rawRequest('/es/noticias/x/%'), 400, 'badRequest', 'es')
  })

  it('without a language in the path either, get the page in all three languages', async () => {
    const response = await rawRequest('/%', { headers: { 'Accept-Language': 'ja' } })
    for (const language of ['en', 'ja', 'es'] as const)
      expectPage(response, 400, 'badRequest', language)
    expect(response.text).toContain('<html lang="en">')
    expect(response.text).toContain('<section lang="ja">')
  })

  it('that nginx reads whole (a path that is not UTF-8, a stray % in the query) get the page in the reader’s language', async () => {
    expectPage(
      await rawRequest('/en/%FF', { headers: { 'Accept-Language': 'ja-JP,ja;q=0.9,en;q=0.8' } }),
      400,
      'badRequest',
      'ja',
    )
    expectPage(
      await rawRequest('/en/news/%C3%28', {
        headers: { 'Accept-Language': 'fr-CH, fr;q=0.9, es;q=0.8' },
      }),
      400,
      'badRequest',
      'es',
    )
    expectPage(
      await rawRequest('/en/search?q=100%', { headers: { 'Accept-Language': 'en-GB' } }),
      400,
      'badRequest',
      'en',
    )
  })

  it('under /api are refused with JSON, like the API’s own errors', async () => {
    for (const [path, language] of [
      ['/api/%', 'en'],
      ['/api/news-releases?where=%', 'es'],
    ] as const) {
      const response = await rawRequest(path, { headers: { 'Accept-Language': 'es' } })
      expect(response.status).toBe(400)
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8')
      expect(JSON.parse(response.text)).toEqual({
        errors: [{ message: text[language].badRequest.title }],
      })
    }
  })
})

describe('limits', () => {
  it('a header too large (a 64 KB cookie) gets 431 and the page, not an empty answer', async () => {
    const cookie = `big=${'a'.repeat(64 * 1024)}`
    expectPage(
      await rawRequest('/en', { headers: { 'Accept-Language': 'es', Cookie: cookie } }),
      431,
      'headersTooLarge',
      'es',
    )
    // Many headers each small enough: together more than the app would read.
    const many = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`X-Filler-${i}`, 'b'.repeat(1000)]),
    )
    expectPage(
      await rawRequest('/en', { headers: { 'Accept-Language': 'en', ...many } }),
      431,
      'headersTooLarge',
      'en',
    )
  })

  it('an address too long gets 414 and the page', async () => {
    expectPage(await rawRequest(`/ja/search?q=${'a'.repeat(20_000)}`), 414, 'uriTooLong', 'ja')
  })

  it('a body over 1 MB gets 413 (JSON under /api), except an upload to /api/media, which the app answers', async () => {
    const body = Buffer.alloc(1536 * 1024, 'a')
    const api = await rawRequest('/api/news-releases', {
      method: 'POST',
      body,
      headers: { 'Accept-Language': 'ja', 'Content-Type': 'application/json' },
    })
    expect(api.status).toBe(413)
    expect(JSON.parse(api.text)).toEqual({ errors: [{ message: text.ja.contentTooLarge.title }] })
    expectPage(
      await rawRequest('/en/search', {
        method: 'POST',
        body,
        headers: { 'Accept-Language': 'en' },
      }),
      413,
      'contentTooLarge',
      'en',
    )
    // Not signed in: the app itself refuses it, with its own message.
    const upload = await rawRequest('/api/media', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/octet-stream' },
    })
    expect(upload.status).not.toBe(413)
    expect(upload.headers['content-type']).toContain('application/json')
  })
})

describe('ordinary requests', () => {
  it('pass through to the app, with its security headers once and nginx’s version nowhere', async () => {
    for (const path of [
      '/en',
      '/es/noticias',
      '/en/news?page=2',
      '/ja/press',
      '/admin',
      '/api/news-releases?limit=1',
    ]) {
      const response = await rawRequest(path)
      expect(`${path} ${response.status}`).toBe(`${path} 200`)
      expect(
        response.rawHeaderNames.filter((name) => name === 'content-security-policy'),
      ).toHaveLength(1)
      expect(response.headers.server).toBe('nginx')
    }
  })

  it('are redirected to the public address, not the app’s', async () => {
    const response = await rawRequest('/', { headers: { 'Accept-Language': 'es' } })
    expect(response.status).toBe(307)
    expect(response.headers.location).toBe('/es')
  })
})

describe('what the app is told', () => {
  // nginx with the same configuration, in front of a server that answers with the headers it got.
  let echo: Server
  let nginx: ChildProcess
  let prefix: string
  let front: string
  beforeAll(async () => {
    echo = createServer((req, res) => {
      res.setHeader('Content-Type', 'application/json')
      res.end(JSON.stringify(req.headers))
    })
    await new Promise<void>((resolve) => echo.listen(0, 'localhost', resolve))
    const { dir } = JSON.parse(readFileSync(stateFile, 'utf8')) as { dir: string }
    prefix = mkdtempSync(path.join(tmpdir(), 'beacon-front-door-'))
    chmodSync(prefix, 0o755)
    const port = await freePort()
    front = `http://localhost:${port}`
    nginx = startNginx({
      dir: prefix,
      listen: `localhost:${port}`,
      app: `localhost:${(echo.address() as AddressInfo).port}`,
      pagesDir: path.join(dir, 'nginx', 'pages'),
    })
    await waitForOk(`${front}/`, {
      alive: () => running(nginx),
      what: 'nginx in front of the echo server',
    })
  })
  afterAll(async () => {
    await stopGroup(nginx?.pid)
    echo.closeAllConnections()
    echo.close()
    rmSync(prefix, { recursive: true, force: true })
  })

  it('the client’s own address, whatever it claims, and the public host', async () => {
    const response = await rawRequest('/en', {
      base: front,
      localAddress: '127.0.0.91',
      headers: {
        'X-Forwarded-For': '203.0.113.5',
        'X-Real-IP': '203.0.113.5',
        Forwarded: 'for=203.0.113.5',
        'X-Forwarded-Host': 'evil.example',
        'X-Forwarded-Port': '443',
        'X-Forwarded-Proto': 'https',
      },
    })
    const told = JSON.parse(response.text) as IncomingHttpHeaders
    expect(told).toMatchObject({
      'x-forwarded-for': '127.0.0.91',
      'x-real-ip': '127.0.0.91',
      host: new URL(front).host,
      'x-forwarded-host': new URL(front).host,
      'x-forwarded-proto': 'http',
    })
    expect(told.forwarded).toBeUndefined()
    expect(told['x-forwarded-port']).toBeUndefined()
  })

  it('when the app is down, the reader gets 502, the page in their language, and when to retry', async () => {
    echo.closeAllConnections()
    await new Promise((resolve) => echo.close(resolve))
    const response = await rawRequest('/ja/press', {
      base: front,
      headers: { 'Accept-Language': 'ja' },
    })
    expectPage(response, 502, 'badGateway', 'ja')
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0)
    const api = await rawRequest('/api/contacts', {
      base: front,
      headers: { 'Accept-Language': 'es' },
    })
    expect(api.status).toBe(502)
    expect(JSON.parse(api.text)).toEqual({ errors: [{ message: text.es.badGateway.title }] })
  })
})
