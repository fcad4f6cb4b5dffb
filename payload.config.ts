import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { ja } from '@payloadcms/translations/languages/ja'
import { buildConfig } from 'payload'
import { build as prettyLog } from 'pino-pretty'
import sharp from 'sharp'
import { Committees } from '@/collections/Committees'
import { Contacts } from '@/collections/Contacts'
import { FocusAreas } from '@/collections/FocusAreas'
import { Media } from '@/collections/Media'
import { NewsReleases } from '@/collections/NewsReleases'
import { Partners } from '@/collections/Partners'
import { Users } from '@/collections/Users'
import { withInputChecks } from '@/collections/withInputChecks'
import { globalWithRejectedSaves, withRejectedSaves } from '@/collections/withRejectedSaves'
import { withRevalidation } from '@/revalidation/withRevalidation'
import { withTranslatorLimits } from '@/collections/withTranslatorLimits'
import { databaseAdapter } from '@/db/adapter'
import { SiteSettings } from '@/globals/SiteSettings'
import { extraTimeZones } from '@/lib/timeZones'
import { HOME_TIME_ZONE } from '@/lib/timeZones'
import { adminDateFormat } from '@/fields/adminDate'
import { defaultLocale, localeLabel, locales } from '@/i18n/locales'
import { adminTranslations } from '@/i18n/adminTranslations'
import { PressContactsBlock } from './src/blocks/PressContacts/config'
import { EmbargoLinks } from '@/collections/EmbargoLinks'
import { staffOrCronRunner } from '@/access/staffOrCronRunner'
import { liftEmbargoTask } from '@/collections/NewsReleases/jobs/liftEmbargoTask'
import { unpublishEveryLanguage } from '@/jobs/unpublishEveryLanguage'
import { withStuckJobRecovery } from '@/jobs/stuckJobs'
import { mediaStorage } from '@/collections/Media/storage'
import { publishers } from '@/access/allowRoles'
import { payloadSecret } from '@/lib/secrets'
import { ceilings } from '@/api-guards/ceilings'
import { ensureSearchIndex } from '@/search/fill'
import { payloadErrorStatus } from '@/api-guards/payloadErrorStatus'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Pages and releases are drafted and published per language (withPublicPage); contacts change at once
// (a journalist needs today's number) but keep their history, as do uploads.
const contentCollections = [
  NewsReleases,
  FocusAreas,
  Committees,
  Partners,
  ...[Contacts, Media].map(withRevalidation),
].map(withTranslatorLimits)

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.SERVER_URL || '',
  telemetry: false,
  // Request ceilings (src/api-guards/ceilings.ts): linked documents are populated one level deep
  // unless a request asks for more, and never more than two levels, whoever asks.
  defaultDepth: 1,
  maxDepth: ceilings.staff.depth,
  graphQL: { maxComplexity: ceilings.graphqlComplexity },
  // Errors Payload answers as 500s that come from what the client sent.
  hooks: { afterError: [payloadErrorStatus] },
  // Per-language publishing (versions.drafts.localizeStatus, set by withDrafts) is still experimental in Payload 3.
  experimental: { localizeStatus: true },
  // Payload's own pretty output, at a level LOG_LEVEL can lower (the tests keep it to fatal).
  logger: {
    options: { level: process.env.LOG_LEVEL || 'info' },
    destination: prettyLog({
      colorize: true,
      ignore: 'pid,hostname',
      translateTime: 'SYS:HH:MM:ss',
    }),
  },
  admin: {
    user: Users.slug,
    // The default Gravatar would call an outside host.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Beacon' },
    // Localized by each admin language's date-fns locale (see src/fields/adminDate.ts).
    dateFormat: adminDateFormat,
    components: { beforeDashboard: ['/admin/TranslationWork#TranslationWork'] },
    timezones: {
      defaultTimezone: HOME_TIME_ZONE,
      supportedTimezones: ({ defaultTimezones }) => [
        ...defaultTimezones,
        ...extraTimeZones.filter(
          (zone) => !defaultTimezones.some((known) => known.value === zone.value),
        ),
      ],
    },
  },
  collections: [...contentCollections, EmbargoLinks, Users]
    .map(withInputChecks)
    .map(withRejectedSaves),
  // Scheduled publishes (embargo lifts included) are run by src/jobs/runner.ts through the API.
  jobs: {
    // Queuing a job means scheduling a publish: for those who may publish.
    access: { run: staffOrCronRunner, queue: publishers, cancel: publishers },
    deleteJobOnComplete: true,
    tasks: [liftEmbargoTask],
    // POST /api/payload-jobs/recover hands back jobs whose instance stopped mid-run.
    jobsCollectionOverrides: withStuckJobRecovery,
  },
  // Uploads on the instance's disk, or in S3-compatible storage when S3_BUCKET is set.
  plugins: mediaStorage(),
  globals: [globalWithRejectedSaves(withTranslatorLimits(SiteSettings))],
  onInit: async (payload) => {
    unpublishEveryLanguage(payload)
    // The search index's tables (SQLite) or indexes (MongoDB); scripts/prepare.ts fills it.
    await ensureSearchIndex(payload)
  },
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabel(code) })),
    defaultLocale,
    fallback: true,
    // The admin's Publish button publishes the language being edited; "all languages" is in its menu.
    defaultLocalePublishOption: 'active',
  },
  i18n: {
    supportedLanguages: { en, ja, es },
    fallbackLanguage: 'en',
    translations: adminTranslations,
  },
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures,
      BlocksFeature({ blocks: [PressContactsBlock] }),
    ],
  }),
  db: await databaseAdapter(),
  sharp,
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    // Regenerated by `npm run generate:types`; auto-generation would keep jest from exiting.
    autoGenerate: false,
  },
})
