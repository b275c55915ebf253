/** Page-supplied URLs go into href/src only when they are plain web (or data-image) URLs. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function safeImageUrl(url: string | null | undefined): string | null {
  if (url && /^data:image\/(png|jpeg|gif|webp|avif);/i.test(url)) return url;
  return safeHttpUrl(url);
}
