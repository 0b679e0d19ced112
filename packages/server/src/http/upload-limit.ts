import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors';
import { MAX_UPLOAD_BYTES } from '../files/file-store';

/** Upload routes take a file up to the size the file store accepts, plus the multipart envelope. */
export const uploadLimit = bodyLimit({
  maxSize: MAX_UPLOAD_BYTES + 64 * 1024,
  onError: () => {
    throw new AppError('payload_too_large', `Tệp quá lớn (tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB).`);
  },
});
