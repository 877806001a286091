import { resolve } from 'node:path';
import type { Command } from 'commander';
import { describeLocation, isPostgresUrl, resolveDbLocation } from '../../store/open-store.js';
import { dbOption } from './db-option.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Create or upgrade the collection\'s schema, and print the migrations applied.')
    .addOption(dbOption())
    .addHelpText(
      'after',
      `
Safe to run at any time and from several machines at once: migrations run in one transaction under
a lock, and a run with nothing left to do changes nothing. Other commands also migrate on open;
run this first when deploying a new version in front of running workers.

Examples:
  $ corroborate migrate --db postgres://corroborate@db.internal/news
  $ CORROBORATE_DB=postgres://localhost/news corroborate migrate`,
    )
    .action(async (options: { db?: string }) => {
      process.exitCode = await runMigrate(resolveDbLocation(options.db));
    });
}

async function runMigrate(location: string): Promise<number> {
  let applied: { version: number; name: string }[];
  try {
    applied = await (isPostgresUrl(location) ? migratePostgresAt(location) : migrateSqliteAt(resolve(location)));
  } catch (error) {
    process.stderr.write(`corroborate: cannot migrate ${describeLocation(location)}: ${(error as Error).message}\n`);
    return 1;
  }
  for (const migration of applied) process.stdout.write(`applied\t${migration.version}\t${migration.name}\n`);
  process.stderr.write(applied.length > 0 ? `${describeLocation(location)}: ${applied.length} migration(s) applied.\n` : `${describeLocation(location)}: schema up to date.\n`);
  return 0;
}

async function migratePostgresAt(url: string): Promise<{ version: number; name: string }[]> {
  const { migratePostgres, openPool } = await import('../../store/postgres/pg-database.js');
  const pool = openPool(url, 1);
  try {
    return await migratePostgres(pool);
  } finally {
    await pool.end();
  }
}

async function migrateSqliteAt(path: string): Promise<{ version: number; name: string }[]> {
  const [{ MIGRATIONS: SQLITE_MIGRATIONS }, { migrateDatabase, openDatabase }] = await Promise.all([import('../../store/sqlite/migrations.js'), import('../../store/sqlite/open-database.js')]);
  const db = openDatabase(path);
  try {
    const versions = migrateDatabase(db);
    return SQLITE_MIGRATIONS.filter((migration) => versions.includes(migration.version));
  } finally {
    db.close();
  }
}
