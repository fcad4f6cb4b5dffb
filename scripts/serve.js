// `next start` on the configuration the build wrote (.next/required-server-files.json), as Next's
// own standalone server does, instead of evaluating next.config.ts again: that takes Next's SWC
// compiler and next-intl's plugin into the server for good, about 50 MB of its memory for a file
// read once. The build has already applied the configuration (routes-manifest.json holds its
// redirects, rewrites and headers). Arguments are next start's (-p, -H).
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const distDir = process.env.NEXT_DIST_DIR || '.next'
const written = path.join(distDir, 'required-server-files.json')
if (!existsSync(written)) {
  console.error(`No build in ${distDir}: run \`npm run build\` first.`)
  process.exit(1)
}
const { config } = JSON.parse(readFileSync(written, 'utf8'))
// Read when the server starts rather than when it was built: which copy it serves, and where its
// cache lives: with several instances (REDIS_URL), in the Redis they share.
const cacheHandler = process.env.REDIS_URL
  ? path.join(import.meta.dirname, '../src/revalidation/cacheHandler.mjs')
  : config.cacheHandler
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify({ ...config, distDir, cacheHandler })

process.argv = [process.argv[0], 'next', 'start', ...process.argv.slice(2)]
createRequire(import.meta.url)('next/dist/bin/next')
