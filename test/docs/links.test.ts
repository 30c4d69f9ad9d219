import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { documentationPages, headingAnchors, pathFromRoot, readPage, relativeLinks } from './markdown.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What is wrong with one relative link of `page`, or undefined when it resolves. */
function brokenLink(page: string, target: string): string | undefined {
  const [path = '', anchor] = target.split('#', 2);
  const absolute =
    path === '' ? join(root, page) : resolve(dirname(join(root, page)), decodeURIComponent(path));
  const inRepo = pathFromRoot(root, absolute);
  if (inRepo.startsWith('..')) return `${target} points outside the repository`;
  if (!existsSync(absolute)) return `${target}: ${inRepo} does not exist`;
  if (anchor === undefined || anchor === '') return undefined;
  if (!inRepo.endsWith('.md') || statSync(absolute).isDirectory()) return undefined;
  return headingAnchors(readPage(root, inRepo)).has(anchor)
    ? undefined
    : `${target}: no heading #${anchor} in ${inRepo}`;
}

describe('relative links in README.md, CONTRIBUTING.md and docs/*.md', () => {
  it('all resolve to a file of the repository, and to a heading of it when they name one', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of documentationPages(root)) {
      for (const link of relativeLinks(readPage(root, page))) {
        checked++;
        const problem = brokenLink(page, link.target);
        if (problem) problems.push(`${page}:${link.line}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(20);
  });
});

describe('the link checker', () => {
  it('gives headings the anchors GitHub gives them', () => {
    const anchors = headingAnchors(
      [
        '# CORS with `@middy/http-cors`',
        '## Apache Velocity 1.7',
        '## Options',
        '### Options',
        '```',
        '# Not a heading',
        '```',
      ].join('\n'),
    );
    expect([...anchors]).toEqual(['cors-with-middyhttp-cors', 'apache-velocity-17', 'options', 'options-1']);
  });

  it('finds relative links outside code, and reports missing files and anchors', () => {
    const text =
      '[a](docs/proxy.md#options) [b](https://x.y) `[c](nope.md)`\n[d](#missing)\n```\n[e](gone.md)\n```\n';
    expect(relativeLinks(text)).toEqual([
      { line: 1, target: 'docs/proxy.md#options' },
      { line: 2, target: '#missing' },
    ]);
    expect(brokenLink('README.md', 'docs/proxy.md#options')).toBeUndefined();
    expect(brokenLink('README.md', 'docs/nope.md')).toBe('docs/nope.md: docs/nope.md does not exist');
    expect(brokenLink('docs/proxy.md', '#no-such-heading')).toBe(
      '#no-such-heading: no heading #no-such-heading in docs/proxy.md',
    );
    expect(brokenLink('docs/proxy.md', '../CONTRIBUTING.md')).toBeUndefined();
  });
});
