import { parseArgs } from 'node:util';
import { createApp } from '#server/app.js';
import { backupDatabase, restoreDatabase, RestoreError } from '#server/db/backup.js';
import { openDatabase } from '#server/db/client.js';
import { demoUsers, seedDemo } from '#server/db/seed/demo.js';
import { EnvError, parseEnv } from '#server/env.js';
import { AppError } from '#server/http/errors.js';
import { startServer, stopOnSignals } from '#server/main.js';
import { systemActor } from '#server/modules/audit/actor.js';
import { createUser } from '#server/modules/users/users.service.js';
import { passwordSchema, emailSchema } from '#server/modules/users/users.schemas.js';
import { appVersion } from '#server/version.js';
import { withDatabase } from './database.js';
import { CliError, processIo, type CliIo } from './io.js';
import { ensureWebBuild } from './web-build.js';

const usage = `Användning: samverkan <kommando>

  serve [--build-web] [--seed-demo]   Starta webbservern (PORT, standard 3000)
  migrate                             Tillämpa databasmigreringar
  seed demo [--json]                  Lägg in demosamverkan och demokonton
  user create --email E --password P [--name N] [--system-admin]
  backup FIL                          Skriv en portabel säkerhetskopia
  restore FIL                         Ersätt all data med säkerhetskopians
  openapi                             Skriv OpenAPI-dokumentet till stdout
  frequency "FRAS" | --stdin          Tolka en svensk frekvenstext till JSON
  import FIL [--json] [--collaboration ID]
                                      Läs ett avtal, medborgarlöfte eller en plan (.docx, .pdf, .txt, .md);
                                      --json skriver det som hittades som JSON, --collaboration skapar posterna
  data import FIL --collaboration ID --source polisen|kolada|bra|survey|population [--skip-invalid] [--dry-run] [--progress]
                                      Importera statistik eller händelser till lägesbilden
  export TYP --collaboration ID --format docx|pdf --out FIL [--year ÅÅÅÅ]
                                      Skriv avtal, medborgarlöften, plan, uppföljning eller lägesbild
                                      (TYP: agreement, promise, plan, followup-report, situation-report)

Databas: PGlite i DATA_DIR (standard ./data), eller PostgreSQL när DATABASE_URL är satt.`;

function line(stream: NodeJS.WritableStream, text: string) {
  stream.write(text + '\n');
}

async function serve(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { 'build-web': { type: 'boolean' }, 'seed-demo': { type: 'boolean' } } });
  const env = parseEnv();
  if (values['build-web']) await ensureWebBuild((l) => line(io.stdout, l));
  let demo: Awaited<ReturnType<typeof seedDemo>> | undefined;
  const server = await startServer(env, {
    beforeListen: async (database) => {
      if (values['seed-demo']) demo = await seedDemo(database.db);
    },
  });
  stopOnSignals(server);
  line(io.stdout, `\nSamverkan ${appVersion} körs på ${server.url}  (databas: ${server.database.kind})`);
  if (demo) {
    line(io.stdout, 'Demoinloggning (lösenord för alla: ' + demoUsers[0]!.password + '):');
    for (const u of demo.users) line(io.stdout, `  ${u.email.padEnd(42)} ${u.role}`);
  }
  line(io.stdout, 'Avsluta med Ctrl+C.\n');
  return new Promise<number>(() => undefined);
}

async function userCreate(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, 'system-admin': { type: 'boolean' } },
  });
  const email = emailSchema.safeParse(values.email ?? '');
  if (!email.success) throw new CliError('Ange en giltig e-postadress med --email.');
  const password = passwordSchema.safeParse(values.password ?? '');
  if (!password.success) throw new CliError(password.error.issues[0]?.message ?? 'Ogiltigt lösenord.');
  const user = await withDatabase((database) =>
    createUser(database.db, systemActor('cli'), {
      email: email.data,
      password: password.data,
      displayName: values.name ?? email.data.split('@')[0] ?? email.data,
      isSystemAdmin: values['system-admin'] ?? false,
    }),
  );
  line(io.stdout, JSON.stringify({ id: user.id, email: user.email, isSystemAdmin: user.isSystemAdmin }));
  return 0;
}

async function printOpenApi(io: CliIo): Promise<number> {
  const database = await openDatabase({ memory: true });
  try {
    const app = await createApp({ database, env: parseEnv({ NODE_ENV: 'production' }), version: appVersion });
    await app.ready();
    io.stdout.write(JSON.stringify(app.swagger(), null, 2) + '\n');
    await app.close();
  } finally {
    await database.close();
  }
  return 0;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serve(rest, io);
    case 'migrate':
      await withDatabase(async (database) => line(io.stdout, `Databasen (${database.kind}) är migrerad.`));
      return 0;
    case 'seed': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: 'boolean' } } });
      if (positionals[0] !== 'demo') throw new CliError('Okänt seed-mål. Använd: samverkan seed demo [--json]', 2);
      const result = await withDatabase((database) => seedDemo(database.db));
      if (values.json) line(io.stdout, JSON.stringify(result));
      else {
        line(io.stdout, `Demo inlagd: ${result.collaborations.map((c) => c.name).join('; ')}`);
        for (const u of result.users) line(io.stdout, `  ${u.email} / ${u.password} (${u.role})`);
      }
      return 0;
    }
    case 'user':
      if (rest[0] !== 'create') throw new CliError('Okänt kommando. Använd: samverkan user create --email E --password P', 2);
      return userCreate(rest.slice(1), io);
    case 'backup': {
      const file = rest[0];
      if (!file) throw new CliError('Ange fil: samverkan backup FIL', 2);
      const header = await withDatabase((database) => backupDatabase(database.db, file));
      const total = Object.values(header.tables).reduce((a, b) => a + b, 0);
      line(io.stdout, `Säkerhetskopia skriven till ${file} (${total} rader).`);
      return 0;
    }
    case 'restore': {
      const file = rest[0];
      if (!file) throw new CliError('Ange fil: samverkan restore FIL', 2);
      const header = await withDatabase((database) => restoreDatabase(database.db, file));
      line(io.stdout, `Återställd från ${file} (skapad ${header.createdAt}).`);
      return 0;
    }
    case 'openapi':
      return printOpenApi(io);
    case 'export': {
      const { exportCommand } = await import('./commands/export.js');
      return exportCommand(rest, io);
    }
    case 'data': {
      const { dataCommand } = await import('./commands/data.js');
      return dataCommand(rest, io);
    }
    case 'frequency': {
      const { frequencyCommand } = await import('./commands/frequency.js');
      return frequencyCommand(rest, io);
    }
    case 'import': {
      const { importCommand } = await import('./commands/import.js');
      return importCommand(rest, io);
    }
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      line(command ? io.stdout : io.stderr, usage);
      return command ? 0 : 2;
    default:
      throw new CliError(`Okänt kommando "${command}".\n${usage}`, 2);
  }
}

/** Entry point of bin/samverkan: one Swedish line on failure, never a stack trace for a user error. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof CliError) {
      line(io.stderr, err.message);
      return err.exitCode;
    }
    if (err instanceof EnvError || err instanceof RestoreError || err instanceof AppError) {
      line(io.stderr, err.message);
      return 1;
    }
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') {
      line(io.stderr, `Filen finns inte: ${(err as NodeJS.ErrnoException).path ?? ''}`);
      return 1;
    }
    if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      line(io.stderr, `Ogiltiga argument: ${err.message}`);
      return 2;
    }
    line(io.stderr, `Oväntat fel: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
