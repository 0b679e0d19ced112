import { MAX_UPLOAD_BYTES } from '@dondoc/domain';
import { describe, expect, it } from 'vitest';
import { vi } from '../text/vi';
import { checkEvidenceFile, evidenceBlock } from './evidence';

describe('the evidence a report or claim sends', () => {
  it('refuses in the browser an empty file, a file too large, a kind the server does not take', () => {
    expect(checkEvidenceFile({ name: 'bien-ban.pdf', size: 0 })).toBe(vi.evidenceCheck.empty);
    expect(checkEvidenceFile({ name: 'video.PDF', size: MAX_UPLOAD_BYTES + 1 })).toBe(
      vi.evidenceCheck.tooLarge(20),
    );
    expect(checkEvidenceFile({ name: 'cai-dat.exe', size: 10 })).toBe(vi.evidenceCheck.wrongKind);
    expect(checkEvidenceFile({ name: 'Ảnh hiện trường.JPG', size: 10 })).toBeNull();
    expect(checkEvidenceFile({ name: 'bao-cao.docx', size: MAX_UPLOAD_BYTES })).toBeNull();
  });

  it('keeps the form from sending while a file failed or is still uploading, and says which', () => {
    const ready = { evidence: [{ sha256: 'a'.repeat(64) }], uploading: 0, failed: 0 };
    expect(evidenceBlock(ready)).toBeNull();
    expect(evidenceBlock({ ...ready, uploading: 1 })).toBe(vi.evidenceCheck.uploading);
    // a refused file must be removed first, even while another still uploads
    expect(evidenceBlock({ ...ready, uploading: 1, failed: 1 })).toBe(vi.evidenceCheck.failedBlock);
  });
});
