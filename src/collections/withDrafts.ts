import type { CollectionConfig } from 'payload'
import { hideUnpublishedLocales } from '@/hooks/hideUnpublishedLocales'
import { latestTranslationStatus } from '@/hooks/latestTranslationStatus'
import { publishedOnlyForAnonymous } from '@/hooks/publishedOnlyForAnonymous'
import { translatorsSaveDrafts } from '@/hooks/translatorsSaveDrafts'

/**
 * Drafts, versions with restore, autosave and scheduled publishing, with a publication status per
 * language: a language goes public when it is published, whatever the others are doing.
 */
export const withDrafts = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  versions: {
    maxPerDoc: 50,
    // With autosave on, "Save draft" stays: a translator's save by hand marks the translation current.
    drafts: {
      autosave: { interval: 2000, showSaveDraftButton: true },
      schedulePublish: true,
      localizeStatus: true,
    },
  },
  // hideUnpublishedLocales needs each language's status, whatever a query selects.
  forceSelect: { ...collection.forceSelect, _status: true },
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      ...(collection.hooks?.beforeOperation ?? []),
      publishedOnlyForAnonymous,
      translatorsSaveDrafts,
    ],
    afterRead: [
      ...(collection.hooks?.afterRead ?? []),
      hideUnpublishedLocales,
      latestTranslationStatus,
    ],
  },
})
