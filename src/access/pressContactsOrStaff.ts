import type { Access } from 'payload'

/**
 * The public may look up the people who agreed to speak to the press, nobody else: the rest of the
 * staff directory (work e-mails and phones included) stays with staff, in the API as on the site.
 */
export const pressContactsOrStaff: Access = ({ req: { user } }) =>
  user ? true : { isPressContact: { equals: true } }
