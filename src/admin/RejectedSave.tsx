'use client'
import {
  useAllFormFields,
  useForm,
  useFormModified,
  useFormProcessing,
  useFormSubmitted,
} from '@payloadcms/ui'
import type { FormState } from 'payload'
import { useEffect, useRef } from 'react'

type Rejection = { message: string; value: string; restores: number }

// Payload's form asks the server for its state 250 ms after it last changed, if it is modified by
// then. Marked modified later, the rejected form sets off no such request (whose answer would drop
// the errors it cannot find itself).
const AFTER_FORM_STATE_DEBOUNCE_MS = 400
// Enough for the answers that clear errors without looking at them (a form-state request already on
// its way when the save was rejected, a draft autosaved after it); an error no form-state request
// can find (a duplicate in a unique index) would otherwise be put back after every one of them.
const RESTORES_PER_ERROR = 2

/**
 * Keeps a rejected save looking unsaved, in every edit view (mounted before the document controls).
 * Payload's form marks itself unmodified as soon as a save is answered, whatever the answer, and
 * marks it modified again only after a failed draft (payloadcms/payload#17517): the Save button went
 * grey. And a form-state answer that was asked for before the rejection, or that follows an
 * autosaved draft, marks every field valid: the field errors went away. This component marks the form
 * modified again after a rejected save, and puts a field's error back while its value is the one
 * that was rejected.
 */
export const RejectedSave = () => {
  const [fields, dispatchFields] = useAllFormFields()
  const { setModified, setSubmitted } = useForm()
  const processing = useFormProcessing()
  const submitted = useFormSubmitted()
  const modified = useFormModified()
  const wasProcessing = useRef(false)
  const rejections = useRef(new Map<string, Rejection>())
  // The fields as the save ended: the errors it added usually reach this component a render later.
  const fieldsAtRejection = useRef<FormState | null>(null)
  const remember = (state: FormState) => {
    for (const [path, field] of Object.entries(state)) {
      if (
        field.valid === false &&
        typeof field.errorMessage === 'string' &&
        !rejections.current.has(path)
      ) {
        rejections.current.set(path, {
          message: field.errorMessage,
          value: JSON.stringify(field.value ?? null),
          restores: 0,
        })
      }
    }
  }

  // Runs when a save starts or ends, with the state of the render that ends it.
  useEffect(() => {
    const ended = wasProcessing.current && !processing
    wasProcessing.current = processing
    if (processing) rejections.current = new Map()
    // Payload leaves `submitted` set after a failed save only; a successful one clears it.
    if (!ended || !submitted) return
    remember(fields)
    fieldsAtRejection.current = fields
    if (modified) return
    const timer = setTimeout(() => setModified(true), AFTER_FORM_STATE_DEBOUNCE_MS)
    return () => clearTimeout(timer)
    // Only a save's start and end matter here: the timer must outlive later changes to the fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [processing, setModified])

  useEffect(() => {
    if (fieldsAtRejection.current && fieldsAtRejection.current !== fields) {
      fieldsAtRejection.current = null
      remember(fields)
    }
    const lost: { message: string; path: string }[] = []
    for (const [path, rejection] of rejections.current) {
      const field = fields[path]
      // A changed value is the server's to judge again; a removed row takes its errors with it.
      if (!field || JSON.stringify(field.value ?? null) !== rejection.value) {
        rejections.current.delete(path)
        continue
      }
      if (field.valid === false && submitted) continue
      if (rejection.restores >= RESTORES_PER_ERROR) {
        rejections.current.delete(path)
        continue
      }
      rejections.current.set(path, { ...rejection, restores: rejection.restores + 1 })
      lost.push({ message: rejection.message, path })
    }
    if (lost.length === 0) return
    // Errors show only in a submitted form, and an autosaved draft clears that.
    setSubmitted(true)
    // The array, group and tab fields above an error count it from their error lists. Payload's
    // ADD_SERVER_ERRORS extends a list in place, which those fields, memoised on the list, do not
    // see: they get new lists first.
    const ancestors: FormState = {}
    for (const { path } of lost) {
      const segments = path.split('.')
      for (let end = 1; end < segments.length; end++) {
        const ancestorPath = segments.slice(0, end).join('.')
        const ancestor = ancestors[ancestorPath] ?? fields[ancestorPath]
        if (!ancestor) continue
        ancestors[ancestorPath] = {
          ...ancestor,
          errorPaths: [...(ancestor.errorPaths ?? []).filter((known) => known !== path), path],
        }
      }
    }
    if (Object.keys(ancestors).length > 0)
      dispatchFields({ type: 'UPDATE_MANY', formState: ancestors })
    dispatchFields({ type: 'ADD_SERVER_ERRORS', errors: lost })
  }, [fields, submitted, dispatchFields, setSubmitted])

  return null
}
