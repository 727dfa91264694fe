import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { convert } from '../convert/convert.js';
import { countConverted } from '../convert/report.js';
import { version } from '../shared/version.js';
import { collectJobs, type Job } from './inputs.js';
import { renderPage } from './page.js';
import { readSource } from './source.js';
import { MissingPeerError } from './missing.js';
import { preloadSsr, renderSsr } from './ssr.js';
import { progressBar, summaryTable, type FileResult } from './summary.js';

export const usage = `Usage: isomer-blocks convert <file|dir|->… [options]

Converts Isomer pages (.md with YAML frontmatter, or .html) into isomer-blocks markup: card grids,
YouTube/Vimeo and allow-listed iframes, attributed quotes, the contents list and accordions.
Nothing the author wrote is lost; markup the converter does not know passes through unchanged.

Inputs: files, directories (their .md/.html files, mirrored into --out) or - for stdin (the default).
A single input without --out is written to stdout.

Options:
  --out DIR            write converted files under DIR (.md keeps its frontmatter; --page writes .html)
  --page               write a standalone HTML page: title, description and Open Graph tags from the
                       frontmatter, an article header, the prose stylesheet and the script tag; the
                       article's headings shift so that they start at h2, below the title's h1
  --ssr                server-render the components into Declarative Shadow DOM (readable without JS)
  --report json        print the report (blocks converted, warnings, errors per file) as JSON
  --pull-quotes all    turn every blockquote into <pull-quote>, not only those with an attribution
  --assets URL         where isomer-blocks.js, preflight.css and prose.css are served from
                       (default: the package's CDN folder on jsDelivr)
  --lang CODE          page language when the frontmatter has none (default: en)
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 when every file converted, 1 when any file failed, 2 for a usage error.`;

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  readStdin(): Promise<string>;
}

const processIo: Io = {
  stdout: process.stdout,
  stderr: process.stderr,
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

interface Options {
  out?: string;
  page: boolean;
  ssr: boolean;
  pullQuotes: 'attributed' | 'all';
  assets: string;
  lang: string;
}

/** Runs the command line; resolves to the exit status. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        page: { type: 'boolean', default: false },
        ssr: { type: 'boolean', default: false },
        report: { type: 'string' },
        'pull-quotes': { type: 'string' },
        assets: { type: 'string' },
        lang: { type: 'string', default: 'en' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${usage}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  const [command, ...inputs] = positionals;
  if (command !== 'convert') return usageError(io, command ? `unknown command "${command}"` : 'no command given');
  if (values.report !== undefined && values.report !== 'json') return usageError(io, `--report takes "json", not "${values.report}"`);
  const pullQuotes = values['pull-quotes'] ?? 'attributed';
  if (pullQuotes !== 'attributed' && pullQuotes !== 'all') return usageError(io, `--pull-quotes takes "all" or "attributed", not "${pullQuotes}"`);
  const jobs = await collectJobs(inputs);
  const toStdout = values.out === undefined;
  if (toStdout && (jobs.length !== 1 || jobs[0].fromDirectory)) return usageError(io, 'several inputs (or a directory) need --out DIR');
  if (jobs.length === 0) return usageError(io, 'no .md or .html files found');

  const options: Options = {
    out: values.out,
    page: values.page,
    ssr: values.ssr,
    pullQuotes,
    assets: assetsFolder(values.assets ?? `https://cdn.jsdelivr.net/npm/isomer-blocks@${version}/dist/cdn/`),
    lang: values.lang,
  };
  if (options.ssr) {
    try {
      await preloadSsr();
    } catch (error) {
      if (!(error instanceof MissingPeerError)) throw error;
      io.stderr.write(`isomer-blocks: ${error.message}\n`);
      return 2;
    }
  }
  const results: FileResult[] = [];
  const showProgress = Boolean(io.stderr.isTTY) && jobs.length > 1;
  for (const [index, job] of jobs.entries()) {
    if (showProgress) io.stderr.write(`\r${progressBar(index, jobs.length, job.relativePath)}\x1b[K`);
    results.push(await convertJob(job, options, io));
  }
  if (showProgress) io.stderr.write(`\r${progressBar(jobs.length, jobs.length, 'done')}\x1b[K\n`);

  if (values.report === 'json') {
    (toStdout ? io.stderr : io.stdout).write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    io.stderr.write(`${summaryTable(results)}\n`);
    for (const result of results) if (result.error) io.stderr.write(`isomer-blocks: ${result.file}: ${result.error}\n`);
  }
  return results.every((result) => result.ok) ? 0 : 1;
}

function usageError(io: Io, message: string): number {
  io.stderr.write(`isomer-blocks: ${message}\n\n${usage}\n`);
  return 2;
}

/** Converts one file and writes it; a failure is recorded, never thrown. */
async function convertJob(job: Job, options: Options, io: Io): Promise<FileResult> {
  const file = job.path === '-' ? '(stdin)' : job.path;
  const result: FileResult = { file, ok: false, converted: {}, warnings: [] };
  try {
    if (job.error) throw new Error(job.error);
    const source = readSource(job.path === '-' ? await io.readStdin() : await readFile(job.path, 'utf8'));
    if (source.problem) result.warnings.push({ code: 'frontmatter', message: source.problem });
    // A page puts the title in an h1, so the article's own headings start at h2.
    const converted = convert(source.body, { pullQuotes: options.pullQuotes, headingBase: options.page ? 2 : undefined });
    result.converted = countConverted(converted.report);
    result.warnings.push(...converted.report.warnings);
    let body = converted.html;
    if (options.ssr) {
      const rendered = await renderSsr(body);
      body = rendered.html;
      result.warnings.push(...rendered.problems.map((message) => ({ code: 'ssr', message })));
    }
    const isMarkdown = /\.md$/i.test(job.relativePath);
    const output = options.page
      ? renderPage({
          meta: source.meta,
          body,
          fallbackTitle: job.relativePath.replace(/\.[^.]+$/, ''),
          assets: options.assets,
          script: options.ssr ? 'isomer-blocks-ssr.js' : 'isomer-blocks.js',
          lang: options.lang,
          serverRendered: options.ssr,
        })
      : isMarkdown && source.frontmatter !== null
        ? `---\n${source.frontmatter}\n---\n${body}`
        : body;
    if (options.out === undefined) {
      io.stdout.write(output);
    } else {
      const target = join(options.out, options.page ? job.relativePath.replace(/\.(md|htm)$/i, '.html') : job.relativePath);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, output);
      result.output = target;
    }
    result.ok = true;
  } catch (error) {
    result.error = (error as Error).message;
  }
  return result;
}

/** `--assets` names a folder, with or without its trailing slash: the file names are appended to it. */
export function assetsFolder(assets: string): string {
  return assets.endsWith('/') ? assets : `${assets}/`;
}
