import type { CollectionSlug, Payload, TaskHandler } from 'payload'

type ScheduleInput = {
  type?: 'publish' | 'unpublish'
  locale?: string | null
  doc?: { relationTo: CollectionSlug; value: number | string } | null
  user?: { relationTo: CollectionSlug; value: number | string } | null
}

/**
 * Payload's scheduled unpublish, with a status per language, takes down only the default language
 * (its task passes no locale), leaving the translations public. A scheduled unpublish of a document
 * means taking it down: this makes the task unpublish every language, as the scheduling user.
 */
export const unpublishEveryLanguage = (payload: Payload): void => {
  const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'schedulePublish')
  if (!task || typeof task.handler !== 'function') return
  const original = task.handler as TaskHandler<'schedulePublish'>
  task.handler = (async (args: Parameters<TaskHandler<'schedulePublish'>>[0]) => {
    const input = args.input as ScheduleInput
    if (input.type !== 'unpublish' || !input.doc || input.locale) return original(args)
    const user = input.user
      ? {
          ...(await args.req.payload.findByID({
            collection: input.user.relationTo,
            id: input.user.value,
            depth: 0,
          })),
          collection: input.user.relationTo,
        }
      : null
    await args.req.payload.update({
      collection: input.doc.relationTo,
      id: input.doc.value,
      data: { _status: 'draft' },
      unpublishAllLocales: true,
      depth: 0,
      overrideAccess: user === null,
      user: user as never,
    })
    return { output: {} }
  }) as typeof task.handler
}
