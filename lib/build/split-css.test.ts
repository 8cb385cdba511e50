import { describe, expect, it } from 'vitest';
import { carriedBy, pruneStylesheet, readMarkup, splitStylesheets } from './split-css';

const CSS = [
  ':focus-visible{outline:3px solid}',
  'a:hover{color:red}',
  '[hidden]{display:none}',
  '.card{padding:1rem}',
  '.unused{padding:2rem}',
  '.card,.unused{margin:0}',
  '.prose :where(kbd){font-family:monospace}',
  '.prose :where(p){margin:1em 0}',
  '.prose :where(p):not(:where(.not-prose *)){color:var(--tw-prose-body)}',
  '@media (min-width:40rem){.sm\\:grid{display:grid}}',
  '@media print{.print\\:hidden{display:none}}',
  '.prose{--tw-prose-body:#111;--tw-prose-invert-body:#eee;--tw-chain:var(--tw-base)}',
  '.uses-chain{color:var(--tw-chain)}',
  ':root{--tw-base:#000}',
  '@property --tw-prose-invert-body{syntax:"*";inherits:false}',
  '@keyframes spin{from{transform:rotate(0)}to{transform:rotate(1turn)}}',
].join('\n');

const page = '<html><body><article class="prose card sm:grid"><p>Text <a href="#">link</a></p></article></body></html>';

describe('a stylesheet for one kind of page', () => {
  const pruned = pruneStylesheet(CSS, carriedBy(readMarkup(page)));

  it('keeps what the browser applies by itself: focus, hover and the hidden attribute', () => {
    expect(pruned).toContain(':focus-visible{outline:3px solid}');
    expect(pruned).toContain('a:hover{color:red}');
    expect(pruned).toContain('[hidden]{display:none}');
  });

  it('keeps rules for the classes and elements on the page, and drops the rest', () => {
    expect(pruned).toContain('.card{padding:1rem}');
    expect(pruned).toContain('.sm\\:grid{display:grid}');
    expect(pruned).toContain('.prose :where(p){margin:1em 0}');
    expect(pruned).not.toContain('.unused');
    expect(pruned).not.toContain('kbd');
    // A class the page lacks inside :not() does not stop the rule from applying.
    expect(pruned).toContain('.prose :where(p):not(:where(.not-prose *))');
  });

  it('drops only the part of a selector list the page cannot match', () => {
    expect(pruned).toContain('.card{margin:0}');
  });

  it('drops an @media block left empty', () => {
    expect(pruned).not.toContain('@media print');
    expect(pruned).toContain('@media (min-width:40rem)');
  });

  it('drops custom properties nothing reads, with their @property rules, and keeps those read', () => {
    expect(pruned).toContain('--tw-prose-body:#111');
    expect(pruned).not.toContain('--tw-prose-invert-body');
    // .uses-chain is not on the page, so --tw-chain, and then --tw-base, have no reader.
    expect(pruned).not.toContain('--tw-chain');
    expect(pruned).not.toContain('--tw-base');
  });

  it('keeps keyframes whole', () => {
    expect(pruned).toContain('from{transform:rotate(0)}');
  });

  it('keeps a class or element an island can add, found in its source', () => {
    const withIsland = pruneStylesheet(CSS, carriedBy(readMarkup(page), ["box.className = 'unused print:hidden';"]));
    expect(withIsland).toContain('.unused{padding:2rem}');
    expect(withIsland).toContain('.print\\:hidden{display:none}');
  });

  it('reads classes inside a <template> too', () => {
    const markup = readMarkup('<template><div class="unused"></div></template>');
    expect(markup.classes.has('unused')).toBe(true);
  });
});

describe('one stylesheet per kind of page', () => {
  it('gives every page without an island the same sheet, and a page with an island its own', () => {
    const pages = [
      { route: '/a/', html: '<p class="card">A</p>', islands: [] },
      { route: '/b/', html: '<p class="sm:grid">B</p>', islands: [] },
      { route: '/search/', html: '<div data-island-root="search"></div>', islands: ['search'] },
    ];
    const { stylesheets, nameOf } = splitStylesheets(pages, CSS, () => ["className: 'unused'"]);
    expect(nameOf('/a/')).toBe(nameOf('/b/'));
    expect(nameOf('/a/')).toMatch(/^pages-[0-9a-f]{12}\.css$/);
    expect(nameOf('/search/')).toMatch(/^search-[0-9a-f]{12}\.css$/);
    const shared = stylesheets.find((s) => s.name === nameOf('/a/'))!.css;
    expect(shared).toContain('.card{padding:1rem}');
    expect(shared).toContain('.sm\\:grid');
    expect(shared).not.toContain('.unused');
    expect(stylesheets.find((s) => s.name === nameOf('/search/'))!.css).toContain('.unused{padding:2rem}');
    expect(() => nameOf('/missing/')).toThrow('/missing/ has no stylesheet');
  });
});
