import { verifyAuditChain } from '../audit/verify-audit';
import { databaseTarget, openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { parseEnv } from '../env';

/** `dondoc audit verify`: 0 when every row of the audit log matches its hash and its link. */
export async function auditCommand(args: string[]): Promise<number> {
  if (args[0] !== 'verify') {
    console.error('Cách dùng: dondoc audit verify');
    return 1;
  }
  const database = await openDatabase(databaseTarget(parseEnv()));
  try {
    await migrate(database.db);
    const result = await verifyAuditChain(database.db);
    if (!result.broken) {
      console.log(`Nhật ký thay đổi nguyên vẹn: ${result.rows} dòng, chuỗi băm khớp.`);
      return 0;
    }
    const why =
      result.broken.reason === 'hash'
        ? 'nội dung dòng không khớp mã băm (đã bị sửa)'
        : 'không nối tiếp dòng trước (có dòng bị xóa hoặc chèn)';
    console.error(
      `Nhật ký thay đổi bị can thiệp: dòng ${result.broken.id} ${why}; ${result.rows} dòng trước đó khớp.`,
    );
    return 1;
  } finally {
    await database.close();
  }
}
