// Where images may be fetched from at save time. amazon.science serves its editorial images from
// assets.amazon.science (Brightspot's `dims4` resizer) and cdn.amazon.science, and a few from the
// site's own host; those four hosts, over https, are all the extension needs. Everything else is
// left out on purpose: a clip's html comes from a web page, and the extension must not be made to
// request arbitrary addresses with its host permissions.
export const IMAGE_HOSTS: ReadonlySet<string> = new Set([
  'www.amazon.science',
  'amazon.science',
  'cdn.amazon.science',
  'assets.amazon.science',
]);

export function isAllowedImageUrl(key: string): boolean {
  try {
    const url = new URL(key);
    return url.protocol === 'https:' && IMAGE_HOSTS.has(url.hostname) && url.port === '' && !url.username && !url.password;
  } catch {
    return false;
  }
}
