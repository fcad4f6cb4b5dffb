// Instances that start together (docker compose up --scale app=N) each run scripts/prepare.ts on
// one empty database: the demo content is loaded once, not once per instance.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { sharedRedisForFile } from '../helpers/redisServer'

sharedRedisForFile()
const distDir = mkdtempSync(path.join(tmpdir(), 'beacon-prepare-dist-'))
afterAll(() => {
  rmSync(distDir, { recursive: true, force: true })
})

/** A script run as `npm run prepare:db` runs it, on this file's database and Redis. */
const runScript = (script: string) =>
  new Promise<{ status: number | null; output: string }>((resolve) => {
    // Without Jest's NODE_OPTIONS and worker id (its preload ends a worker's process on beforeExit),
    // and in development's mode, not the test suite's, where the schema is pushed, not migrated.
    const { NODE_OPTIONS: _options, JEST_WORKER_ID: _worker, ...env } = process.env
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', script], {
      env: { ...env, NODE_ENV: 'development', NEXT_DIST_DIR: distDir, LOG_LEVEL: 'error' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    // tsx runs the script in a child process of its own: the whole group goes.
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 200_000)
    child.on('close', (status) => {
      clearTimeout(timer)
      resolve({ status, output })
    })
  })

describe('two instances preparing one empty database at once', () => {
  it('load the demo content once, and both start', async () => {
    const runs = await Promise.all([
      runScript('scripts/prepare.ts'),
      runScript('scripts/prepare.ts'),
    ])
    for (const run of runs) expect(run).toMatchObject({ status: 0 })
    const loads = runs.filter((run) =>
      run.output.includes('Empty database: loading the demo content'),
    )
    expect(loads).toHaveLength(1)

    const counted = await runScript('tests/int/prepareTogether/demoCounts.ts')
    // With its output, so a failure says why (once in CI it exited 13: a top-level await unsettled).
    expect(counted).toMatchObject({ status: 0 })
    const counts = JSON.parse(counted.output.trim().split('\n').pop()!)
    expect(counts.releases).toBeGreaterThan(0)
    // One copy: every release's slug once, one admin and the three demo staff.
    expect(counts.slugs).toBe(counts.releases)
    expect(counts.users).toBe(4)
  }, 240_000)
})
