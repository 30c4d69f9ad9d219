// Reads the repository's Markdown the way the documentation tests need it: TypeScript snippets (with their
// hidden preambles), relative links, and the anchors GitHub gives headings.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A TypeScript code block of a Markdown page, ready to be written to a file and compiled. */
export interface Snippet {
  /** The page, relative to the repository root (`docs/proxy.md`). */
  readonly page: string;
  /** 1-based line of the page on which the snippet's first code line stands. */
  readonly firstLine: number;
  /** File name in the page's snippet directory: the fence's `file=NAME.ts`, else `snippet-L<line>.ts`. */
  readonly fileName: string;
  /** Lines of the hidden `<!-- snippet-preamble … -->` comment before the fence, compiled before the code. */
  readonly preamble: readonly string[];
  readonly code: readonly string[];
  /** The reason given by a `<!-- snippet-skip: reason -->` comment before the fence; undefined when compiled. */
  readonly skipReason: string | undefined;
}

/** README.md, CONTRIBUTING.md and every docs/*.md, as paths relative to `root`. */
export function documentationPages(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', 'CONTRIBUTING.md', ...docs];
}

export function readPage(root: string, page: string): string {
  return readFileSync(join(root, page), 'utf8');
}

const FENCE = /^( *)(`{3,}|~{3,})\s*([^\s`]*)(.*)$/;
const TS_LANGUAGES = new Set(['ts', 'typescript', 'mts', 'tsx']);

interface Fence {
  readonly indent: number;
  readonly marker: string;
  readonly language: string;
  readonly attributes: string;
  /** 0-based index of the opening fence line. */
  readonly openLine: number;
  /** 0-based index of the closing fence line (lines.length when unclosed). */
  readonly closeLine: number;
}

function fences(lines: readonly string[]): Fence[] {
  const found: Fence[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index] ?? '');
    if (!open) continue;
    const [, indent = '', marker = '', language = '', attributes = ''] = open;
    let close = index + 1;
    while (close < lines.length && !isClosingFence(lines[close] ?? '', marker)) close++;
    found.push({
      indent: indent.length,
      marker,
      language: language.toLowerCase(),
      attributes,
      openLine: index,
      closeLine: close,
    });
    index = close;
  }
  return found;
}

function isClosingFence(line: string, marker: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith(marker) && /^[`~]+$/.test(trimmed) && trimmed[0] === marker[0];
}

/** The HTML comments standing directly above line `index` (blank lines allowed between them). */
function commentsAbove(lines: readonly string[], index: number): string[] {
  const comments: string[] = [];
  let line = index - 1;
  while (line >= 0) {
    const text = (lines[line] ?? '').trim();
    if (text === '') {
      line--;
      continue;
    }
    if (!text.endsWith('-->')) break;
    let start = line;
    while (start >= 0 && !(lines[start] ?? '').trim().startsWith('<!--')) start--;
    if (start < 0) break;
    comments.unshift(lines.slice(start, line + 1).join('\n'));
    line = start - 1;
  }
  return comments;
}

function dedent(line: string, indent: number): string {
  let cut = 0;
  while (cut < indent && line[cut] === ' ') cut++;
  return line.slice(cut);
}

/** A fenced code block of any language, dedented, with the 1-based line of its first code line. */
export interface CodeBlock {
  readonly language: string;
  readonly firstLine: number;
  readonly code: string;
}

export function codeBlocks(text: string): CodeBlock[] {
  const lines = text.split('\n');
  return fences(lines).map((fence) => ({
    language: fence.language,
    firstLine: fence.openLine + 2,
    code: lines
      .slice(fence.openLine + 1, fence.closeLine)
      .map((line) => dedent(line, fence.indent))
      .join('\n'),
  }));
}

/** Every TypeScript code block of a page, in order. */
export function extractSnippets(page: string, text: string): Snippet[] {
  const lines = text.split('\n');
  return fences(lines)
    .filter((fence) => TS_LANGUAGES.has(fence.language))
    .map((fence) => {
      const comments = commentsAbove(lines, fence.openLine);
      const preamble = comments
        .map((comment) => /^\s*<!--\s*snippet-preamble\s*\n([\s\S]*?)-->\s*$/.exec(comment)?.[1])
        .filter((body) => body !== undefined)
        .flatMap((body) => body.split('\n').filter((line) => line.trim() !== ''));
      const skip = comments
        .map((comment) => /^\s*<!--\s*snippet-skip:?([\s\S]*?)-->\s*$/.exec(comment)?.[1])
        .find((reason) => reason !== undefined);
      const named = /(?:^|\s)file=([\w.-]+\.ts)(?:\s|$)/.exec(fence.attributes)?.[1];
      return {
        page,
        firstLine: fence.openLine + 2,
        fileName: named ?? `snippet-L${fence.openLine + 2}.ts`,
        preamble,
        code: lines.slice(fence.openLine + 1, fence.closeLine).map((line) => dedent(line, fence.indent)),
        skipReason: skip?.trim(),
      };
    });
}

/** The Markdown text with fenced code blocks and inline code spans blanked out (links inside them don't count). */
function prose(text: string): string[] {
  const lines = text.split('\n');
  const blanked = [...lines];
  for (const fence of fences(lines)) {
    for (let line = fence.openLine; line <= fence.closeLine && line < lines.length; line++)
      blanked[line] = '';
  }
  return blanked.map((line) => line.replace(/`+[^`]*`+/g, (span) => ' '.repeat(span.length)));
}

/** A link target that is a path in this repository (not `https:`, `mailto:` …), with the line it is on. */
export interface RelativeLink {
  readonly line: number;
  readonly target: string;
}

export function relativeLinks(text: string): RelativeLink[] {
  const links: RelativeLink[] = [];
  prose(text).forEach((line, index) => {
    const targets = [
      ...[...line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]),
      ...[...line.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)].map((match) => match[1]),
    ];
    for (const target of targets) {
      if (target === undefined || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      links.push({ line: index + 1, target });
    }
  });
  return links;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2 … */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const counts = new Map<string, number>();
  const lines = text.split('\n');
  const inFence = new Set<number>();
  for (const fence of fences(lines)) {
    for (let line = fence.openLine; line <= fence.closeLine; line++) inFence.add(line);
  }
  lines.forEach((line, index) => {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading || inFence.has(index)) return;
    const base = (heading[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const seen = counts.get(base) ?? 0;
    counts.set(base, seen + 1);
    anchors.add(seen === 0 ? base : `${base}-${seen}`);
  });
  for (const match of text.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) if (match[1]) anchors.add(match[1]);
  return anchors;
}

export function pathFromRoot(root: string, absolute: string): string {
  return relative(root, absolute).split('\\').join('/');
}
