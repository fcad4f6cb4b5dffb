import type { CollectionAfterChangeHook } from 'payload'
import { cancelEmbargoLift, queueEmbargoLift } from '@/collections/NewsReleases/jobs/embargoLift'

const isFuture = (value: unknown): value is string =>
  typeof value === 'string' && Date.parse(value) > Date.now()

/**
 * Keeps one scheduled publish at the embargo time: the job publishes every language of the
 * release, each from its latest version, and through the usual change hooks refreshes every page
 * that lists it. A moved or cleared embargo takes its old job with it.
 */
export const scheduleEmbargoLift: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const previous = previousDoc?.embargoUntil
  if (typeof previous === 'string' && previous !== doc.embargoUntil)
    await cancelEmbargoLift(req, doc.id, previous)
  if (isFuture(doc.embargoUntil)) await queueEmbargoLift(req, doc.id, doc.embargoUntil)
  return doc
}
