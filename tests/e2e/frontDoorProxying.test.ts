// The front door: nginx (deploy/nginx/beacon.conf.template) passes ordinary requests to the app,
// tells the app the client's real address, whatever the client claims, and says when the app is
// down.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startNginx } from '../../deploy/nginx/nginx.js'
import { freePort, running, stopGroup, waitForOk } from '../../deploy/processes.js'
import { expectPage, text } from './helpers/frontDoor'
import { rawRequest } from './helpers/raw'
import { stateFile } from './setup/startServer.js'

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

  it('come compressed from nginx, which alone compresses: the app sends pages as they are', async () => {
    const { appUrl } = JSON.parse(readFileSync(stateFile, 'utf8')) as { appUrl: string }
    const gzip = { 'Accept-Encoding': 'gzip' }
    for (const path of ['/en', '/es/noticias', '/ja/feed.xml']) {
      const front = await rawRequest(path, { headers: gzip })
      expect(`${path} ${front.status} ${front.headers['content-encoding']}`).toBe(
        `${path} 200 gzip`,
      )
      const app = await rawRequest(path, { headers: gzip, base: appUrl })
      expect(`${path} ${app.status} ${app.headers['content-encoding']}`).toBe(
        `${path} 200 undefined`,
      )
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
