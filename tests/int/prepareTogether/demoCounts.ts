// Prints what the demo content in DATABASE_URI amounts to, as JSON, the way the scripts see the
// database (migrated, not pushed like the test suite's own).
import '../../../scripts/env'
import { bootPayload } from '../../../scripts/boot'

const payload = await bootPayload()
const releases = await payload.find({
  collection: 'news-releases',
  limit: 500,
  depth: 0,
  draft: true,
  overrideAccess: true,
})
const users = await payload.count({ collection: 'users', overrideAccess: true })
console.log(
  JSON.stringify({
    releases: releases.totalDocs,
    slugs: new Set(releases.docs.map((doc) => doc.slug)).size,
    users: users.totalDocs,
  }),
)
await payload.destroy()
process.exit(0)
