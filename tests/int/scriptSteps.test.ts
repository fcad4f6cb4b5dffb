// scripts/steps.ts: a script whose event loop runs dry before it ends says which step it was on,
// where Node 20 would exit with code 13 and say nothing.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'

const run = (fixture: string) => {
  // Without Jest's NODE_OPTIONS and worker id: its preload ends a worker's process on beforeExit.
  const { NODE_OPTIONS: _options, JEST_WORKER_ID: _worker, ...env } = process.env
  return spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', `tests/int/scriptSteps/${fixture}`],
    { encoding: 'utf8', env },
  )
}

describe('a script that stops on a step', () => {
  it('names the step and exits 1 when a top-level await never settles', () => {
    const { status, stderr } = run('stalls.ts')
    expect(stderr).toContain(
      'The stalling script stopped while waiting for a promise nobody resolves: a step never finished.',
    )
    expect(status).toBe(1)
  })

  it('names the step when something else ends it with code 13', () => {
    const { status, stderr } = run('exits13.ts')
    expect(stderr).toContain(
      'The script ended by its loader exited with code 13 while requiring a module.',
    )
    expect(status).toBe(13)
  })
})
