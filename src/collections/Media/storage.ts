import type { Plugin } from 'payload'
import type { S3StorageOptions } from '@payloadcms/storage-s3'

/**
 * Where uploads are kept. By default in MEDIA_DIR on the instance's disk: with several instances,
 * that folder must be one volume they all mount (docker-compose.yml's `media`). With S3_BUCKET set,
 * in that bucket of S3 or any S3-compatible store (MinIO, Cloudflare R2, Backblaze B2) through
 * Payload's storage adapter; Payload then serves them at the same addresses, with the same access
 * rules, and the instances share nothing on disk.
 *
 * S3_ENDPOINT is the store's address (unset for AWS), S3_REGION its region, S3_FORCE_PATH_STYLE=true
 * for stores without bucket subdomains (MinIO). S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, when
 * unset, fall back to the AWS SDK's own chain (an instance role, AWS_* variables).
 *
 * The adapter is imported only when a bucket is set: the AWS SDK it brings adds about 20 MB to every
 * server process that loads it.
 */
export const mediaStorage = (env: NodeJS.ProcessEnv = process.env): Plugin[] => {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return []
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  const adapterOptions: S3StorageOptions = {
    bucket,
    collections: { media: true },
    config: {
      region: env.S3_REGION?.trim() || 'us-east-1',
      ...(env.S3_ENDPOINT?.trim() ? { endpoint: env.S3_ENDPOINT.trim() } : {}),
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    },
  }
  return [
    async (config) => {
      const { s3Storage } = await import('@payloadcms/storage-s3')
      return s3Storage(adapterOptions)(config)
    },
  ]
}
