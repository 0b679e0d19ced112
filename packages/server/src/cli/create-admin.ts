import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Db } from '../db/database';
import { migrate } from '../db/migrate';
import { AppError } from '../errors';
import { createAdmin } from '../users/create-admin';

/**
 * `dondoc create-admin USERNAME [--name "Họ tên"]`: the password comes from DONDOC_ADMIN_PASSWORD,
 * else from a prompt on a terminal (not echoed), else from the first line of standard input.
 * It is never printed.
 */
export async function runCreateAdmin(db: Db, args: string[], env = process.env): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { name: { type: 'string' } },
  });
  const username = positionals[0];
  if (!username) {
    console.error('Cách dùng: dondoc create-admin TÊN-ĐĂNG-NHẬP [--name "Họ tên"]');
    return 1;
  }
  const password = env.DONDOC_ADMIN_PASSWORD || (await readPassword());
  try {
    await migrate(db);
    const user = await createAdmin(db, { username, displayName: values.name, password });
    console.log(`Đã tạo quản trị viên "${user.username}". / Administrator "${user.username}" created.`);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
}

async function readPassword(): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const rl = createInterface({ input });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return '';
  }
  const ask = (prompt: string) => hiddenPrompt(prompt);
  const first = await ask('Mật khẩu / password: ');
  const again = await ask('Nhập lại / again: ');
  if (first !== again) throw new AppError('validation_failed', 'Hai lần nhập mật khẩu không khớp.');
  return first;
}

/** Reads a line from the terminal without echoing it. */
function hiddenPrompt(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    let value = '';
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(value);
          return;
        }
        if (ch === '\u0003') process.exit(130); // Ctrl-C
        if (ch === '\u007f') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}
