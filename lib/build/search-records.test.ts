import { pageRecords } from './search-records';

const page = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>T</title></head><body><header><h2 id="menu">Menu</h2></header><main>${body}</main><footer>Footer</footer></body></html>`;

const article = page(
  '<div data-pagefind-body="true"><span hidden="" data-pagefind-meta="keywords:spinal tap, LP"></span>' +
    '<h1>Lumbar puncture</h1><p data-pagefind-weight="5">A needle takes a little fluid.</p>' +
    '<details data-pagefind-ignore="true"><h2 id="contents">On this page</h2></details>' +
    '<div class="prose"><h2 id="will-it-hurt">Will it hurt?</h2><p>A little.</p>' +
    '<h2 id="common-questions">Common questions</h2><div class="faq"><h3 id="headache" data-pagefind-weight="4">Will I get a headache?</h3><p>Sometimes.</p></div></div>' +
    '</div><div class="article-end"><h2 id="sources">Sources</h2></div>',
);

describe('pageRecords', () => {
  it('splits the indexed body into its opening and one record per h2 section, in page order', () => {
    const records = pageRecords(article);
    expect(records.map((r) => [r.part, r.section])).toEqual([
      [0, undefined],
      [1, 'will-it-hurt'],
      [2, 'common-questions'],
    ]);
  });

  it('keeps each part\'s own text only, so a search finds the section that says it', () => {
    const [opening, hurt, questions] = pageRecords(article);
    expect(opening.html).toContain('A needle takes a little fluid.');
    expect(opening.html).not.toContain('A little.');
    expect(hurt.html).toContain('<h2 id="will-it-hurt">Will it hurt?</h2><p>A little.</p>');
    expect(hurt.html).not.toContain('Sometimes.');
    expect(questions.html).toContain('<h3 id="headache" data-pagefind-weight="4">Will I get a headache?</h3><p>Sometimes.</p>');
  });

  it('gives every section its page\'s title and search terms, inside the indexed body', () => {
    const hurt = pageRecords(article)[1];
    expect(hurt.html).toMatch(/^<!doctype html><html lang="en">.*<body><div data-pagefind-body="true"><h1>Lumbar puncture<\/h1><span hidden="" data-pagefind-meta="keywords:spinal tap, LP"><\/span><div class="prose"><h2 id="will-it-hurt">/);
  });

  it('keeps the elements that wrap a section, with their markers and weights', () => {
    const questions = pageRecords(article)[2];
    expect(questions.html).toContain('<div class="prose"><h2 id="common-questions">');
  });

  it('does not split at a heading the index leaves out, or at one outside the indexed body', () => {
    const all = pageRecords(article).map((r) => r.html).join('');
    expect(all).not.toContain('id="sources"');
    expect(all).not.toContain('Footer');
    expect(pageRecords(article).some((r) => r.section === 'contents')).toBe(false);
  });

  it('keeps the page\'s language, so each edition\'s records go into its own index', () => {
    const spanish = page('<div data-pagefind-body="true"><h1>Punción lumbar</h1><h2 id="duele">¿Duele?</h2><p>Un poco.</p></div>', 'es');
    for (const record of pageRecords(spanish)) expect(record.html).toContain('<html lang="es">');
  });

  it('escapes a title\'s markup characters when it is written again', () => {
    const odd = page('<div data-pagefind-body="true"><h1>X-rays &amp; &lt;dye&gt;</h1><h2 id="a">A</h2></div>');
    expect(pageRecords(odd)[1].html).toContain('<h1>X-rays &amp; &lt;dye&gt;</h1>');
  });

  it('gives a page without an h2 one record, and a page the index does not read none', () => {
    expect(pageRecords(page('<div data-pagefind-body="true"><h1>About</h1><p>Text.</p></div>'))).toHaveLength(1);
    expect(pageRecords(page('<h1>Search</h1>'))).toEqual([]);
  });
});
