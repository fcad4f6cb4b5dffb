import { adminCredentials, demoStaff } from '../src/seed/adminUser'

/** `withDemoStaff`: also name the demo accounts, which only the seed creates. */
export const printLogin = ({ withDemoStaff = true } = {}) => {
  const { email, password, isDevelopmentDefault } = adminCredentials()
  const url = `${process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`}/admin`
  console.log('')
  console.log(`  Admin:    ${url}`)
  console.log(`  E-mail:   ${email}`)
  console.log(
    isDevelopmentDefault
      ? `  Password: ${password}   (development default: set SEED_ADMIN_PASSWORD before seeding anything public)`
      : '  Password: the value of SEED_ADMIN_PASSWORD',
  )
  if (withDemoStaff && isDevelopmentDefault) {
    console.log(
      `  Also, with the same password: ${demoStaff.map((account) => `${account.email} (${account.roles.join(', ')})`).join(', ')}`,
    )
  }
  console.log('')
}
