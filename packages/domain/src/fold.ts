/**
 * Folds Vietnamese text for search and matching: "Sở Khoa học" and "so khoa hoc" fold alike.
 * NFD splits letters from their marks; đ has no decomposition, so it is mapped by hand.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL- and login-safe slug: "Sở Khoa học và Công nghệ" → "so-khoa-hoc-va-cong-nghe". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
