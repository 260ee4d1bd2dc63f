import { FORMATS } from './format/index';
import { Command, CommanderError, Option } from 'commander';
import { AUTO_PROFILE, PROFILES, VERSION } from '../core/index';
import { PROFILE_HELP } from './profile-option';
import { LANGUAGES } from '../core/lexicons/index';
import type { AuditFlags } from './audit-command';
import { runFileAudit, wantsBrowser } from './audit-command';
import type { ClassifyFlags } from './classify-command';
import { runClassify } from './classify-command';
import { InputError } from './input-error';
import { liveOptionFlags } from './live/index';
import type { CliIo } from './cli-io';

async function runAudit(inputs: string[], flags: AuditFlags, io: CliIo): Promise<number> {
  if (!wantsBrowser(inputs, flags)) return runFileAudit(inputs, flags, io);
  const { runLiveAudit } = await import('./live/index');
  return runLiveAudit(inputs, flags, { stdout: io.stdout as NodeJS.WriteStream, stderr: io.stderr as NodeJS.WriteStream });
}

function program(io: CliIo, done: (code: number) => void): Command {
  const cli = new Command('vinkje')
    .description('Finds marketing-consent checkboxes on web-shop forms and judges them (soft opt-in, prior notice, objection).')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`vinkje: ${text.trim().replace(/^error: /, '')}\n`),
    });
  cli.command('classify')
    .description('classify one checkbox label, or JSON lines from standard input with --jsonl')
    .argument('[text]', 'the label text')
    .option('--lang <code>', `language of the text (${LANGUAGES.join(', ')}); detected when absent`)
    .option('--checked', 'the box is ticked by default')
    .option('--context <context>', 'form context: purchase, registration, newsletter, contact, survey, unknown; adds the verdict for such a box')
    .option('--profile <profile>', `with --context: ${PROFILES.join(', ')} (default ${PROFILES[0]})`)
    .option('--jsonl', 'read {"id","text","checked","lang","context"} lines from standard input')
    .action(async (text: string | undefined, flags: ClassifyFlags) => {
      done(await runClassify(text, flags, io));
    });
  const audit = cli.command('audit')
    .description('audit HTML files, - (standard input) or http(s) URLs')
    .argument('[inputs...]', 'files, - or URLs')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--profile <profile>', PROFILE_HELP, AUTO_PROFILE)
    .option('--lang <code>', 'language hint for the page wording')
    .option('--messages <lang>', 'language of explanations in the report: nl or en (default from $LANG)')
    .option('--max-mb <mb>', 'largest HTML file read, in megabytes', '20')
    .option('--out <dir>', 'write evidence (reports, screenshots) into this directory');
  for (const flag of liveOptionFlags) audit.option(flag.flags, flag.description, flag.defaultValue as string | undefined);
  audit.action(async (inputs: string[], flags: AuditFlags) => {
    done(await runAudit(inputs, flags, io));
  });
  return cli;
}

/** Runs one command line (without `node vinkje`) and answers its exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let code = 0;
  try {
    await program(io, (result) => (code = result)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof InputError || (error as { name?: string }).name === 'UsageError') {
      io.stderr.write(`vinkje: ${(error as Error).message}\n`);
      return 2;
    }
    io.stderr.write(`vinkje: internal error: ${(error as Error)?.message ?? error}\n`);
    return 3;
  }
}
