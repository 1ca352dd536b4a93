import { Command, InvalidArgumentError, Option } from 'commander';
import { isYearMonth } from '../config/index.js';
import { SCORE_FORMATS } from '../render/formats.js';

const EXAMPLES = `
Examples:
  $ jobfit score posting.txt my-cv.pdf                 gap report for one resume
  $ jobfit score job.txt resumes/                      rank a folder (walked recursively)
  $ jobfit score job.txt cvs/ --format json > report.json
  $ jobfit score job.yaml cvs/ --format json --min-score 70   CI gate: exit 1 below 70
  $ jobfit score job.txt cvs/ --format html -o report.html    a self-contained report to share
  $ jobfit score job.txt cvs/ --format csv -o ranking.csv     one row per candidate
  $ jobfit job posting.txt                             what jobfit read from the posting
  $ jobfit job posting.txt --format yaml > job.yaml    edit weights, then score with job.yaml
  $ jobfit match my-cv.pdf saved-jobs/                 rank postings for one resume, with the gaps
  $ jobfit resume cv.docx                              skills, positions, years, education
  $ jobfit text cv.pdf                                 the normalized text analysis sees

Exit codes: 0 ok · 1 --min-score gate failed · 2 usage or configuration error · 3 some inputs unreadable or missing
  Precedence: 2 stops the run before scoring; else 1 when the gate fails, even with unreadable
  files (the gate is decided on every scored candidate and printed on stderr, passed or failed);
  else 3; else 0.`;

const positiveInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} takes a whole number of 1 or more`);
  return n;
};

const score0to100 = (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('takes a number from 0 to 100');
  return n;
};

const yearMonth = (value: string) => {
  if (!isYearMonth(value)) throw new InvalidArgumentError('takes YYYY-MM with a month from 01 to 12, e.g. 2024-06');
  return value;
};

function common(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'YAML settings: tier weights, credits, limits (see README)')
    .option('--skills <file>', 'YAML file of extra or overriding skills and aliases')
    .option('--as-of <YYYY-MM>', 'the month "Present" means (default: this month)', yearMonth)
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--ocr', 'read image-only (scanned) PDFs with OCR, offline; slow')
    .option('--no-color', 'no colour, even on a terminal (NO_COLOR is honoured too)')
    .option('--ascii', 'plain ASCII tables and marks (automatic when TERM=dumb)')
    .option('-q, --quiet', 'no progress or per-file error lines on stderr');
}

/** For the commands that read documents: say how each was read, on stderr. */
function verbose(cmd: Command): Command {
  return cmd.option('--verbose', 'on stderr: which reader read each file (plain-pdf, pdfium, pdfjs, ocr, docx, odt, rtf, text; cached hits marked) and the time of each step');
}

/**
 * Commands, options and help. Each action lives in its own module (score.ts, job.ts, …), loaded
 * when its command runs, so `--help` or `text` never loads the analysis stages.
 */
export function buildProgram(): Command {
  const program = new Command('jobfit')
    .description('Match resumes (PDF, DOCX, text) to a job description, offline, with an explainable gap report.')
    .version(process.env.npm_package_version ?? '0.1.0', '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .addHelpText('after', EXAMPLES);

  verbose(common(
    program
      .command('score')
      .description('score and rank resumes against a job (folders are walked recursively)')
      .argument('<job>', 'job posting (txt, md, pdf, docx) or a YAML job profile')
      .argument('<resumes...>', 'resume files or folders'),
  ))
    .addOption(new Option('-f, --format <format>', 'output format').choices(SCORE_FORMATS).default('table'))
    .option('--min-score <n>', 'exit 1 when a candidate scores below n (CI gate, decided on all candidates, verdict on stderr)', score0to100)
    .addOption(new Option('--gate <which>', 'with --min-score: every candidate, or only the best').choices(['any', 'best']).default('any'))
    .option('--top <n>', 'show only the n best candidates (the gate still counts all)', positiveInt('--top'))
    .addOption(new Option('--sort <key>', 'order in which the shown candidates are listed (ranks stay the scores\')').choices(['score', 'name', 'file']).default('score'))
    .addOption(new Option('--must-have <which>', 'knock out candidates missing any required group').choices(['all']))
    .option('--explain', 'show the arithmetic behind each score')
    .option('--details', 'with several resumes: a gap report for each after the ranking')
    .option('--shard <k/n>', 'score only the k-th of n deterministic slices of the inputs')
    .option('-j, --concurrency <n>', 'at most this many files parsed in parallel (default: available cores)', positiveInt('--concurrency'))
    .option('--cache [dir]', 'reuse each resume\'s text and analysis between runs, so another posting over the same folder only scores; keyed by file content and the settings the analysis reads; off by default because the cache holds resume text (personal data): delete the folder when done (default .jobfit-cache)')
    .addHelpText('after', EXAMPLES)
    .action(async (...args: Parameters<typeof import('./score.js').runScore>) => (await import('./score.js')).runScore(...args));

  verbose(common(
    program
      .command('match')
      .description('rank postings for one resume, each with its gaps (folders are walked recursively)')
      .argument('<resume>', 'resume file (pdf, docx, txt, md, …)')
      .argument('<postings...>', 'posting files (txt, md, pdf, docx, or YAML job profiles) or folders'),
  ))
    .addOption(new Option('-f, --format <format>', 'output format').choices(SCORE_FORMATS).default('table'))
    .option('--top <n>', 'show only the n best postings', positiveInt('--top'))
    .option('--details', 'the gaps of every posting after the ranking')
    .addHelpText('after', `
Examples:
  $ jobfit match my-cv.pdf saved-jobs/                 which openings fit best, and what each misses
  $ jobfit match my-cv.pdf jobs/ --format json > fit.json`)
    .action(async (...args: Parameters<typeof import('./match.js').runMatch>) => (await import('./match.js')).runMatch(...args));

  verbose(common(program.command('job').description('show the requirements read from a posting').argument('<job>', 'job posting or YAML profile')))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'yaml']).default('table'))
    .action(async (...args: Parameters<typeof import('./job.js').runJob>) => (await import('./job.js')).runJob(...args));

  verbose(common(program.command('resume').description('show what was read from a resume').argument('<resume>', 'resume file')))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (...args: Parameters<typeof import('./resume.js').runResume>) => (await import('./resume.js')).runResume(...args));

  verbose(common(program.command('text').description('print the normalized text that analysis sees').argument('<file>', 'resume or posting')))
    .option('--show-hidden', 'also print text a reader cannot see (white, tiny, off-page)')
    .action(async (...args: Parameters<typeof import('./text.js').runText>) => (await import('./text.js')).runText(...args));

  program
    .command('merge')
    .description('merge the JSONL of shards (score --shard K/N --format jsonl) into one ranking')
    .argument('<jsonl...>', 'JSONL files written by jobfit score --format jsonl')
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .addHelpText('after', `
Example (4 machines, then one merge):
  $ jobfit score job.yaml cvs/ --shard 1/4 --format jsonl -o part1.jsonl   # … 2/4, 3/4, 4/4
  $ jobfit merge part*.jsonl > ranking.jsonl`)
    .action(async (...args: Parameters<typeof import('./merge.js').runMerge>) => (await import('./merge.js')).runMerge(...args));

  common(program.command('skills').description('list or search the skill taxonomy').argument('[query]', 'part of a skill name or alias'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (...args: Parameters<typeof import('./skills.js').runSkills>) => (await import('./skills.js')).runSkills(...args));

  return program;
}
