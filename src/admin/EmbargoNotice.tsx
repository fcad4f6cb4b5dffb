'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { adminT } from '@/i18n/adminT'
import { embargoUntilText } from '@/admin/embargo'
import type { NewsRelease } from '@/payload-types'
import './embargo.css'

/**
 * Beside the edit view's status (Payload's own, whose revert action we keep): until when the saved
 * release is under embargo. From the saved document, not the form, like the status itself.
 */
export function EmbargoNotice() {
  const { data } = useDocumentInfo()
  const { t, i18n } = useTranslation()
  const until = embargoUntilText(data as Partial<NewsRelease> | undefined, i18n.language)
  if (!until) return null
  return (
    <p className="embargo-mark embargo-notice" data-embargoed="true" role="status">
      {adminT(t)('beacon:embargoedUntil', { until })}
    </p>
  )
}
