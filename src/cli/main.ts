import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { convert, documentParts, isDocument } from '../convert/convert.js';
import { formatOfVariant } from '../convert/markdown.js';
import { countConverted } from '../convert/report.js';
import { version } from '../shared/version.js';
import { collectJobs, type Job } from './inputs.js';
import { absoluteImage, renderPage } from './page.js';
import { readSource } from './source.js';
import { MissingPeerError } from './missing.js';
import { preloadSsr, renderSsr } from './render-ssr.js';
import { progressBar, summaryTable, type FileResult } from './summary.js';

export const usage = `Usage: isomer-blocks convert <file|dir|->… [options]

Converts Isomer pages (.md with YAML frontmatter, or .html) into isomer-blocks markup: card grids,
YouTube/Vimeo and allow-listed iframes, attributed quotes, the contents list and accordions.
Nothing the author wrote is lost; markup the converter does not know passes through unchanged.

Inputs: files, directories (their .md/.html files, mirrored into --out) or - for stdin (the default).
A single input without --out is written to stdout. A .md body is Markdown when its frontmatter says
variant: markdown, or has no variant and the body reads as Markdown: it is rendered to HTML first.
An input that is a whole HTML document (doctype or <html> first) is written back as one.

Options:
  --out DIR            write converted files under DIR (.md keeps its frontmatter; --page writes .html)
  --page               write a standalone HTML page: title, description and Open Graph tags from the
                       frontmatter, an article header, the prose stylesheet and the script tag; the
                       article's headings (and the levels of cards and contents lists) shift so that
                       they start at h2, below the title's h1. A document input is not wrapped again
  --ssr                server-render the components into Declarative Shadow DOM (readable without JS)
  --report json        print the report (blocks converted, warnings, errors per file) as JSON
  --pull-quotes all    turn every blockquote into <pull-quote>, not only those with an attribution
  --safe               for content you do not trust: remove what can run script (scripts, event
                       handlers, javascript: links, plugins) and replace frames from unknown hosts
                       with links, each reported. Without it, such markup passes through as
                       written and the report counts it
  --blockquotes callout
                       turn the other blockquotes (no class, no cite) into <isomer-callout> notes
  --assets URL         where isomer-blocks.js, preflight.css and prose.css are served from, with or
                       without a trailing slash (default with --page and --out: the files are copied
                       into DIR/isomer-blocks/ and linked relatively)
  --cdn                link the assets from the package's folder on jsDelivr, with integrity hashes
  --site-url URL       the site's address, to make a relative frontmatter image an absolute og:image
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
  safe: boolean;
  blockquotes: 'keep' | 'callout';
  /** A URL folder (ends with `/`), or `local`: copied under --out and linked relatively. */
  assets: string | 'local';
  /** `integrity` by file name (CDN assets). */
  integrity: Record<string, string>;
  siteUrl?: string;
  lang: string;
}

/** The CDN files of this build (dist/cdn/), next to dist/cli/. */
const cdnFolder = fileURLToPath(new URL('../cdn/', import.meta.url));
/** The files a page links. */
const pageAssets = ['preflight.css', 'prose.css', 'isomer-blocks.js', 'isomer-blocks-ssr.js'];
/** The folder under --out that local assets are copied to. */
const localAssets = 'isomer-blocks';

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
        safe: { type: 'boolean', default: false },
        blockquotes: { type: 'string' },
        assets: { type: 'string' },
        cdn: { type: 'boolean', default: false },
        'site-url': { type: 'string' },
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
  if (values.report !== undefined && values.report !== 'json')
    return usageError(io, `--report takes "json", not "${values.report}"`);
  const pullQuotes = values['pull-quotes'] ?? 'attributed';
  if (pullQuotes !== 'attributed' && pullQuotes !== 'all')
    return usageError(io, `--pull-quotes takes "all" or "attributed", not "${pullQuotes}"`);
  const blockquotes = values.blockquotes ?? 'keep';
  if (blockquotes !== 'keep' && blockquotes !== 'callout')
    return usageError(io, `--blockquotes takes "callout" or "keep", not "${blockquotes}"`);
  const jobs = await collectJobs(inputs);
  const toStdout = values.out === undefined;
  if (toStdout && (jobs.length !== 1 || jobs[0].fromDirectory))
    return usageError(io, 'several inputs (or a directory) need --out DIR');
  if (jobs.length === 0) return usageError(io, 'no .md or .html files found');

  if (values.cdn && values.assets !== undefined)
    return usageError(io, '--cdn and --assets name two places for the same files: give one');
  const options: Options = {
    out: values.out,
    page: values.page,
    ssr: values.ssr,
    pullQuotes,
    safe: values.safe,
    blockquotes,
    assets: values.cdn
      ? `https://cdn.jsdelivr.net/npm/isomer-blocks@${version}/dist/cdn/`
      : values.assets !== undefined
        ? assetsFolder(values.assets)
        : 'local',
    integrity: values.cdn ? await integrities() : {},
    siteUrl: values['site-url'],
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
  if (options.page && options.assets === 'local' && options.out !== undefined) {
    await mkdir(join(options.out, localAssets), { recursive: true });
    for (const file of pageAssets) await copyFile(join(cdnFolder, file), join(options.out, localAssets, file));
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
    const isMarkdown = /\.md$/i.test(job.relativePath);
    // A whole document keeps its own structure: --page does not wrap it, nor shift its headings.
    const isPage = options.page && !isDocument(source.body);
    // The frontmatter's language, else a document's own <html lang>, else --lang.
    const lang = source.meta.lang ?? documentParts(source.body)?.lang ?? options.lang;
    const converted = convert(source.body, {
      pullQuotes: options.pullQuotes,
      safe: options.safe,
      blockquotes: options.blockquotes,
      // A page puts the title in an h1, so the article's own headings start at h2.
      headingBase: isPage ? 2 : undefined,
      format: isMarkdown ? formatOfVariant(source.meta.variant) : 'html',
      lang,
    });
    result.converted = countConverted(converted.report);
    result.warnings = result.warnings.concat(converted.report.warnings);
    if (converted.report.passedThrough) result.passedThrough = converted.report.passedThrough;
    let body = converted.html;
    if (options.ssr) {
      const parts = documentParts(body);
      const rendered = await renderSsr(parts ? parts.body : body, { lang });
      body = parts ? parts.before + rendered.html + parts.after : rendered.html;
      result.warnings.push(...rendered.problems.map((message) => ({ code: 'ssr', message })));
    }
    const target =
      options.out === undefined
        ? undefined
        : join(options.out, options.page ? job.relativePath.replace(/\.(md|htm)$/i, '.html') : job.relativePath);
    let assets = options.assets;
    if (assets === 'local') {
      // Linked relatively from where the page is written (or from the working folder, for stdout).
      const from =
        target === undefined || options.out === undefined ? '.' : relative(dirname(target), options.out) || '.';
      assets = `${[...from.split(sep), localAssets].filter((part) => part !== '.').join('/')}/`;
      if (isPage && target === undefined) {
        result.warnings.push({
          code: 'assets',
          message: `the page links its assets from ${assets}: copy the files of isomer-blocks/dist/cdn/ there, or pass --out, --assets or --cdn`,
        });
      }
    }
    if (isPage && source.meta.image && !absoluteImage(source.meta.image, options.siteUrl)) {
      result.warnings.push({
        code: 'og-image',
        message: `the frontmatter image ${source.meta.image} is relative and og:image needs an absolute URL: pass --site-url to make one; it was left out`,
      });
    }
    const output = isPage
      ? renderPage({
          meta: source.meta,
          body,
          fallbackTitle: job.relativePath.replace(/\.[^.]+$/, ''),
          assets,
          integrity: options.integrity,
          siteUrl: options.siteUrl,
          script: options.ssr ? 'isomer-blocks-ssr.js' : 'isomer-blocks.js',
          lang,
          serverRendered: options.ssr,
        })
      : isMarkdown && source.frontmatter !== null && !options.page
        ? `---\n${source.frontmatter}\n---\n${body}`
        : body;
    if (target === undefined) {
      io.stdout.write(output);
    } else {
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

/** `sha384-…` of each page asset of this build, for `integrity` (the CDN serves the same files for this version). */
async function integrities(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    pageAssets.map(
      async (file) =>
        [
          file,
          `sha384-${createHash('sha384')
            .update(await readFile(join(cdnFolder, file)))
            .digest('base64')}`,
        ] as const,
    ),
  );
  return Object.fromEntries(entries);
}

/** `--assets` names a folder, with or without its trailing slash: the file names are appended to it. */
export function assetsFolder(assets: string): string {
  return assets.endsWith('/') ? assets : `${assets}/`;
}
