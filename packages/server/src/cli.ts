import { parseArgs } from 'node:util';
import { auditCommand } from './cli/audit';
import { runCreateAdmin } from './cli/create-admin';
import { runExtract } from './cli/extract';
import { databaseTarget, openDatabase } from './db/database';
import { keepFilesPrivate } from './db/first-start';
import { migrate } from './db/migrate';
import { seedDemo } from './demo/seed-demo';
import { EnvError, parseEnv } from './env';
import { diskFileStore } from './files/file-store';
import { createLogger } from './logger';
import { filesDir, startServer } from './server';

const USAGE = `dondoc — theo dõi, đôn đốc thực hiện văn bản chỉ đạo

Cách dùng:
  dondoc start [--demo]                 chạy máy chủ (API và ứng dụng web); --demo: nạp dữ liệu mẫu
                                        vào cơ sở dữ liệu trống (tự động chỉ với CSDL nhúng mặc định ./data)
  dondoc create-admin TÊN [--name "Họ tên"]
                                        tạo tài khoản quản trị (mật khẩu: DONDOC_ADMIN_PASSWORD hoặc nhập)
  dondoc migrate                        cập nhật cấu trúc cơ sở dữ liệu
  dondoc seed-demo                      nạp dữ liệu mẫu (tỉnh Mai Sơn) vào cơ sở dữ liệu trống
  dondoc audit verify                   kiểm tra chuỗi băm của nhật ký thay đổi (không ai sửa, xóa dòng nào)
  dondoc extract FILE… [--out DIR] [--pretty]
                                        bóc tách nhiệm vụ từ văn bản (PDF, DOCX, TXT) ra JSON

Biến môi trường: PORT (3000), DATA_DIR (./data), DATABASE_URL (postgres://… cho máy chủ PostgreSQL), LOG_LEVEL`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      return start(parseArgs({ args: rest, options: { demo: { type: 'boolean' } } }).values.demo);
    case 'create-admin': {
      let code = 0;
      await withDatabase(async (db) => {
        code = await runCreateAdmin(db, rest);
      });
      return code;
    }
    case 'migrate':
      return withDatabase(async (db) => {
        const applied = await migrate(db);
        console.log(
          applied.length ? `Đã áp dụng: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.',
        );
      });
    case 'seed-demo':
      return withDatabase(async (db) => {
        await migrate(db);
        const env = parseEnv();
        const result = await seedDemo(db, {
          files: diskFileStore(filesDir(env)),
          password: env.DONDOC_DEMO_PASSWORD,
          corpusDir: env.DONDOC_DEMO_CORPUS,
        });
        console.log(
          result.seeded
            ? `Đã nạp ${result.units} đơn vị, ${result.users} tài khoản, ${result.directives} văn bản, ${result.assignments} nhiệm vụ được giao. Mật khẩu: ${result.password}`
            : 'Cơ sở dữ liệu đã có dữ liệu; không nạp thêm.',
        );
      });
    case 'audit':
      return auditCommand(rest);
    case 'extract': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { out: { type: 'string' }, pretty: { type: 'boolean', default: false } },
      });
      return runExtract(positionals, { outDir: values.out, pretty: values.pretty ?? false });
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return command === undefined ? 1 : 0;
    default:
      console.error(`Lệnh không rõ: ${command}\n\n${USAGE}`);
      return 1;
  }
}

async function start(demo: boolean | undefined): Promise<number> {
  const env = parseEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const server = await startServer(env, logger, { demo });
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'signal received');
    server.stop().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  return new Promise<number>(() => {}); // runs until a signal
}

async function withDatabase(run: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<void>) {
  keepFilesPrivate();
  const database = await openDatabase(databaseTarget(parseEnv()));
  try {
    await run(database.db);
    return 0;
  } finally {
    await database.close();
  }
}

export function reportFatal(err: unknown): number {
  if (err instanceof EnvError) console.error(err.message);
  else console.error(err instanceof Error ? err.message : String(err));
  return 1;
}
