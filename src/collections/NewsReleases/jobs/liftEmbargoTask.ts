import type { TaskConfig } from 'payload'

/**
 * Publishes a release in every language at its embargo time, each language from its latest
 * version. Payload's own scheduled publish does one language per job, and one job per language
 * would race on the same document.
 */
export const liftEmbargoTask: TaskConfig<'liftEmbargo'> = {
  slug: 'liftEmbargo',
  label: 'Lift embargo',
  inputSchema: [
    { name: 'release', type: 'relationship', relationTo: 'news-releases', required: true },
  ],
  retries: 3,
  handler: async ({ input, req }) => {
    const id = typeof input.release === 'object' ? input.release.id : input.release
    await req.payload.update({
      collection: 'news-releases',
      id,
      data: { _status: 'published' },
      publishAllLocales: true,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { output: {} }
  },
}
