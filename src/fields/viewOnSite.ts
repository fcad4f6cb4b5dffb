import type { UIField } from 'payload'
import type { DocumentPathname } from '@/documents/preview'
import { label } from '@/i18n/label'

/** In the edit view's sidebar: the document's public page in each language, opened in a new tab. */
export const viewOnSiteField = (pathname: DocumentPathname): UIField => ({
  name: 'viewOnSite',
  type: 'ui',
  label: label('Fields.viewOnSite'),
  admin: {
    position: 'sidebar',
    components: { Field: { path: '/admin/ViewOnSite#ViewOnSite', clientProps: { pathname } } },
  },
})
