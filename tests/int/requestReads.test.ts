// A page's generateMetadata and the page itself read the same data in one request: after a publish,
// each read would otherwise miss Next's data cache and run its query again. Shared within a render,
// never across renders (that would serve one reader's request the data read for another). React's
// cache works only under the react-server condition, as in Next's server, so the renders run in a
// Node process of their own.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'

const script = `
import { createElement as h } from 'react'
import { renderToReadableStream } from 'next/dist/compiled/react-server-dom-webpack/server.edge'
const { oncePerRequest } = await import('./src/content/requestReads.ts')
let runs = 0
const Read = async ({ name }) =>
  h('p', null, await oncePerRequest(name, async () => (runs++, name)))
const render = () =>
  new Response(
    renderToReadableStream(h('div', null, h(Read, { name: 'list' }), h(Read, { name: 'list' }), h(Read, { name: 'settings' })), {}),
  ).text()
const html = await render()
const afterOne = runs
await render()
console.log(JSON.stringify({ html, afterOne, afterTwo: runs }))
`

describe('reads shared within a request', () => {
  it('runs each distinct read once per render, and again in the next render', () => {
    const { NODE_OPTIONS: _options, ...rest } = process.env
    // React's production build: its development build adds each component's props to the payload.
    const env = { ...rest, NODE_ENV: 'production' as const }
    const { status, stdout, stderr } = spawnSync(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', '--input-type=module', '--eval', script],
      { encoding: 'utf8', env },
    )
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const { html, afterOne, afterTwo } = JSON.parse(stdout.trim())
    // Both "list" parts got the value, from one run of the read.
    expect(html.match(/"children":"list"/g)).toHaveLength(2)
    expect(html).toContain('"children":"settings"')
    expect(afterOne).toBe(2)
    expect(afterTwo).toBe(4)
  })
})
