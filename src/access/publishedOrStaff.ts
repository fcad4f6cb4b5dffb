import type { Access } from 'payload'

/**
 * Staff see every document; the public sees a document once it is published in some language.
 * Status is per language: read in one locale, this matches that locale's status; read with
 * locale "all", any published language will do, and hideUnpublishedLocales then removes the
 * languages that are not published from what the reader gets.
 */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  user ? true : { _status: { equals: 'published' } }
