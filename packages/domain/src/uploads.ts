/** Evidence uploads: the largest file the server stores, and the kinds it takes (checked by content). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The file name endings of the kinds the server accepts as evidence, for the browser's own check. */
export const EVIDENCE_EXTENSIONS = ['.pdf', '.docx', '.xlsx', '.jpg', '.jpeg', '.png', '.txt'] as const;
