import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepUnattachedUploads } from '../../src/jobs/sweep-uploads';
import { createWorld, type World } from '../api-harness';
import { testEngines } from '../engines';
import { publishTask } from './published';

const text = (s: string) => new TextEncoder().encode(s);

describe.each(testEngines())('#10.6 #10.12 uploads and evidence, on %s', (engine) => {
  let world: World;
  let assignments: { science: number; finance: number };
  beforeAll(async () => {
    world = await createWorld(engine);
    assignments = await publishTask(world);
  }, 180_000); // a busy machine makes the first logins slow
  afterAll(async () => {
    await world?.close();
  });

  const upload = async (username: string, content: string) => {
    const res = await (await world.as(username)).upload('/api/files', text(content), 'bien-ban.txt');
    expect(res.status).toBe(201);
    return ((await res.json()) as { sha256: string }).sha256;
  };

  it('#10.6 another unit cannot attach a file it learnt the hash of, nor then read it', async () => {
    const sha = await upload('canbo.khcn', 'Biên bản nghiệm thu của Sở Khoa học và Công nghệ.');
    const own = await (await world.as('canbo.khcn')).post(`/api/assignments/${assignments.science}/reports`, {
      percent: 50,
      narrative: 'Đã nghiệm thu.',
      evidence: [{ sha256: sha, fileName: 'bien-ban.txt' }],
    });
    expect(own.status).toBe(201);

    const thief = await world.as('canbo.taichinh');
    expect((await thief.get(`/api/files/${sha}`)).status).toBe(404);
    const attach = await thief.post(`/api/assignments/${assignments.finance}/reports`, {
      percent: 50,
      narrative: 'Mượn minh chứng.',
      evidence: [{ sha256: sha }],
    });
    expect(attach.status).toBe(400);
    expect((await thief.get(`/api/files/${sha}`)).status).toBe(404);
    // the owning unit, and roles that see every unit, still read it
    expect((await (await world.as('canbo.khcn')).get(`/api/files/${sha}`)).status).toBe(200);
    expect((await (await world.as('lanhdao')).get(`/api/files/${sha}`)).status).toBe(200);
  });

  it('#10.6 an unattached upload is readable by its uploader only', async () => {
    const sha = await upload('canbo.khcn', 'Tệp chưa gắn vào báo cáo nào.');
    expect((await (await world.as('canbo.khcn')).get(`/api/files/${sha}`)).status).toBe(200);
    expect((await (await world.as('canbo.taichinh')).get(`/api/files/${sha}`)).status).toBe(404);
    expect((await (await world.as('xem.khcn')).get(`/api/files/${sha}`)).status).toBe(404);
  });

  it('#10.6 the same file uploaded by two users is attachable by each', async () => {
    const content = 'Quyết định công khai, hai đơn vị cùng nộp.';
    const sha = await upload('canbo.khcn', content);
    expect(await upload('canbo.taichinh', content)).toBe(sha);
    const res = await (await world.as('canbo.taichinh')).post(
      `/api/assignments/${assignments.finance}/reports`,
      {
        percent: 60,
        narrative: 'Nộp quyết định.',
        evidence: [{ sha256: sha }],
      },
    );
    expect(res.status).toBe(201);
    const uploaders = await world.database.db
      .selectFrom('file_uploads')
      .select('user_id')
      .where('sha256', '=', sha)
      .execute();
    expect(uploaders).toHaveLength(2);
  });

  it('#10.12 read-only roles may not upload', async () => {
    for (const username of ['xem.khcn', 'lanhdao']) {
      const res = await (await world.as(username)).upload(
        '/api/files',
        text('Tệp của người chỉ xem.'),
        'x.txt',
      );
      expect(res.status).toBe(403);
    }
  });

  it('#10.12 uploads never attached are swept after a day; attached ones stay', async () => {
    const loose = await upload('canbo.khcn', 'Tải lên rồi bỏ quên.');
    const kept = await upload('canbo.khcn', 'Minh chứng được dùng.');
    const attached = await (await world.as('canbo.khcn')).post(
      `/api/assignments/${assignments.science}/reports`,
      {
        percent: 70,
        narrative: 'Tiếp tục.',
        evidence: [{ sha256: kept }],
      },
    );
    expect(attached.status).toBe(201);
    // within the day nothing goes
    expect(await sweepUnattachedUploads(world.database.db, world.files, world.clock.now)).toBe(0);
    const later = new Date(world.clock.now.getTime() + 25 * 3_600_000);
    expect(await sweepUnattachedUploads(world.database.db, world.files, later)).toBeGreaterThanOrEqual(1);
    const officer = await world.as('canbo.khcn');
    expect((await officer.get(`/api/files/${loose}`)).status).toBe(404);
    expect((await officer.get(`/api/files/${kept}`)).status).toBe(200);
    await expect(world.files.get(loose)).rejects.toThrow();
  });

  it('#10.14 an upload is audited with its uploader', async () => {
    const sha = await upload('canbo.phong', 'Tệp để kiểm tra nhật ký.');
    const row = await world.database.db
      .selectFrom('audit_log')
      .innerJoin('users', 'users.id', 'audit_log.actor_id')
      .select(['users.username', 'audit_log.action'])
      .where('entity', '=', 'file')
      .where('entity_id', '=', sha)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ username: 'canbo.phong', action: 'file.upload' });
  });
});
