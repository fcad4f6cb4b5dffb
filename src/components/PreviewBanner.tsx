'use client'
import { usePathname, useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Shown in draft mode: says the page shows drafts and leads back to the published page. Inside the
 * admin's live preview it also tells the admin it is ready, and reloads the page's data whenever the
 * document is saved or autosaved there (the admin posts `payload-document-event`).
 */
export function PreviewBanner({ text, exit }: { text: string; exit: string }) {
  const pathname = usePathname()
  const router = useRouter()
  useEffect(() => {
    const admin = window.parent !== window ? window.parent : (window.opener as Window | null)
    if (!admin) return
    const onMessage = (event: MessageEvent) => {
      if (event.origin === window.location.origin && event.data?.type === 'payload-document-event')
        router.refresh()
    }
    window.addEventListener('message', onMessage)
    admin.postMessage({ type: 'payload-live-preview', ready: true }, window.location.origin)
    // An autosave made while this page was still loading posted its event before anyone listened
    // (the editor typed as soon as the frame showed the page): fetch the latest drafts once now.
    router.refresh()
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return (
    <p className="preview-banner" role="status">
      {text} <a href={`/next/exit-preview?${new URLSearchParams({ path: pathname })}`}>{exit}</a>
    </p>
  )
}
