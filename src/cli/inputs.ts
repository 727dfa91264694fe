import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';

/** One file to convert: where it is read from and its path relative to the output directory. */
export interface Job {
  /** A file path, or `-` for stdin. */
  path: string;
  /** Path under `--out` (a directory's files keep their place below it). */
  relativePath: string;
  /** True when it was found inside a directory argument. */
  fromDirectory: boolean;
  /** Set when the argument cannot be read at all. */
  error?: string;
}

const convertible = /\.(md|html?)$/i;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && convertible.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Expands the command-line inputs: files as they are, directories into their .md/.html files. */
export async function collectJobs(inputs: string[]): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const input of inputs.length ? inputs : ['-']) {
    if (input === '-') {
      jobs.push({ path: '-', relativePath: 'stdin.html', fromDirectory: false });
      continue;
    }
    try {
      if ((await stat(input)).isDirectory()) {
        for (const file of await filesUnder(input))
          jobs.push({ path: file, relativePath: relative(input, file), fromDirectory: true });
      } else {
        jobs.push({ path: input, relativePath: basename(input), fromDirectory: false });
      }
    } catch (error) {
      jobs.push({
        path: input,
        relativePath: basename(input),
        fromDirectory: false,
        error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      });
    }
  }
  return jobs;
}
