import type { Payload } from 'payload'

export const DEV_ADMIN_EMAIL = 'admin@example.org'
export const DEV_ADMIN_PASSWORD = 'beacon-demo-password'

export const adminCredentials = () => ({
  email: process.env.SEED_ADMIN_EMAIL?.trim() || DEV_ADMIN_EMAIL,
  password: process.env.SEED_ADMIN_PASSWORD || DEV_ADMIN_PASSWORD,
  isDevelopmentDefault: !process.env.SEED_ADMIN_PASSWORD,
})

/** The seeded admin; an existing account keeps the password its owner may have changed. */
export const seedAdminUser = async (payload: Payload) => {
  const { email, password } = adminCredentials()
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    overrideAccess: true,
  })
  if (existing.docs[0]) return existing.docs[0]
  return payload.create({
    collection: 'users',
    data: { email, password, name: 'Beacon admin', roles: ['admin'] },
    overrideAccess: true,
  })
}

/** One account per role for trying the workflow, only while the demo password is in use. */
export const demoStaff = [
  { email: 'editor@example.org', name: 'Demo editor', roles: ['editor'] },
  { email: 'translator@example.org', name: 'Demo translator', roles: ['translator'] },
  { email: 'press@example.org', name: 'Demo press officer', roles: ['pressOfficer'] },
] as const

export const seedDemoStaff = async (payload: Payload) => {
  const { password, isDevelopmentDefault } = adminCredentials()
  if (!isDevelopmentDefault) return []
  const accounts = []
  for (const account of demoStaff) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: account.email } },
      limit: 1,
      overrideAccess: true,
    })
    accounts.push(
      existing.docs[0] ??
        (await payload.create({
          collection: 'users',
          data: { ...account, roles: [...account.roles], password },
          overrideAccess: true,
        })),
    )
  }
  return accounts
}
