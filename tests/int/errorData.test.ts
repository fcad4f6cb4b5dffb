// A rejected write keeps its field errors in the REST answer, even when Payload's own formatting
// did not recognise its error (a production build holds two copies of Payload: payloadcms/payload#17298).
import { describe, expect, it } from '@jest/globals'
import { APIError, Forbidden, ValidationError } from 'payload'
import { withErrorData } from '@/api-guards/payloadErrorStatus'

const rejected = () =>
  new ValidationError({
    collection: 'contacts',
    errors: [{ path: 'phones.0.number', message: 'Enter a valid phone number.' }],
  })

describe('withErrorData', () => {
  it('puts back the field errors Payload left out', () => {
    const error = rejected()
    expect(withErrorData(error, { errors: [{ message: error.message }] })).toEqual({
      errors: [
        {
          name: error.name,
          message: error.message,
          data: {
            collection: 'contacts',
            errors: [{ path: 'phones.0.number', message: 'Enter a valid phone number.' }],
          },
        },
      ],
    })
  })

  it('leaves an answer alone when Payload kept them, or when there is nothing to put back', () => {
    const error = rejected()
    const kept = { errors: [{ name: error.name, message: error.message, data: error.data }] }
    expect(withErrorData(error, kept)).toBeUndefined()
    expect(
      withErrorData(new Forbidden(), { errors: [{ message: new Forbidden().message }] }),
    ).toBeUndefined()
    expect(withErrorData(error, undefined)).toBeUndefined()
  })

  it('never shows what Payload hides: a 500, or an answer it replaced', () => {
    const internal = new APIError('Database password is hunter2', 500, { secret: true })
    expect(
      withErrorData(internal, { errors: [{ message: 'Something went wrong.' }] }),
    ).toBeUndefined()
    expect(
      withErrorData(rejected(), { errors: [{ message: 'Something went wrong.' }] }),
    ).toBeUndefined()
  })
})
