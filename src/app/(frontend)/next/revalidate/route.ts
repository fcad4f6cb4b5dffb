// The endpoint of the later revalidation passes after a write; its logic lives with them.
export { POST } from '@/revalidation/route'
