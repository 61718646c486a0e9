// The addresses the Share dialog offers: the link itself and an iframe snippet for a course page. Pure.

/** Escapes text for an HTML attribute value in double quotes. */
const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The link opened as an embed: the same scenario (fragment), with ?embed=1 as the only query. */
export function embedUrl(link: string): string {
  const u = new URL(link);
  u.search = '?embed=1';
  return u.href;
}

/** The full app for an embed's link: the same scenario without ?embed. */
export function fullAppUrl(embedded: string): string {
  const u = new URL(embedded);
  u.searchParams.delete('embed');
  return u.href;
}

/** A one-line iframe for a course page or an LMS, titled by the lesson. */
export function iframeSnippet(link: string, title: string): string {
  const name = title.trim() === '' ? 'Downhill: gradient descent' : `Downhill: ${title.trim()}`;
  return `<iframe src="${attr(embedUrl(link))}" title="${attr(name)}" width="800" height="600" style="border:0;max-width:100%" allow="fullscreen"></iframe>`;
}
