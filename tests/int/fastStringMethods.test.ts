// Loading the Redis client must not leave String.prototype slow: with it in dictionary mode, every
// string method call in the server is looked up the slow way (src/lib/fastStringMethods.mjs). V8
// tells whether an object's properties are fast only to code run with --allow-natives-syntax, so
// each case runs in a Node process of its own.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'

const stringMethodsFastAfter = (importing: string): boolean => {
  const { NODE_OPTIONS: _options, ...env } = process.env
  const { status, stdout, stderr } = spawnSync(
    process.execPath,
    [
      '--allow-natives-syntax',
      '--input-type=module',
      '--eval',
      `await import(${JSON.stringify(importing)}); console.log(%HasFastProperties(String.prototype))`,
    ],
    { encoding: 'utf8', env },
  )
  if (status !== 0) throw new Error(`node exited ${status}: ${stderr}`)
  return JSON.parse(stdout.trim()) as boolean
}

describe('string methods stay fast', () => {
  it('the Redis client alone leaves String.prototype slow (when this fails, the fix can go)', () => {
    expect(stringMethodsFastAfter('redis')).toBe(false)
  })

  it("the app's Redis connection module leaves String.prototype fast", () => {
    expect(stringMethodsFastAfter('./src/lib/redisConnection.mjs')).toBe(true)
  })

  it('the shared cache handler, which Next loads unbundled, leaves String.prototype fast', () => {
    expect(stringMethodsFastAfter('./src/revalidation/cacheHandler.mjs')).toBe(true)
  })
})
