import { EVIDENCE_EXTENSIONS, MAX_UPLOAD_BYTES } from '@dondoc/domain';
import { vi } from '../text/vi';

/** Evidence of a report or claim: a file uploaded (its hash) or a link. */
export type Evidence = { sha256?: string; fileName?: string; url?: string };

/** What a form needs to know before sending: the evidence ready, and files still uploading or failed. */
export interface EvidenceState {
  evidence: Evidence[];
  uploading: number;
  failed: number;
}

/** The browser's own check, so a commune does not send 30 MB over a slow link to hear "too large". */
export function checkEvidenceFile(file: { name: string; size: number }): string | null {
  if (file.size === 0) return vi.evidenceCheck.empty;
  if (file.size > MAX_UPLOAD_BYTES) return vi.evidenceCheck.tooLarge(MAX_UPLOAD_BYTES / 1024 / 1024);
  const name = file.name.toLowerCase();
  if (!EVIDENCE_EXTENSIONS.some((ext) => name.endsWith(ext))) return vi.evidenceCheck.wrongKind;
  return null;
}

/** Why a form may not send yet, or null: a failed file must be removed, an upload must finish. */
export function evidenceBlock(state: EvidenceState): string | null {
  if (state.failed) return vi.evidenceCheck.failedBlock;
  if (state.uploading) return vi.evidenceCheck.uploading;
  return null;
}
