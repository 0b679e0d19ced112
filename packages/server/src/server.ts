import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Database, databaseTarget, openDatabase } from './db/database';
import { hasAnyUser, hasSchema, isEmbeddedDefault, keepFilesPrivate } from './db/first-start';
import { migrate } from './db/migrate';
import { seedDemo } from './demo/seed-demo';
import type { Env } from './env';
import { diskFileStore } from './files/file-store';
import { removeUploadLeftovers } from './files/upload-leftovers';
import { createApp } from './http/app';
import { jobHandlers } from './jobs/handlers';
import { recomputeOnRuleChange } from './jobs/recompute-on-rule-change';
import { startScheduler } from './jobs/scheduler';
import type { Logger } from './logger';
import { notificationChannels } from './notifications/configure';
import { deliveryHandlers } from './notifications/deliver';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export function filesDir(env: Env): string {
  return path.resolve(env.DATA_DIR.startsWith('memory://') ? tmpdir() : env.DATA_DIR, 'files');
}

/** Printed once, on the start that seeds the demo: the password is not stored anywhere else. */
function printDemoLogins(password: string, generated: boolean): void {
  console.log(
    [
      '',
      'Dữ liệu mẫu tỉnh Mai Sơn đã được tạo. Tài khoản đăng nhập / demo logins:',
      '  admin (quản trị), lanhdao (lãnh đạo), vanphong (văn phòng), theodoi (xem),',
      '  canbo.<đơn-vị>, ví dụ canbo.so-khoa-hoc-va-cong-nghe',
      `  Mật khẩu / password: ${password}${generated ? '   (sinh ngẫu nhiên, chỉ hiện một lần — đặt DONDOC_DEMO_PASSWORD để cố định)' : ''}`,
      '',
    ].join('\n'),
  );
}

export interface RunningServer {
  port: number;
  database: Database;
  /** Stops taking connections, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Seed the demo province into an empty database (`dondoc start --demo`). */
  demo?: boolean;
}

/**
 * Opens and migrates the database and serves the app. Demo data goes only into a database this
 * start created in the embedded default folder, or wherever `--demo` asks: never silently into a
 * production database. A database without accounts waits for `dondoc create-admin`.
 */
export async function startServer(
  env: Env,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningServer> {
  keepFilesPrivate();
  const database = await openDatabase(databaseTarget(env));
  const files = diskFileStore(filesDir(env));
  try {
    const fresh = !(await hasSchema(database.db));
    const applied = await migrate(database.db);
    logger.info({ engine: database.engine, applied, created: fresh }, 'database ready');
    const alone = database.engine === 'pglite' && !env.DATA_DIR.startsWith('memory://');
    const removed = await removeUploadLeftovers(filesDir(env), alone);
    if (removed > 0) logger.info({ removed }, 'interrupted uploads removed');
    const demo = options.demo ?? (fresh && isEmbeddedDefault(env));
    const seed = demo
      ? await seedDemo(database.db, {
          files,
          password: env.DONDOC_DEMO_PASSWORD,
          corpusDir: env.DONDOC_DEMO_CORPUS,
        })
      : null;
    if (!seed?.seeded && !(await hasAnyUser(database.db))) {
      logger.warn(
        'Chưa có tài khoản nào: chạy `dondoc create-admin <tên-đăng-nhập>` để tạo quản trị viên đầu tiên / no account yet: run `dondoc create-admin <username>`',
      );
    }
    if (seed?.seeded) {
      logger.info(
        { units: seed.units, users: seed.users, directives: seed.directives, assignments: seed.assignments },
        'demo data seeded',
      );
      printDemoLogins(seed.password!, seed.generatedPassword!);
    }
    const recomputed = await recomputeOnRuleChange(
      database.db,
      new Date(),
      env.DUE_SOON_DAYS,
      seed?.seeded ?? false,
    );
    if (recomputed) logger.info({ assignments: recomputed }, 'statuses recomputed under new status rules');
  } catch (err) {
    await database.close();
    throw err;
  }

  const app = createApp({
    database,
    logger,
    files,
    dueSoonDays: env.DUE_SOON_DAYS,
    webDir: WEB_DIST,
    trustProxy: env.TRUST_PROXY,
  });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const channels = notificationChannels(env);
  const stopScheduler = startScheduler(
    database.db,
    logger,
    jobHandlers(
      { db: database.db, logger, dueSoonDays: env.DUE_SOON_DAYS, files },
      deliveryHandlers({
        db: database.db,
        channels: channels.list,
        appUrl: env.APP_URL ?? `http://localhost:${port}`,
      }),
    ),
    { hours: { remindersHour: env.REMINDERS_HOUR, digestHour: env.DIGEST_HOUR } },
  );
  logger.info({ port, engine: database.engine }, `dondoc đang chạy tại http://localhost:${port}`);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      logger.info('shutting down');
      await stopScheduler();
      channels.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // keep-alive sockets with no request in flight would hold close() open
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections();
        }, env.SHUTDOWN_TIMEOUT_MS).unref();
      });
      await database.close();
      logger.info('stopped');
    })();
    return stopping;
  };
  return { port, database, stop };
}
