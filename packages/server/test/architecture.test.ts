import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGES = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [
    ...source.matchAll(
      /(?:^|\s)(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g,
    ),
  ].map((m) => (m[1] ?? m[2]) as string);
}

/**
 * Dependencies point inward: the domain depends on nothing but pure libraries (the lunar calendar),
 * the extractor on no storage or server.
 */
const DOMAIN_LIBRARIES = new Set(['vitest', '@dqcai/vn-lunar']);
describe('architecture', () => {
  it('keeps the domain free of any import but its own files and pure libraries', () => {
    const offending = sourceFiles(path.join(PACKAGES, 'domain/src')).flatMap((f) =>
      importsOf(f)
        .filter((i) => !i.startsWith('.') && !DOMAIN_LIBRARIES.has(i))
        .map((i) => `${path.relative(PACKAGES, f)} → ${i}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the extractor free of server, database, network and file-system imports', () => {
    const forbidden =
      /^(@dondoc\/(server|web)|pg|kysely|hono|@hono\/|@electric-sql\/|node:(fs|net|http|https|child_process))/;
    const offending = sourceFiles(path.join(PACKAGES, 'extract/src')).flatMap((f) =>
      importsOf(f)
        .filter((i) => forbidden.test(i))
        .map((i) => `${path.relative(PACKAGES, f)} → ${i}`),
    );
    expect(offending).toEqual([]);
  });

  it('opens every transaction through db/transaction.ts, so after-commit hooks always run', () => {
    const allowed = ['db/transaction.ts', 'db/migrate.ts', 'db/check-database.ts'];
    const offending = sourceFiles(path.join(PACKAGES, 'server/src'))
      .filter((f) => !f.endsWith('.test.ts') && !allowed.some((a) => f.endsWith(a)))
      .filter((f) => /\.transaction\(\)/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(PACKAGES, f));
    expect(offending).toEqual([]);
  });

  it('keeps queries and role checks out of the routes: they validate, call a use case, present', () => {
    const forbidden =
      /selectFrom|insertInto|updateTable|deleteFrom|sql`|\.transaction\(|\bcan\(|\.role\s*[!=]==/;
    const offending = sourceFiles(path.join(PACKAGES, 'server/src/http/routes'))
      .filter((f) => !f.endsWith('.test.ts') && forbidden.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(PACKAGES, f));
    expect(offending).toEqual([]);
  });

  it('sees the imports it checks', () => {
    // guards the scanner itself: a regex that found nothing would pass the checks above vacuously
    expect(importsOf(fileURLToPath(import.meta.url))).toContain('vitest');
  });
});
