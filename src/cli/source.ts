import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../convert/frontmatter.js';

/** The frontmatter fields a page uses. Anything else in the YAML is kept but not read. */
export interface PageMeta {
  title?: string;
  description?: string;
  /** `YYYY-MM-DD` */
  date?: string;
  image?: string;
  lang?: string;
  /** Isomer's `variant`: `markdown`, `tiptap`… (absent: Isomer rendered the body as Markdown when it read as Markdown). */
  variant?: string;
}

export interface Source {
  /** The frontmatter as written (kept verbatim when a `.md` file is written back). */
  frontmatter: string | null;
  meta: PageMeta;
  body: string;
  /** A frontmatter problem; the body is still converted. */
  problem?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** `YYYY-MM-DD` from a YAML date (string or timestamp), if it is a real date. */
function isoDate(value: unknown): string | undefined {
  const candidate = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value.trim() : '';
  const match = candidate.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return undefined;
  const date = new Date(`${match[0]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[0] ? undefined : match[0];
}

/** Reads an Isomer Markdown file (YAML frontmatter + HTML body) or plain HTML. Never throws. */
export function readSource(content: string): Source {
  const { frontmatter, body } = splitFrontmatter(content);
  if (frontmatter === null) return { frontmatter, meta: {}, body };
  let data: unknown;
  try {
    data = parseYaml(frontmatter);
  } catch (error) {
    return {
      frontmatter,
      meta: {},
      body,
      problem: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    };
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return { frontmatter, meta: {}, body, problem: 'frontmatter is not a YAML mapping' };
  }
  const fields = (data ?? {}) as Record<string, unknown>;
  return {
    frontmatter,
    body,
    meta: {
      title: text(fields.title),
      description: text(fields.description),
      date: isoDate(fields.date),
      image: text(fields.image),
      lang: text(fields.lang) ?? text(fields.language),
      variant: text(fields.variant),
    },
  };
}
